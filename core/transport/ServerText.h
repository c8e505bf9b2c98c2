// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace postbag::transport {

// Server text is usually ASCII, sometimes UTF-8 (RFC 6856, RFC 6531), and sometimes 8-bit garbage:
// decode UTF-8 when it is valid, Latin-1 otherwise, so no byte is ever lost or turned into an
// exception.
[[nodiscard]] QString decodeServerText(QByteArrayView text);

} // namespace postbag::transport
