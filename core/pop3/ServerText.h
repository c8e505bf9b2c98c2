// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/transport/ServerText.h"

#include <QByteArrayView>
#include <QString>

namespace postbag::pop3 {

using transport::decodeServerText;

// Turns the text of a -ERR reply into a typed error: "[IN-USE] ..." → MailboxInUse and so on
// (RFC 2449 section 8, RFC 3206). `fallback` is the code for a -ERR with no known response code.
[[nodiscard]] Error commandError(QByteArrayView text, ErrorCode fallback = ErrorCode::ServerRejected);

} // namespace postbag::pop3
