// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/AddressSyntax.h"

#include "core/common/PublicSuffix.h"

namespace postbag::mime {

namespace {

bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isDotAtom(QStringView s)
{
    if (s.isEmpty() || s.startsWith(u'.') || s.endsWith(u'.') || s.contains(u".."))
        return false;
    for (QChar c : s) {
        if (c != u'.' && !isAtext(c))
            return false;
    }
    return true;
}

// "..." with printable ASCII inside, '"' and '\' only escaped.
bool isQuotedString(QStringView s)
{
    if (s.size() < 2 || !s.startsWith(u'"') || !s.endsWith(u'"'))
        return false;
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        if (u < 0x20 || u > 0x7e)
            return false;
        if (u == u'\\') {
            ++i;
            if (i + 1 >= s.size())
                return false; // the escape would take the closing quote
        } else if (u == u'"') {
            return false;
        }
    }
    return true;
}

// "[192.0.2.1]" or "[IPv6:...]": printable ASCII inside, no brackets or backslash.
bool isAddressLiteral(QStringView s)
{
    if (s.size() < 3 || !s.startsWith(u'[') || !s.endsWith(u']'))
        return false;
    for (QChar c : s.mid(1, s.size() - 2)) {
        if (c.unicode() <= 0x20 || c.unicode() > 0x7e || QStringView(u"[]\\").contains(c))
            return false;
    }
    return true;
}

// The domain as lower-case ACE, empty when it is not a host name.
QString aceDomain(const QString& domain)
{
    const QString ace = PublicSuffix::normalized(domain);
    if (ace.isEmpty() || ace.size() > AddressSyntax::MaxDomain)
        return {};
    for (QStringView label : QStringView(ace).split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return {};
        for (QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
                return {};
        }
    }
    return ace;
}

} // namespace

Result<QString> AddressSyntax::asciiForm(const QString& address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at > 0 && at < trimmed.size() - 1) {
        const QStringView local = QStringView(trimmed).first(at);
        const QString domain = trimmed.mid(at + 1);
        if (local.size() <= MaxLocalPart && (isDotAtom(local) || isQuotedString(local))) {
            if (isAddressLiteral(domain))
                return trimmed;
            if (const QString ace = aceDomain(domain); !ace.isEmpty())
                return QString(local.toString() + u'@' + ace);
        }
    }
    return Error::make(ErrorCode::InvalidAddress, address);
}

} // namespace postbag::mime
