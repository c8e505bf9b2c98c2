// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace postbag::bench {

// The protocol floor: what downloading a mailbox costs when nothing is done with the bytes.
// Postbag's own POP3 client logs in (same security and authentication rules as a sync), sends
// STAT and then every RETR at once (no window: the server and TCP are the only limits), discards
// the bodies, and QUITs. Runs as a child process of bench_sync so that it is measured exactly like
// the contenders, process start included.
//   bench_sync --floor-client HOST PORT none|tls PIN_SHA256_HEX USER PASSWORD
// Prints "messages bytes" on stdout; exit 0 on success, 1 on any failure (reason on stderr).
[[nodiscard]] int runFloorClient(const QStringList& args);

} // namespace postbag::bench
