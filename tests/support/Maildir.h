// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <sys/types.h>

namespace postbag::testing {

// One user's Maildir as DovecotServer's Dovecot reads it: the fixture's side of the mail store.
// Guarantees: a delivered message appears in new/ atomically (written to tmp/, then renamed) under
// a unique name that sorts in delivery order; files and folders belong to the server user when
// one is given (the fixture runs as root, Dovecot does not).
class Maildir
{
public:
    struct Message
    {
        QString fileName; // relative to the Maildir, e.g. "cur/1700000000.Q00000003P42.postbag:2,S"
        QByteArray content;
    };

    // owner < 0: leave ownership alone.
    explicit Maildir(QString path, qint64 ownerUid = -1, qint64 ownerGid = -1);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool exists() const;
    // Creates the folder with new/, cur/ and tmp/.
    [[nodiscard]] bool create(QString* error) const;
    [[nodiscard]] bool deliver(const QByteArray& rawMessage, QString* error) const;
    // Messages in new/ and cur/, in delivery order.
    [[nodiscard]] QList<Message> messages() const;

    // chown to the owner, if any (also used by DovecotServer for its other files).
    static void chownTo(const QString& path, qint64 uid, qint64 gid);

private:
    QString m_path;
    qint64 m_uid;
    qint64 m_gid;
};

} // namespace postbag::testing
