// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QThread>

namespace postbag::testing {

// Starts a `postbag` binary in window mode on an empty profile, offscreen, and says whether the
// window came up: the profile's database appears and the process is still running a moment
// later (a binary that cannot load its window module exits at once). Returns an empty string on
// success, else what went wrong with the program's stderr.
inline QString windowOpens(const QString& binary, const QString& profileDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Window layout and search history go here, not into the user's settings.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), profileDir + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.start(binary, {QStringLiteral("--profile"), profileDir});
    if (!p.waitForStarted())
        return QStringLiteral("did not start: ") + p.errorString();
    const QString db = profileDir + QStringLiteral("/postbag.sqlite");
    QDeadlineTimer deadline(30000);
    // A child process: polling it is the point of this helper.
    while (!QFileInfo::exists(db) && p.state() == QProcess::Running && !deadline.hasExpired())
        p.waitForFinished(50);
    if (p.state() == QProcess::Running)
        p.waitForFinished(500);
    QString problem;
    if (p.state() != QProcess::Running)
        problem = QStringLiteral("exited with %1").arg(p.exitCode());
    else if (!QFileInfo::exists(db))
        problem = QStringLiteral("no profile database after 30 s");
    p.terminate();
    if (!p.waitForFinished(10000))
        p.kill();
    if (problem.isEmpty())
        return {};
    return problem + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAllStandardError());
}

} // namespace postbag::testing
