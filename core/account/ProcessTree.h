// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace postbag::account {

// Kills a process together with everything it started that is still below it. Why: a password
// command runs through /bin/sh, and killing the shell at the time limit leaves the rest of a
// pipeline, or a helper it started, running on without a parent. Guarantees (Linux): each process
// is stopped before its children are read, so none starts another unseen; a child that
// detached itself (a daemon such as gpg-agent) is not below the command and is left alone. Where
// /proc lists no children, only the process itself is killed.
class ProcessTree
{
public:
    // The process and its descendants, top first, each sent SIGSTOP then SIGKILL; returns how
    // many were killed (0: `pid` was already gone, or is not a process id above 0).
    static int kill(qint64 pid);

    // The direct children of a process, from /proc (empty elsewhere or when it is gone).
    [[nodiscard]] static QList<qint64> children(qint64 pid);
};

} // namespace postbag::account
