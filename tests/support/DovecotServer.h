// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/Maildir.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestCertificate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <sys/types.h>

namespace postbag::testing {

// A real Dovecot POP3 server, private to one test, so protocol code is checked against the real
// thing and not only against our own idea of POP3. Started unprivileged from a config in its own
// temporary directory (nothing under /etc is read or written): one plain+STLS listener and one
// implicit-TLS listener on 127.0.0.1, a throwaway certificate, passwd-file users with {PLAIN}
// passwords, Maildir storage. As root, the whole Dovecot runs as `dovenull` (or `nobody`).
// Guarantees: start() returns only when both ports answer a greeting; several instances can run
// at once; the destructor stops Dovecot and every child it made and removes the directory; if the
// test process dies, Dovecot gets SIGTERM (PR_SET_PDEATHSIG) and shuts itself down. Create and
// use it from one thread that lives as long as the fixture (the death signal follows the thread).
class DovecotServer
{
public:
    using StoredMessage = Maildir::Message;

    DovecotServer();
    ~DovecotServer();
    DovecotServer(const DovecotServer&) = delete;
    DovecotServer& operator=(const DovecotServer&) = delete;

    // Dovecot's per-IP auth penalty (up to 15 s after failed logins) is off unless enabled here,
    // before start(). Wrong passwords still take about 0.5 s to be refused.
    void setAuthPenalty(bool enabled) { m_authPenalty = enabled; }
    // APOP offered too (a timestamp in the greeting), before start(); off by default.
    void setApop(bool enabled) { m_apop = enabled; }
    // A message's X-UIDL header becomes its UIDL (several may share one), before start(). Off by
    // default: real mail (the corpus) carries X-UIDL headers from other servers.
    void setReuseXUidl(bool enabled) { m_reuseXUidl = enabled; }
    // Lets a local SMTP server (PostfixServer) authenticate the same users, before start(): an
    // auth-client socket anyone may connect to, in a directory anyone may traverse (not list).
    void setSubmissionAuth(bool enabled) { m_submissionAuth = enabled; }
    [[nodiscard]] bool submissionAuth() const { return m_submissionAuth; }
    [[nodiscard]] QString authClientSocket() const
    {
        return m_dir.filePath(QStringLiteral("run/auth-client"));
    }

    // Writes the config, starts Dovecot and waits (at most ~10 s) until both ports greet.
    // On failure returns false; errorString() has the reason and the tail of Dovecot's log.
    [[nodiscard]] bool start();
    // Stops Dovecot (SIGTERM, SIGKILL after 5 s) and waits for its children. Idempotent.
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString errorString() const { return m_error; }

    // Users can be added before or after start(); passwords are stored {PLAIN} (CRAM-MD5 works).
    // Names and passwords must not contain ':' or line breaks.
    [[nodiscard]] bool addUser(const QString& name, const QString& password);
    // A user whose password is stored only as a salted hash ({SSHA256}), as many servers keep
    // it: USER/PASS and SASL PLAIN work, CRAM-MD5 and APOP are rejected for lack of a secret.
    [[nodiscard]] bool addHashedUser(const QString& name, const QString& password);
    // Drops a message into the user's Maildir new/ (written to tmp/, then renamed).
    [[nodiscard]] bool deliver(const QString& user, const QByteArray& rawMessage);
    [[nodiscard]] bool deliverFile(const QString& user, const QString& path);
    // What the server still holds for the user (new/ and cur/), in delivery order.
    [[nodiscard]] QList<QByteArray> messagesOnServer(const QString& user) const;
    [[nodiscard]] QList<StoredMessage> messageFilesOnServer(const QString& user) const;
    // Removes every message the user has, as another client's DELE would.
    [[nodiscard]] bool removeAll(const QString& user);
    [[nodiscard]] QString logText() const;
    // The users added so far, in order; each one's Maildir is mailRoot()/NAME, owned by
    // serverUid().
    [[nodiscard]] QStringList userNames() const;
    [[nodiscard]] QString mailRoot() const { return m_dir.filePath(QStringLiteral("mail")); }
    [[nodiscard]] uid_t serverUid() const { return m_serverUid; }
    [[nodiscard]] gid_t serverGid() const { return m_serverGid; }

    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 plainPort() const { return m_plainPort; }
    [[nodiscard]] quint16 tlsPort() const { return m_tlsPort; }
    [[nodiscard]] const TestCertificate& certificate() const { return TestCertificate::shared(); }
    [[nodiscard]] QByteArray certificateSha256() const { return certificate().sha256(); }
    [[nodiscard]] QByteArray certificatePem() const { return certificate().certificatePem(); }

    [[nodiscard]] qint64 masterPid() const { return m_server.pid(); }
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] QString instanceName() const { return m_instanceName; }
    // PIDs of live processes belonging to the Dovecot instance whose directory is `directory`
    // (working directory or command line inside it). For leak checks after a test.
    [[nodiscard]] static QList<qint64> processesOf(const QString& directory);

private:
    bool prepareDirectories();
    bool writeConfig();
    bool startOnce(bool* addressInUse);
    bool writeFile(const QString& path, const QByteArray& content);
    bool makeDirectory(const QString& path);
    void giveToServerUser(const QString& path) const;
    Maildir maildir(const QString& user) const;
    bool fail(const QString& message);
    bool writeUser(const QString& name, const QString& password, const QByteArray& stored);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_instanceName;
    QString m_serverUserName;
    QString m_serverGroupName;
    uid_t m_serverUid = 0;
    gid_t m_serverGid = 0;
    bool m_dropPrivileges = false;
    bool m_authPenalty = false;
    bool m_apop = false;
    bool m_reuseXUidl = false;
    bool m_submissionAuth = false;
    bool m_prepared = false;
    quint16 m_plainPort = 0;
    quint16 m_tlsPort = 0;
    QString m_error;
    QList<QPair<QString, QString>> m_users;
};

} // namespace postbag::testing
