// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/LinkCheck.h"

#include <QRegularExpression>

namespace postbag::ui {

namespace {

QString aceHost(const QString& host)
{
    QString h = QString::fromLatin1(QUrl::toAce(host.trimmed())).toLower();
    while (h.endsWith(u'.'))
        h.chop(1);
    return h.startsWith(u"www.") ? h.mid(4) : h;
}

} // namespace

QString LinkCheck::claimedHost(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QRegularExpression(QStringLiteral("\\s"))))
        return {};
    static const QRegularExpression withScheme(QStringLiteral("^https?://"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (withScheme.match(t).hasMatch())
        return aceHost(QUrl(t).host());
    // "bank.example", "www.bank.example/login": labels of letters, digits and hyphens (any
    // script) and a last label of two or more letters; "v1.2" or "e.g." are not hosts.
    static const QRegularExpression bare(
        QStringLiteral("^((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}\\.?)"
                       "(?::\\d+)?(?:[/?#].*)?$"));
    const QRegularExpressionMatch m = bare.match(t);
    return m.hasMatch() ? aceHost(m.captured(1)) : QString();
}

bool LinkCheck::misleads(const QString& text, const QUrl& target)
{
    const QString claimed = claimedHost(text);
    if (claimed.isEmpty())
        return false;
    const QString real = aceHost(target.host());
    return !(real == claimed || real.endsWith(u'.' + claimed));
}

} // namespace postbag::ui
