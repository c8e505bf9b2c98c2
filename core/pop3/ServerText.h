// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArrayView>
#include <QString>

namespace postbag::pop3 {

// Server text is usually ASCII, sometimes UTF-8 (RFC 6856), and sometimes 8-bit garbage: decode
// UTF-8 when it is valid, Latin-1 otherwise, so no byte is ever lost or turned into an exception.
[[nodiscard]] QString decodeServerText(QByteArrayView text);

// Turns the text of a -ERR reply into a typed error: "[IN-USE] ..." → MailboxInUse and so on
// (RFC 2449 section 8, RFC 3206). `fallback` is the code for a -ERR with no known response code.
[[nodiscard]] Error commandError(QByteArrayView text, ErrorCode fallback = ErrorCode::ServerRejected);

} // namespace postbag::pop3
