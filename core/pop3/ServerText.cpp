// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/ServerText.h"

namespace postbag::pop3 {

Error commandError(QByteArrayView text, ErrorCode fallback)
{
    QByteArray code;
    QByteArrayView rest = text;
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close > 1) {
            code = text.sliced(1, close - 1).toByteArray().toUpper();
            rest = text.sliced(close + 1).trimmed();
        }
    }
    ErrorCode ec = fallback;
    // Hierarchical codes: "SYS/TEMP/DISK" is a SYS/TEMP.
    if (code == "IN-USE")
        ec = ErrorCode::MailboxInUse;
    else if (code == "LOGIN-DELAY")
        ec = ErrorCode::LoginDelay;
    else if (code == "SYS/TEMP" || code.startsWith("SYS/TEMP/"))
        ec = ErrorCode::ServerTemporary;
    else if (code == "SYS/PERM" || code.startsWith("SYS/PERM/"))
        ec = ErrorCode::ServerPermanent;
    else if (code == "AUTH" || code.startsWith("AUTH/"))
        ec = ErrorCode::WrongCredentials;
    Error e = Error::make(ec, decodeServerText(rest.isEmpty() ? text : rest));
    e.responseCode = code;
    return e;
}

} // namespace postbag::pop3
