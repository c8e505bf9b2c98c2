// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace postbag::smtp {

// Who a message is from and to, as SMTP's MAIL and RCPT carry them (not the headers: Bcc
// recipients are here and nowhere in the bytes).
struct Envelope
{
    QString from;
    QStringList recipients;
};

// An address ready for MAIL FROM:<…> or RCPT TO:<…>.
struct WireAddress
{
    QByteArray bytes;
    bool needsSmtpUtf8 = false; // its local part is not ASCII
};

// Turns an address into its wire form (RFC 5321, RFC 6531). Why here: the decision between
// SMTPUTF8 and punycode is made once for every address of a transaction.
// Guarantees: a non-ASCII domain is always sent as its A-label (QUrl::toAce), so SMTPUTF8 is
// needed only for a non-ASCII local part; an address with CR, LF, NUL, a space, "<" or ">", or
// without "@" (except the empty reverse path, allowed when `emptyAllowed`), or whose domain has
// no valid A-label, fails with UnsafeArgument naming `what` ("MAIL" or "RCPT").
[[nodiscard]] Result<WireAddress> wireAddress(const QString& address, QByteArrayView what,
                                              bool emptyAllowed = false);

} // namespace postbag::smtp
