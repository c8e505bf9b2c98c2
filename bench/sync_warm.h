// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postbag::bench {

// Reads every file under `dir` (the server's mail and indexes), so that the next timed run finds
// them in the page cache; returns the bytes read. Why: this machine pages out memory that was not
// touched for a few seconds (a DAMON "pageout" scheme), and a peer that ran for 30-45 s left the
// rest of the mailbox on disk: the next run, often the protocol floor's, then measured the disk,
// up to twice as slow. Every contender now starts from the same warm server.
qint64 warmFiles(const QString& dir);

} // namespace postbag::bench
