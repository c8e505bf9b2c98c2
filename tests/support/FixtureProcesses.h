// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace postbag::testing {

// Finds and ends the processes a server fixture (Dovecot, Postfix) left running, by where they
// live rather than by name, so only this instance's processes are touched and never the system's
// or another test's. Why: a server's master does not always take all of its children with it.
class FixtureProcesses
{
public:
    // PIDs of live processes whose working directory is `directory` or inside it, or whose
    // command line contains `commandLineMarker` (when not empty); never this process.
    [[nodiscard]] static QList<qint64> under(const QString& directory,
                                             const QByteArray& commandLineMarker = {});
    // SIGTERM, then SIGKILL, to what under() finds, waiting up to 3 s after each for them to be
    // gone. Warns (naming `server`) about any that survive.
    static void end(const QString& directory, const QByteArray& commandLineMarker,
                    const char* server);
};

} // namespace postbag::testing
