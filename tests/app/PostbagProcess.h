// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTest>

namespace postbag::testing {

// Runs the real `postbag` executable with a private profile, as a script or a user would.
struct PostbagRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline void startPostbag(QProcess& p, const QString& profile, const QStringList& args)
{
    p.setProgram(QStringLiteral(POSTBAG_EXECUTABLE));
    p.setArguments(QStringList{QStringLiteral("--profile"), profile} + args);
    p.start();
}

inline PostbagRun resultOf(QProcess& p)
{
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

inline PostbagRun runPostbag(const QString& profile, const QStringList& args,
                             const QByteArray& stdinData = {}, int timeoutMs = 120000)
{
    QProcess p;
    startPostbag(p, profile, args);
    // A child process: waiting for it is the point of this helper.
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    return resultOf(p);
}

// The same, for a server living in the test itself (a ScriptedPop3Server): the test's event loop
// turns while `postbag` runs.
inline PostbagRun runPostbagServing(const QString& profile, const QStringList& args,
                                    int timeoutMs = 120000)
{
    QProcess p;
    startPostbag(p, profile, args);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return resultOf(p);
}

} // namespace postbag::testing
