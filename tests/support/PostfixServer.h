// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/ServerProcess.h"
#include "tests/support/TestCertificate.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QTemporaryDir>

namespace postbag::testing {

class DovecotServer;

// A real Postfix submission server, private to one test, in front of a DovecotServer: what a
// message sent over SMTP becomes is then checked by fetching it back over POP3. Started as root
// (`master -c DIR -s`, never the system service) from a config in its own temporary directory:
// a STARTTLS port (TLS required before AUTH) and an implicit-TLS port on 127.0.0.1, never 25, 465
// or 587; the throwaway TestCertificate; SASL through Dovecot's auth (the same users and
// passwords as POP3, no auth penalty); virtual mailboxes USER@example.test delivered into the
// Maildirs Dovecot serves. Every other recipient is refused (550 5.1.1 in the domain, 554 outside
// it: nothing is relayed), a From the login does not own is refused (553 5.7.1), a message over
// messageSizeLimit() is refused (552 5.3.4), RCPTs beyond setRecipientLimit() get 452 4.5.3.
// Guarantees: start() returns only when both ports greet; the destructor stops Postfix and every
// process it made and removes the directory; if the test process dies, the master gets SIGTERM
// (PR_SET_PDEATHSIG) and takes its children down. Create and use it from one thread that lives as
// long as the fixture.
class PostfixServer
{
public:
    // Enables DovecotServer::setSubmissionAuth() on `dovecot`, which must outlive this.
    explicit PostfixServer(DovecotServer& dovecot);
    ~PostfixServer();
    PostfixServer(const PostfixServer&) = delete;
    PostfixServer& operator=(const PostfixServer&) = delete;

    // Before start(). Postfix's default is 26214400 (25 MiB), which EHLO announces as SIZE.
    void setMessageSizeLimit(qint64 bytes) { m_messageSizeLimit = bytes; }
    // Before start(). RCPTs taken per transaction (Postfix's default 1000); the next get
    // 452 4.5.3 "too many recipients".
    void setRecipientLimit(int count) { m_recipientLimit = count; }
    // Before start(): `login` may also send From `address` (as an identity's alias).
    void allowSender(const QString& login, const QString& address);

    // Starts Dovecot too if it is not running yet. Dovecot's users at this moment are Postfix's
    // mailboxes and senders (add users first). Returns when both ports greet (at most ~10 s); on
    // failure false, and errorString() has the reason and the tail of Postfix's log.
    [[nodiscard]] bool start();
    // Stops Postfix (SIGTERM, SIGKILL after 5 s) and whatever it left. Idempotent.
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString logText() const;

    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 submissionPort() const { return m_submissionPort; }
    [[nodiscard]] quint16 submissionsPort() const { return m_submissionsPort; }
    [[nodiscard]] qint64 messageSizeLimit() const { return m_messageSizeLimit; }
    [[nodiscard]] static QString domain() { return QStringLiteral("example.test"); }
    [[nodiscard]] static QString hostName() { return QStringLiteral("smtp.example.test"); }
    [[nodiscard]] static QString addressOf(const QString& user) { return user + u'@' + domain(); }
    [[nodiscard]] const TestCertificate& certificate() const { return TestCertificate::shared(); }

    // Spins the event loop until the user's Maildir holds at least `count` messages (delivery
    // is asynchronous after the 250); false after `timeoutMs`.
    [[nodiscard]] bool waitForMessages(const QString& user, int count, int timeoutMs = 10000) const;

    [[nodiscard]] qint64 masterPid() const { return m_server.pid(); }
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    // PIDs of live processes of the Postfix instance whose directory is `directory`.
    [[nodiscard]] static QList<qint64> processesOf(const QString& directory);

private:
    bool prepare();
    bool startOnce(bool* addressInUse);
    bool writeFile(const QString& relativePath, const QByteArray& content);
    bool makeDirectory(const QString& relativePath, const char* owner, const char* group, int mode);
    bool fail(const QString& message);

    DovecotServer& m_dovecot;
    QTemporaryDir m_dir;
    ServerProcess m_server;
    qint64 m_messageSizeLimit = 26214400;
    int m_recipientLimit = 1000;
    QList<QPair<QString, QString>> m_extraSenders;
    bool m_prepared = false;
    quint16 m_submissionPort = 0;
    quint16 m_submissionsPort = 0;
    QString m_error;
};

} // namespace postbag::testing
