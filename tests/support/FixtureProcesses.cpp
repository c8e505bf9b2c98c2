// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FixtureProcesses.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <signal.h>

namespace postbag::testing {

QList<qint64> FixtureProcesses::under(const QString& directory, const QByteArray& commandLineMarker)
{
    QList<qint64> pids;
    const QString prefix = QDir(directory).absolutePath();
    const qint64 self = QCoreApplication::applicationPid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == self)
            continue;
        const QString proc = QStringLiteral("/proc/") + entry;
        // Servers chdir to their base or queue directory and their children inherit it.
        const QString cwd = QFile::symLinkTarget(proc + QStringLiteral("/cwd"));
        bool mine = cwd == prefix || cwd.startsWith(prefix + u'/');
        if (!mine && !commandLineMarker.isEmpty()) {
            QFile cmdline(proc + QStringLiteral("/cmdline"));
            mine =
                cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(commandLineMarker);
        }
        if (mine)
            pids.append(pid);
    }
    return pids;
}

void FixtureProcesses::end(const QString& directory, const QByteArray& commandLineMarker,
                           const char* server)
{
    for (const int signal : {SIGTERM, SIGKILL}) {
        const QList<qint64> left = under(directory, commandLineMarker);
        for (qint64 pid : left)
            ::kill(pid_t(pid), signal);
        if (QTest::qWaitFor([&] { return under(directory, commandLineMarker).isEmpty(); }, 3000))
            break;
    }
    const QList<qint64> survivors = under(directory, commandLineMarker);
    for (qint64 pid : survivors)
        qWarning("%s: process %lld survived SIGKILL", server, pid);
}

} // namespace postbag::testing
