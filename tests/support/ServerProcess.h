// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <sys/types.h>

namespace postbag::testing {

// The main process of one server fixture (Dovecot's, Postfix's master), so that both are started,
// awaited and stopped the same way. Guarantees: the process gets SIGTERM when the thread that
// started it dies (PR_SET_PDEATHSIG, set after any change of user), so a killed test leaves no
// server behind; start() returns only once `ready` said so, or with the reason it never will
// (the server's output and the tail of its log included); stop() ends the process and then every
// process still living in `directory` (FixtureProcesses), and is idempotent.
class ServerProcess
{
public:
    struct Launch
    {
        QString name; // "dovecot", "postfix": for messages
        QString program;
        QStringList arguments;
        QString directory; // its working directory, and where its processes are looked for
        QByteArray commandLineMarker; // also finds its processes (FixtureProcesses::under)
        QString logFile;
        bool switchUser = false; // run as uid/gid instead of as this process's user
        uid_t uid = 0;
        gid_t gid = 0;
    };

    // Starts the process and polls `ready` (every 20 ms, up to 10 s). On failure false and
    // *error; *addressInUse says whether the server lost a port it meant to bind (try others).
    // `notReady` describes what was still missing when the time ran out.
    // Calls `startOnce` again (at most 3 times in all) while it fails only because a port it had
    // picked was taken by someone else in the meantime.
    [[nodiscard]] static bool retryOnAddressInUse(const std::function<bool(bool*)>& startOnce);

    [[nodiscard]] bool start(const Launch& launch, const std::function<bool()>& ready,
                             const std::function<QString()>& notReady, bool* addressInUse,
                             QString* error);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    [[nodiscard]] qint64 pid() const { return m_pid; }
    // The last lines of the server's log file.
    [[nodiscard]] QString logTail() const;

private:
    bool waitUntilReady(const std::function<bool()>& ready,
                        const std::function<QString()>& notReady, bool* addressInUse,
                        QString* error);

    Launch m_launch;
    QProcess m_process;
    qint64 m_pid = 0;
};

} // namespace postbag::testing
