// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

namespace postbag::testing {

// Runs the real `postbag` executable with a private profile, as a script or a user would.
struct PostbagRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline PostbagRun runPostbag(const QString& profile, const QStringList& args, const QByteArray& stdinData = {},
                             int timeoutMs = 120000)
{
    QProcess p;
    p.setProgram(QStringLiteral(POSTBAG_EXECUTABLE));
    p.setArguments(QStringList{QStringLiteral("--profile"), profile} + args);
    p.start();
    // A child process: waiting for it is the point of this helper.
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace postbag::testing
