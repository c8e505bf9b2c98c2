// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/LinkCheck.h"

#include <QRegularExpression>
#include <QSet>

namespace postbag::ui {

namespace {

QString aceHost(const QString& host)
{
    QString h = QString::fromLatin1(QUrl::toAce(host.trimmed())).toLower();
    while (h.endsWith(u'.'))
        h.chop(1);
    return h.startsWith(u"www.") ? h.mid(4) : h;
}

// Whether a schemeless "name.tld" reads as a web address rather than a file or a product name
// ("invoice.pdf", "README.md", "Node.js"): "www." in front, a common generic top-level domain,
// or a two-letter country domain that is not also a common file extension.
bool looksLikeWebHost(const QString& host)
{
    static const QSet<QString> generic = {
        QStringLiteral("com"),    QStringLiteral("net"),   QStringLiteral("org"),
        QStringLiteral("info"),   QStringLiteral("biz"),   QStringLiteral("edu"),
        QStringLiteral("gov"),    QStringLiteral("mil"),   QStringLiteral("int"),
        QStringLiteral("app"),    QStringLiteral("dev"),   QStringLiteral("shop"),
        QStringLiteral("online"), QStringLiteral("site"),  QStringLiteral("xyz"),
        QStringLiteral("club"),   QStringLiteral("store"), QStringLiteral("bank"),
        QStringLiteral("email"),  QStringLiteral("link"),  QStringLiteral("live"),
        QStringLiteral("cloud"),  QStringLiteral("top"),   QStringLiteral("pro")};
    static const QSet<QString> fileExtensions = {
        QStringLiteral("md"), QStringLiteral("js"), QStringLiteral("ts"), QStringLiteral("py"),
        QStringLiteral("sh"), QStringLiteral("rs"), QStringLiteral("cs"), QStringLiteral("db"),
        QStringLiteral("gz"), QStringLiteral("xz"), QStringLiteral("rb"), QStringLiteral("hs")};
    const QString lower = host.toLower();
    if (lower.startsWith(u"www."))
        return true;
    const QString tld = lower.section(u'.', -1);
    return generic.contains(tld) ||
           (tld.size() == 2 && tld.at(0).isLetter() && !fileExtensions.contains(tld));
}

// The host one word of a link's text shows, or empty.
QString hostOfWord(QString word)
{
    static const QRegularExpression edges(QStringLiteral("^[\\(\\[<\"'«“]+|[\\)\\]>\"'»”,;:!?]+$"));
    word.remove(edges);
    if (word.isEmpty())
        return {};
    static const QRegularExpression withScheme(QStringLiteral("^https?://"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (withScheme.match(word).hasMatch())
        return aceHost(QUrl(word).host());
    // "bank.com", "www.bank.example/login": labels of letters, digits and hyphens (any script)
    // and a last label of two or more letters; "v1.2" or "e.g." are not hosts.
    static const QRegularExpression bare(
        QStringLiteral("^((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}\\.?)"
                       "(?::\\d+)?(?:[/?#].*)?$"));
    const QRegularExpressionMatch m = bare.match(word);
    if (!m.hasMatch())
        return {};
    QString host = m.captured(1);
    while (host.endsWith(u'.'))
        host.chop(1);
    return looksLikeWebHost(host) ? aceHost(host) : QString();
}

QStringList hostsIn(const QString& text)
{
    // Invisible format characters (soft hyphens, zero-width joiners) would hide a host, and dots
    // that only look like one ("․" one-dot leader, "．" full-width) would disguise it: NFKC
    // makes those plain dots, and the ideographic full stops are dots in host names (IDNA).
    QString visible = text.normalized(QString::NormalizationForm_KC);
    visible.remove(QRegularExpression(QStringLiteral("\\p{Cf}")));
    visible.replace(QChar(0x3002), u'.').replace(QChar(0xFF61), u'.');
    QStringList hosts;
    for (const QString& word :
         visible.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QString host = hostOfWord(word);
        if (!host.isEmpty())
            hosts.append(host);
    }
    return hosts;
}

} // namespace

QString LinkCheck::claimedHost(const QString& text)
{
    const QStringList hosts = hostsIn(text);
    return hosts.isEmpty() ? QString() : hosts.first();
}

QString LinkCheck::misleadingHost(const QString& text, const QUrl& target)
{
    const QString real = aceHost(target.host());
    for (const QString& claimed : hostsIn(text)) {
        if (!(real == claimed || real.endsWith(u'.' + claimed)))
            return claimed;
    }
    return {};
}

bool LinkCheck::misleads(const QString& text, const QUrl& target)
{
    return !misleadingHost(text, target).isEmpty();
}

} // namespace postbag::ui
