// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/Maildir.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace postbag::testing {

namespace {
QAtomicInteger<int> g_deliveryCounter;
}

Maildir::Maildir(QString path, qint64 ownerUid, qint64 ownerGid)
    : m_path(std::move(path)), m_uid(ownerUid), m_gid(ownerGid)
{
}

void Maildir::chownTo(const QString& path, qint64 uid, qint64 gid)
{
    if (uid >= 0 && ::lchown(QFile::encodeName(path).constData(), uid_t(uid), gid_t(gid)) != 0)
        qWarning("Maildir: chown %s failed", qPrintable(path));
}

bool Maildir::exists() const
{
    return QFileInfo(m_path + QStringLiteral("/new")).isDir();
}

bool Maildir::create(QString* error) const
{
    for (const QString& dir :
         QStringList{m_path, m_path + QStringLiteral("/new"), m_path + QStringLiteral("/cur"),
                     m_path + QStringLiteral("/tmp")}) {
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("cannot create directory ") + dir;
            return false;
        }
        chownTo(dir, m_uid, m_gid);
    }
    return true;
}

bool Maildir::deliver(const QByteArray& rawMessage, QString* error) const
{
    // Unique name: time, a process-wide counter (keeps delivery order sortable), pid.
    const QString name = QStringLiteral("%1.Q%2P%3.postbag")
                             .arg(QDateTime::currentSecsSinceEpoch())
                             .arg(g_deliveryCounter.fetchAndAddRelaxed(1), 8, 10, QLatin1Char('0'))
                             .arg(QCoreApplication::applicationPid());
    const QString tmp = m_path + QStringLiteral("/tmp/") + name;
    QFile file(tmp);
    if (!file.open(QIODevice::WriteOnly) || file.write(rawMessage) != rawMessage.size()) {
        *error = QStringLiteral("cannot write ") + tmp + QStringLiteral(": ") + file.errorString();
        return false;
    }
    file.close();
    chownTo(tmp, m_uid, m_gid);
    if (std::rename(QFile::encodeName(tmp).constData(),
                    QFile::encodeName(m_path + QStringLiteral("/new/") + name).constData()) != 0) {
        *error = QStringLiteral("cannot move into new/: ") + tmp;
        return false;
    }
    return true;
}

QList<Maildir::Message> Maildir::messages() const
{
    QList<Message> result;
    for (const char* sub : {"new", "cur"}) {
        const QDir dir(m_path + u'/' + QString::fromLatin1(sub));
        for (const QString& entry : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(entry));
            if (file.open(QIODevice::ReadOnly))
                result.append({QString::fromLatin1(sub) + u'/' + entry, file.readAll()});
        }
    }
    // Order by the base name (without "new/"/"cur/" and the ":2,flags" suffix): delivery order.
    auto base = [](const QString& name) { return name.mid(4).section(u':', 0, 0); };
    std::sort(result.begin(), result.end(), [&](const Message& a, const Message& b) {
        return base(a.fileName) < base(b.fileName);
    });
    return result;
}

} // namespace postbag::testing
