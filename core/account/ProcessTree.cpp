// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/ProcessTree.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <csignal>
#include <utility>

namespace postbag::account {

QList<qint64> ProcessTree::children(qint64 pid)
{
    QList<qint64> out;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString& task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks + u'/' + task + QStringLiteral("/children"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& field : file.readAll().split(' ')) {
            bool ok = false;
            const qint64 child = field.trimmed().toLongLong(&ok);
            if (ok && child > 0)
                out.append(child);
        }
    }
    return out;
}

int ProcessTree::kill(qint64 pid)
{
    // A stopped process reaps nobody, so the ids of its children (even of those that have just
    // exited) cannot be reused until it is killed: the walk never reaches a stranger.
    if (pid <= 0)
        return 0; // kill(0) or kill(-1) would reach our own process group, or everyone
    QList<qint64> stopped;
    QSet<qint64> seen{pid};
    QList<qint64> queue{pid};
    while (!queue.isEmpty()) {
        const qint64 p = queue.takeFirst();
        if (::kill(pid_t(p), SIGSTOP) != 0)
            continue;
        stopped.append(p);
        for (const qint64 child : children(p)) {
            if (!seen.contains(child)) {
                seen.insert(child);
                queue.append(child);
            }
        }
    }
    for (const qint64 p : std::as_const(stopped))
        ::kill(pid_t(p), SIGKILL);
    return int(stopped.size());
}

} // namespace postbag::account
