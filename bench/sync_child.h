// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace postbag::bench {

// What one run of a contender cost, measured from outside the process.
struct ChildRun
{
    bool started = false;
    bool timedOut = false; // killed at the time limit
    int exitCode = -1;     // minus the signal number when killed by a signal
    double seconds = 0;    // wall time from fork to reaped, process start included
    long peakRssKb = 0;    // ru_maxrss of the child and its reaped descendants (wait4)
};

// Runs `argv` through bench_sync_launch (see sync_launch.cpp) in a process group of its own with
// stdin from /dev/null, stdout and stderr into files, and `home` as HOME (peers read ~/.fetchmailrc
// and friends: they must not see the user's). Blocks without polling (pidfd) until it exits or
// `timeoutSeconds` pass, then stops the group (SIGTERM, SIGKILL 5 s later); the figures of a
// stopped run are those of what it did until then. Why not QProcess: it reaps the child itself, so
// the child's rusage (peak RSS) would be lost.
[[nodiscard]] ChildRun runChild(const QStringList& argv, const QString& home,
                                const QString& stdoutPath, const QString& stderrPath,
                                double timeoutSeconds);

// The last `maxBytes` of a file, for error messages.
[[nodiscard]] QByteArray fileTail(const QString& path, int maxBytes = 600);

} // namespace postbag::bench
