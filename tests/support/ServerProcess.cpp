// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ServerProcess.h"

#include "tests/support/FixtureProcesses.h"

#include <QFile>
#include <QTest>
#include <algorithm>
#include <grp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace postbag::testing {

bool ServerProcess::retryOnAddressInUse(const std::function<bool(bool*)>& startOnce)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool addressInUse = false;
        if (startOnce(&addressInUse))
            return true;
        if (!addressInUse)
            return false;
    }
    return false;
}

bool ServerProcess::start(const Launch& launch, const std::function<bool()>& ready,
                          const std::function<QString()>& notReady, bool* addressInUse,
                          QString* error)
{
    m_launch = launch;
    const bool switchUser = launch.switchUser;
    const uid_t uid = launch.uid;
    const gid_t gid = launch.gid;
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: async-signal-safe calls only.
    m_process.setChildProcessModifier([switchUser, uid, gid, parent] {
        if (switchUser && (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0))
            ::_exit(126);
        // After setuid: changing credentials clears the parent-death signal. SIGTERM lets the
        // master shut its own children down (SIGKILL would leave them to notice on their own).
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // the test died before prctl took effect
            ::_exit(125);
    });
    m_process.setWorkingDirectory(launch.directory);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(launch.program, launch.arguments);
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start ") + launch.program + QStringLiteral(": ") +
                 m_process.errorString();
        return false;
    }
    m_pid = m_process.processId();
    if (waitUntilReady(ready, notReady, addressInUse, error))
        return true;
    stop();
    return false;
}

bool ServerProcess::waitUntilReady(const std::function<bool()>& ready,
                                   const std::function<QString()>& notReady, bool* addressInUse,
                                   QString* error)
{
    bool exited = false;
    // Waits on the condition while the server binds and forks its listeners; the event loop
    // keeps running, so the process's state is current.
    if (QTest::qWaitFor(
            [&] {
                exited = !isRunning() || m_process.waitForFinished(0);
                return exited || ready();
            },
            10000) &&
        !exited)
        return true;
    if (exited) {
        const QString output = QString::fromLocal8Bit(m_process.readAll());
        const QString log = logTail();
        *addressInUse = log.contains(QStringLiteral("Address already in use")) ||
                        output.contains(QStringLiteral("Address already in use"));
        *error = QStringLiteral("%1 exited (code %2) during start-up.\nOutput: %3\nLog:\n%4")
                     .arg(m_launch.name)
                     .arg(m_process.exitCode())
                     .arg(output, log);
        return false;
    }
    *error = QStringLiteral("%1 was not ready within 10 s: %2\nLog:\n%3")
                 .arg(m_launch.name, notReady(), logTail());
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    if (!m_launch.directory.isEmpty())
        FixtureProcesses::end(m_launch.directory, m_launch.commandLineMarker,
                              qPrintable(m_launch.name));
}

QString ServerProcess::logTail() const
{
    QFile file(m_launch.logFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - 15)).join(u'\n');
}

} // namespace postbag::testing
