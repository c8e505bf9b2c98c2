// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_contenders.h"

#include "sync_peer_files.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace postbag::bench {

const char* toolName(Tool tool)
{
    switch (tool) {
    case Tool::Floor:
        return "floor";
    case Tool::Postbag:
        return "postbag";
    case Tool::Fetchmail:
        return "fetchmail";
    case Tool::Getmail:
        return "getmail";
    }
    return "?";
}

double Outcome::seconds(int messages) const
{
    if (run.timedOut && arrived > 0)
        return run.seconds * double(messages) / double(arrived);
    return run.seconds;
}

Contenders::Contenders(QString selfPath, QString postbagPath, QString scratchDir)
    : m_self(std::move(selfPath)), m_postbag(std::move(postbagPath)),
      m_fetchmail(QStandardPaths::findExecutable(QStringLiteral("fetchmail"))),
      m_getmail(QStandardPaths::findExecutable(QStringLiteral("getmail"))),
      m_scratch(std::move(scratchDir))
{
}

bool Contenders::available(Tool tool) const
{
    switch (tool) {
    case Tool::Floor:
        return true;
    case Tool::Postbag:
        return QFile::exists(m_postbag);
    case Tool::Fetchmail:
        return !m_fetchmail.isEmpty();
    case Tool::Getmail:
        return !m_getmail.isEmpty();
    }
    return false;
}

QString Contenders::setUp(Tool tool, const Mailbox& box, const QString& dir, bool keepOnly)
{
    Q_UNUSED(keepOnly);
    switch (tool) {
    case Tool::Floor:
        return {};
    case Tool::Postbag: {
        QStringList add{m_postbag,
                        QStringLiteral("--profile"),
                        dir + QStringLiteral("/profile"),
                        QStringLiteral("account"),
                        QStringLiteral("add"),
                        QStringLiteral("--name"),
                        QStringLiteral("bench"),
                        QStringLiteral("--host"),
                        box.host,
                        QStringLiteral("--port"),
                        QString::number(box.port),
                        QStringLiteral("--security"),
                        box.tls ? QStringLiteral("tls") : QStringLiteral("none"),
                        QStringLiteral("--user"),
                        box.user,
                        QStringLiteral("--password-command"),
                        QStringLiteral("echo ") + box.password,
                        QStringLiteral("--leave-on-server")};
        if (box.tls)
            add << QStringLiteral("--pin-sha256") << box.pinSha256Hex;
        else
            add << QStringLiteral("--allow-insecure-auth");
        const ChildRun r = runChild(add, dir, dir + QStringLiteral("/add.out"),
                                    dir + QStringLiteral("/add.err"), 60);
        if (r.exitCode != 0)
            return QStringLiteral("postbag account add failed: ") +
                   QString::fromUtf8(fileTail(dir + QStringLiteral("/add.err")));
        return {};
    }
    case Tool::Fetchmail:
        return writeText(dir + QStringLiteral("/.fetchmailrc"), fetchmailRc(box))
                   ? QString()
                   : QStringLiteral("cannot write the rc file");
    case Tool::Getmail: {
        const QString maildir = dir + QStringLiteral("/Maildir");
        for (const char* sub : {"/cur", "/new", "/tmp"}) {
            if (!QDir().mkpath(maildir + QLatin1String(sub)))
                return QStringLiteral("cannot create ") + maildir;
        }
        QDir().mkpath(dir + QStringLiteral("/getmail"));
        const QString rc = getmailRc(box, maildir, getmailUser(dir, maildir));
        return writeText(dir + QStringLiteral("/getmailrc"), rc)
                   ? QString()
                   : QStringLiteral("cannot write the rc file");
    }
    }
    return {};
}

QStringList Contenders::command(Tool tool, const Mailbox& box, const QString& dir, bool all) const
{
    switch (tool) {
    case Tool::Floor:
        return {m_self,
                QStringLiteral("--floor-client"),
                box.host,
                QString::number(box.port),
                box.tls ? QStringLiteral("tls") : QStringLiteral("none"),
                box.pinSha256Hex,
                box.user,
                box.password};
    case Tool::Postbag: {
        // POSTBAG_BENCH_WRAP="perf record -g -o /tmp/pb.data" profiles postbag's runs.
        QStringList c = QString::fromLocal8Bit(qgetenv("POSTBAG_BENCH_WRAP"))
                            .split(u' ', Qt::SkipEmptyParts);
        c << m_postbag << QStringLiteral("--profile") << dir + QStringLiteral("/profile")
          << QStringLiteral("sync") << QStringLiteral("--json");
        return c;
    }
    case Tool::Fetchmail: {
        QStringList c{m_fetchmail,
                      QStringLiteral("-f"),
                      dir + QStringLiteral("/.fetchmailrc"),
                      QStringLiteral("-i"),
                      dir + QStringLiteral("/.fetchids"),
                      QStringLiteral("--pidfile"),
                      dir + QStringLiteral("/.fetchmail.pid"),
                      QStringLiteral("--bsmtp"),
                      dir + QStringLiteral("/mail.bsmtp"),
                      QStringLiteral("-k")};
        if (all)
            c << QStringLiteral("-a");
        return c;
    }
    case Tool::Getmail:
        return {m_getmail, QStringLiteral("--getmaildir=") + dir + QStringLiteral("/getmail"),
                QStringLiteral("--rcfile=") + dir + QStringLiteral("/getmailrc"),
                QStringLiteral("--quiet")};
    }
    return {};
}

int Contenders::countArrived(Tool tool, const QString& dir) const
{
    const QString out = dir + QStringLiteral("/run.out");
    switch (tool) {
    case Tool::Floor: {
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        bool ok = false;
        const int n = f.readAll().split(' ').value(0).toInt(&ok);
        return ok ? n : -1;
    }
    case Tool::Postbag: {
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QJsonArray accounts = QJsonDocument::fromJson(f.readAll()).array();
        return accounts.isEmpty()
                   ? -1
                   : accounts.at(0).toObject().value(QStringLiteral("downloaded")).toInt(-1);
    }
    case Tool::Fetchmail:
        return countBsmtp(dir + QStringLiteral("/mail.bsmtp"));
    case Tool::Getmail:
        return int(QDir(dir + QStringLiteral("/Maildir/new")).entryList(QDir::Files).size() +
                   QDir(dir + QStringLiteral("/Maildir/cur")).entryList(QDir::Files).size());
    }
    return -1;
}

Outcome Contenders::runTimed(Tool tool, const Mailbox& box, const QString& dir, bool all,
                             double timeoutSeconds, int expected)
{
    Outcome o;
    QFile::remove(dir + QStringLiteral("/mail.bsmtp"));
    o.run = runChild(command(tool, box, dir, all), dir, dir + QStringLiteral("/run.out"),
                     dir + QStringLiteral("/run.err"), timeoutSeconds);
    o.arrived = countArrived(tool, dir);
    // fetchmail exits 1 for "no mail", which is the expected answer of a nothing-new check.
    const bool exitOk =
        o.run.exitCode == 0 || (tool == Tool::Fetchmail && o.run.exitCode == 1 && expected == 0);
    if (!o.run.started)
        o.error = QStringLiteral("cannot start");
    else if (o.run.timedOut && o.arrived <= 0)
        o.error = QStringLiteral("stopped after %1 s with nothing delivered")
                      .arg(o.run.seconds, 0, 'f', 0);
    else if (!o.run.timedOut && !exitOk)
        o.error = QStringLiteral("exit %1: %2")
                      .arg(o.run.exitCode)
                      .arg(QString::fromUtf8(fileTail(dir + QStringLiteral("/run.err"))));
    else if (!o.run.timedOut && o.arrived != expected)
        o.error = QStringLiteral("%1 of %2 messages arrived").arg(o.arrived).arg(expected);
    return o;
}

Outcome Contenders::download(Tool tool, const Mailbox& box, double timeoutSeconds)
{
    QTemporaryDir dir(m_scratch + QStringLiteral("/run-XXXXXX"));
    Outcome o;
    if (const QString e = setUp(tool, box, dir.path(), false); !e.isEmpty()) {
        o.error = e;
        return o;
    }
    return runTimed(tool, box, dir.path(), true, timeoutSeconds, box.messages);
}

QString Contenders::prepareNothingNew(Tool tool, const Mailbox& box, const QString& stateDir)
{
    if (const QString e = setUp(tool, box, stateDir, true); !e.isEmpty())
        return e;
    const Outcome first = runTimed(tool, box, stateDir, false, 1800, box.messages);
    return first.error;
}

Outcome Contenders::checkNothingNew(Tool tool, const Mailbox& box, const QString& stateDir)
{
    return runTimed(tool, box, stateDir, false, 600, 0);
}

} // namespace postbag::bench
