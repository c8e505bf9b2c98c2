// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/LinkCheck.h"

#include "core/common/PublicSuffix.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace postbag::ui {

namespace {

QString aceHost(const QString& host)
{
    QString h = QString::fromLatin1(QUrl::toAce(host.trimmed())).toLower();
    while (h.endsWith(u'.'))
        h.chop(1);
    return h.startsWith(u"www.") ? h.mid(4) : h;
}

bool isBidiControl(char32_t c)
{
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

// Characters that show nothing (Unicode's default-ignorable code points, the Hangul fillers and
// the blank Braille pattern that render as empty space) or only steer the layout.
bool isInvisible(char32_t c)
{
    return c == 0x00ad || c == 0x034f || c == 0x061c || c == 0x115f || c == 0x1160 || c == 0x17b4 ||
           c == 0x17b5 || (c >= 0x180b && c <= 0x180f) || (c >= 0x200b && c <= 0x200f) ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || c == 0x2800 ||
           c == 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) || c == 0xfeff || c == 0xffa0 ||
           (c >= 0xfff0 && c <= 0xfff8) || (c >= 0x1bca0 && c <= 0x1bca3) ||
           (c >= 0x1d173 && c <= 0x1d17a) || (c >= 0xe0000 && c <= 0xe0fff) ||
           QChar::category(c) == QChar::Other_Format;
}

// The text in the order it is shown, as far as overrides decide it: what a right-to-left
// override (or embedding) holds is shown reversed, so "\u202Emoc.lapyap" shows "paypal.com".
QList<char32_t> shownOrder(const QString& text)
{
    QList<char32_t> out;
    out.reserve(text.size());
    qsizetype reversedFrom = -1;
    for (const char32_t c : text.toUcs4()) {
        if (c == 0x202e || c == 0x202b) {
            reversedFrom = reversedFrom < 0 ? out.size() : reversedFrom;
        } else if (c == 0x202c || c == 0x2029 || c == u'\n') {
            if (reversedFrom >= 0)
                std::reverse(out.begin() + reversedFrom, out.end());
            reversedFrom = -1;
        }
        out.append(c);
    }
    if (reversedFrom >= 0)
        std::reverse(out.begin() + reversedFrom, out.end());
    return out;
}

// What a reader sees: shown order, compatibility forms folded (NFKC: the one-dot leader and
// the full-width stop become plain dots), invisible characters gone, ideographic stops as dots.
QString visibleText(const QString& text)
{
    const QList<char32_t> order = shownOrder(text);
    const QString ordered = QString::fromUcs4(order.constData(), order.size());
    QString out;
    for (const char32_t c : ordered.normalized(QString::NormalizationForm_KC).toUcs4()) {
        if (c == 0x3002 || c == 0xff61)
            out += u'.';
        else if (!isInvisible(c))
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

// Whether a schemeless "name.tld" reads as a web address rather than a file or a product name
// ("invoice.pdf", "README.md", "Node.js"): "www." in front, or a top-level domain the Public
// Suffix List names that is not also a common file extension.
bool looksLikeWebHost(const QString& host)
{
    static const QSet<QString> fileExtensions = {u"md"_s, u"js"_s, u"ts"_s, u"py"_s,
                                                 u"sh"_s, u"rs"_s, u"cs"_s, u"db"_s,
                                                 u"gz"_s, u"xz"_s, u"rb"_s, u"hs"_s};
    const QString lower = host.toLower();
    if (lower.startsWith(u"www."))
        return true;
    return !fileExtensions.contains(lower.section(u'.', -1)) && PublicSuffix::hasListedSuffix(host);
}

bool isOpening(QChar c)
{
    return QStringView(u"([<\"'«“").contains(c);
}

bool isClosing(QChar c)
{
    return QStringView(u")]>\"'»”,;:!?").contains(c);
}

// "bank.com", "www.bank.example": labels of letters, digits and hyphens (any script), neither
// starting nor ending with a hyphen, and a last label of two or more letters; a final dot is
// allowed. "v1.2" or "e.g." are not hosts.
bool isHostName(QStringView host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    const QList<QStringView> labels = host.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.front() == u'-' || label.back() == u'-')
            return false;
        for (const QChar c : label) {
            if (!(c.isLetterOrNumber() || c == u'-'))
                return false;
        }
    }
    const QStringView top = labels.last();
    return top.size() >= 2 &&
           std::all_of(top.begin(), top.end(), [](QChar c) { return c.isLetter(); });
}

// The host one word of a link's text shows, or empty.
QString hostOfWord(QStringView word)
{
    while (!word.isEmpty() && isOpening(word.front()))
        word = word.mid(1);
    while (!word.isEmpty() && isClosing(word.back()))
        word.chop(1);
    if (word.startsWith(u"http://", Qt::CaseInsensitive) ||
        word.startsWith(u"https://", Qt::CaseInsensitive)) {
        return aceHost(QUrl(word.toString()).host());
    }
    qsizetype end = 0;
    while (end < word.size() && !QStringView(u":/?#").contains(word.at(end)))
        ++end;
    const QStringView host = word.left(end);
    QStringView rest = word.mid(end);
    if (rest.startsWith(u':')) { // a port, then nothing or a path, query or fragment
        qsizetype digits = 1;
        while (digits < rest.size() && rest.at(digits).isDigit())
            ++digits;
        if (digits == 1 || (digits < rest.size() && !QStringView(u"/?#").contains(rest.at(digits))))
            return {};
    }
    if (!isHostName(host))
        return {};
    QString name = host.toString();
    while (name.endsWith(u'.'))
        name.chop(1);
    return looksLikeWebHost(name) ? aceHost(name) : QString();
}

QStringList hostsIn(const QString& text)
{
    const QString visible = visibleText(text);
    QStringList hosts;
    qsizetype pos = 0;
    while (pos < visible.size()) {
        while (pos < visible.size() && visible.at(pos).isSpace())
            ++pos;
        qsizetype end = pos;
        while (end < visible.size() && !visible.at(end).isSpace())
            ++end;
        if (end > pos) {
            if (const QString host = hostOfWord(QStringView(visible).mid(pos, end - pos));
                !host.isEmpty())
                hosts.append(host);
        }
        pos = end;
    }
    return hosts;
}

bool hasBidiControl(const QString& text)
{
    const QList<uint> codes = text.toUcs4();
    return std::any_of(codes.begin(), codes.end(), [](uint c) { return isBidiControl(c); });
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
    const QStringList claimed = hostsIn(text);
    for (const QString& host : claimed) {
        if (!(real == host || PublicSuffix::isInsideDomain(real, host)))
            return host;
    }
    if (hasBidiControl(text)) {
        // Text that reorders itself hides what it says: always worth a warning.
        if (!claimed.isEmpty())
            return claimed.first();
        const QString shown = visibleText(text).simplified();
        return shown.isEmpty() ? QStringLiteral("\u2026") : shown.left(80);
    }
    return {};
}

bool LinkCheck::misleads(const QString& text, const QUrl& target)
{
    return !misleadingHost(text, target).isEmpty();
}

} // namespace postbag::ui
