// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/Envelope.h"

#include "core/transport/CommandArgument.h"

#include <QUrl>

namespace postbag::smtp {

namespace {

bool isAscii(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

Result<WireAddress> wireAddress(const QString& address, QByteArrayView what, bool emptyAllowed)
{
    const auto unsafe = [&] {
        return Error::make(ErrorCode::UnsafeArgument, QString::fromLatin1(what));
    };
    if (Status s = transport::checkArgument(address, what, " <>\t"); !s.ok())
        return s.error();
    if (address.isEmpty()) {
        if (emptyAllowed)
            return WireAddress{};
        return unsafe();
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1)
        return unsafe();
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    WireAddress w;
    w.needsSmtpUtf8 = !isAscii(local);
    QByteArray domainBytes = domain.toLatin1();
    if (!isAscii(domain)) {
        domainBytes = QUrl::toAce(domain, QUrl::AceProcessingOption::IgnoreIDNWhitelist);
        if (domainBytes.isEmpty())
            return unsafe();
    }
    w.bytes = local.toUtf8() + '@' + domainBytes;
    return w;
}

} // namespace postbag::smtp
