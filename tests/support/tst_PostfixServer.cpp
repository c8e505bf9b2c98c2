// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Self-test of the PostfixServer fixture with a raw SMTP client (the SMTP engine is not used):
// what goes in over SMTP comes back over POP3 from the DovecotServer behind it.
#include "tests/support/DovecotServer.h"
#include "tests/support/LineClient.h"
#include "tests/support/PostfixServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>
#include <memory>
#include <signal.h>
#include <unistd.h>

using postbag::testing::DovecotServer;
using postbag::testing::LineClient;
using postbag::testing::PostfixServer;

namespace {

const QByteArray kAlice = "alice@example.test";
const QByteArray kBob = "bob@example.test";

QByteArray plain(const QByteArray& user, const QByteArray& password)
{
    return QByteArray('\0' + user + '\0' + password).toBase64();
}

// A message with a UTF-8 subject and a line that starts with a dot, as it travels: CRLF, the
// dot doubled (the sender's job), ending in CRLF.
const QByteArray kSubject = "Subject: =?UTF-8?B?R3LDvMOfZQ==?=\r\n";
const QByteArray kBody = "line one\r\n.leading dot\r\nend \xc3\xa9\r\n";

QByteArray message(const QByteArray& from, const QByteArray& to)
{
    return "From: " + from + "\r\nTo: " + to + "\r\n" + kSubject +
           "Date: Mon, 07 Dec 2026 20:00:00 +0000\r\nMessage-ID: <fixture.1@example.test>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
           kBody;
}

QByteArray dotStuffed(QByteArray data)
{
    return data.replace("\r\n.", "\r\n..");
}

} // namespace

class tst_PostfixServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void starttlsPortDeliversToDovecot();
    void implicitTlsPortAndAnAllowedAlias();
    void wrongPasswordIsRefusedAtOnce();
    void senderNotOwnedByTheLogin();
    void unknownAndOutsideRecipients();
    void tooBigForALoweredLimitAndStopLeavesNothing();
    void cleanupTestCase();

private:
    // EHLO after TLS and AUTH PLAIN as `user`; false (with a message) if any reply is off.
    static bool logIn(LineClient& client, const QByteArray& user, const QByteArray& password);

    std::unique_ptr<DovecotServer> m_dovecot;
    std::unique_ptr<PostfixServer> m_postfix;
};

void tst_PostfixServer::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("Postfix's master only starts as root (the CI and scripts/setup test run as root)");
    m_dovecot = std::make_unique<DovecotServer>();
    QVERIFY(m_dovecot->addUser(QStringLiteral("alice"), QStringLiteral("secret")));
    QVERIFY(m_dovecot->addUser(QStringLiteral("bob"), QStringLiteral("bobpw")));
    m_postfix = std::make_unique<PostfixServer>(*m_dovecot);
    m_postfix->allowSender(QStringLiteral("alice"), QStringLiteral("alias@example.test"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
    const qint64 dovecotMs = timer.restart();
    QVERIFY2(m_postfix->start(), qPrintable(m_postfix->errorString()));
    qInfo("Dovecot up in %lld ms, then Postfix in %lld ms", dovecotMs, timer.elapsed());
    for (const quint16 port : {m_postfix->submissionPort(), m_postfix->submissionsPort()})
        QVERIFY(port != 25 && port != 465 && port != 587 && port != 0);
    QVERIFY(m_postfix->submissionPort() != m_postfix->submissionsPort());
}

void tst_PostfixServer::cleanupTestCase()
{
    m_postfix.reset();
    m_dovecot.reset();
}

bool tst_PostfixServer::logIn(LineClient& client, const QByteArray& user,
                              const QByteArray& password)
{
    const QByteArray ehlo = client.command("EHLO client.example.test");
    if (!ehlo.startsWith("250-") || !ehlo.contains("AUTH PLAIN LOGIN") ||
        ehlo.contains("STARTTLS")) {
        qWarning("EHLO after TLS: %s", ehlo.constData());
        return false;
    }
    const QByteArray auth = client.command("AUTH PLAIN " + plain(user, password));
    if (!auth.startsWith("235 ")) {
        qWarning("AUTH: %s", auth.constData());
        return false;
    }
    return true;
}

void tst_PostfixServer::starttlsPortDeliversToDovecot()
{
    LineClient client;
    QVERIFY(client.connectPlain(m_postfix->submissionPort()));
    QVERIFY(client.reply().startsWith("220 smtp.example.test ESMTP"));
    const QByteArray before = client.command("EHLO client.example.test");
    QVERIFY2(before.contains("250-STARTTLS") && before.contains("PIPELINING") &&
                 before.contains("SIZE 26214400") && !before.contains("AUTH"),
             before.constData());
    // No AUTH and no mail before TLS.
    QVERIFY(client.command("AUTH PLAIN " + plain("alice", "secret")).startsWith("5"));
    QVERIFY(client.command("MAIL FROM:<" + kAlice + ">").startsWith("530 5.7.0"));
    QVERIFY(client.command("STARTTLS").startsWith("220 "));
    QVERIFY2(client.startTls(), qPrintable(client.socket().errorString()));
    QVERIFY(client.pinnedOk());
    QVERIFY(logIn(client, "alice", "secret"));
    QVERIFY(client.command("MAIL FROM:<" + kAlice + "> BODY=8BITMIME").startsWith("250 "));
    QVERIFY(client.command("RCPT TO:<" + kBob + ">").startsWith("250 "));
    QVERIFY(client.command("DATA").startsWith("354 "));
    const QByteArray sent = message(kAlice, kBob);
    QVERIFY(client.command(dotStuffed(sent) + ".").startsWith("250 2.0.0 Ok: queued"));
    QVERIFY(client.command("QUIT").startsWith("221 "));

    QVERIFY2(m_postfix->waitForMessages(QStringLiteral("bob"), 1),
             qPrintable(m_postfix->logText()));
    const QByteArray stored = m_dovecot->messagesOnServer(QStringLiteral("bob")).constLast();
    QVERIFY(stored.startsWith("Return-Path: <alice@example.test>\n"));

    // Fetched back over POP3S: Postfix's trace headers first, then exactly what was sent.
    LineClient pop3;
    QVERIFY(pop3.connectTls(m_dovecot->tlsPort()));
    QVERIFY(pop3.readLine().startsWith("+OK"));
    QVERIFY(pop3.command("USER bob").startsWith("+OK"));
    QVERIFY(pop3.command("PASS bobpw").startsWith("+OK"));
    QVERIFY(pop3.command("RETR 1").startsWith("+OK"));
    const QByteArray fetched = pop3.multiLine();
    QVERIFY2(fetched.startsWith("Return-Path: <alice@example.test>\r\nX-Original-To: "
                                "bob@example.test\r\nDelivered-To: bob@example.test\r\n"
                                "Received: from client.example.test "),
             fetched.constData());
    QVERIFY2(fetched.endsWith(QByteArray("\r\n" + sent)), fetched.constData());
    QVERIFY(pop3.command("QUIT").startsWith("+OK"));
    QVERIFY(m_dovecot->removeAll(QStringLiteral("bob")));
}

void tst_PostfixServer::implicitTlsPortAndAnAllowedAlias()
{
    LineClient client;
    QVERIFY2(client.connectTls(m_postfix->submissionsPort()),
             qPrintable(client.socket().errorString()));
    QVERIFY(client.pinnedOk());
    QVERIFY(client.reply().startsWith("220 "));
    QVERIFY(logIn(client, "alice", "secret"));
    // Pipelined, as the server offers PIPELINING: MAIL, RCPT and DATA in one write.
    client.write("MAIL FROM:<alias@example.test>\r\nRCPT TO:<" + kAlice + ">\r\nDATA\r\n");
    QVERIFY(client.reply().startsWith("250 "));
    QVERIFY(client.reply().startsWith("250 "));
    QVERIFY(client.reply().startsWith("354 "));
    QVERIFY(client.command(message("alias@example.test", kAlice) + ".").startsWith("250 "));
    QVERIFY(client.command("QUIT").startsWith("221 "));
    QVERIFY(m_postfix->waitForMessages(QStringLiteral("alice"), 1));
    QVERIFY(m_dovecot->messagesOnServer(QStringLiteral("alice"))
                .constFirst()
                .contains("From: alias@example.test\n"));
    QVERIFY(m_dovecot->removeAll(QStringLiteral("alice")));
}

void tst_PostfixServer::wrongPasswordIsRefusedAtOnce()
{
    LineClient client;
    QVERIFY(client.connectTls(m_postfix->submissionsPort()));
    QVERIFY(client.reply().startsWith("220 "));
    QVERIFY(client.command("EHLO client.example.test").startsWith("250"));
    // No auth penalty: neither the refusal nor the next, right attempt is delayed (Dovecot's
    // penalty would hold each for seconds).
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.command("AUTH PLAIN " + plain("alice", "wrong"))
                .startsWith("535 5.7.8 Error: authentication failed"));
    QCOMPARE(client.command("AUTH PLAIN " + plain("nobody", "x")).left(4), QByteArray("535 "));
    QCOMPARE(client.command("AUTH PLAIN " + plain("alice", "secret")).left(4), QByteArray("235 "));
    QVERIFY2(timer.elapsed() < 2000, QByteArray::number(timer.elapsed()).constData());
}

void tst_PostfixServer::senderNotOwnedByTheLogin()
{
    LineClient client;
    QVERIFY(client.connectTls(m_postfix->submissionsPort()));
    QVERIFY(client.reply().startsWith("220 "));
    QVERIFY(logIn(client, "alice", "secret"));
    // Postfix delays the rejection to RCPT.
    QVERIFY(client.command("MAIL FROM:<" + kBob + ">").startsWith("250 "));
    QCOMPARE(client.command("RCPT TO:<" + kAlice + ">"),
             QByteArray("553 5.7.1 <bob@example.test>: Sender address rejected: not owned by "
                        "user alice\r\n"));
    QVERIFY(client.command("RSET").startsWith("250 "));
    QVERIFY(client.command("MAIL FROM:<stranger@elsewhere.test>").startsWith("250 "));
    QVERIFY(client.command("RCPT TO:<" + kAlice + ">").startsWith("553 5.7.1 "));
}

void tst_PostfixServer::unknownAndOutsideRecipients()
{
    LineClient client;
    QVERIFY(client.connectTls(m_postfix->submissionsPort()));
    QVERIFY(client.reply().startsWith("220 "));
    QVERIFY(client.command("EHLO client.example.test").startsWith("250"));
    // Not logged in: nobody gets anything.
    QVERIFY(client.command("MAIL FROM:<" + kAlice + ">").startsWith("250 "));
    QVERIFY(client.command("RCPT TO:<" + kBob + ">").startsWith("554 5.7.1 "));
    QVERIFY(client.command("RSET").startsWith("250 "));
    QVERIFY(client.command("AUTH PLAIN " + plain("alice", "secret")).startsWith("235 "));
    QVERIFY(client.command("MAIL FROM:<" + kAlice + ">").startsWith("250 "));
    QCOMPARE(client.command("RCPT TO:<nobody@example.test>"),
             QByteArray("550 5.1.1 <nobody@example.test>: Recipient address rejected: User "
                        "unknown in virtual mailbox table\r\n"));
    // Nothing is relayed, not even for a logged-in user.
    QVERIFY(client.command("RCPT TO:<someone@elsewhere.test>").startsWith("554 5.7.1 "));
    // The other recipient still goes.
    QVERIFY(client.command("RCPT TO:<" + kBob + ">").startsWith("250 "));
    QVERIFY(client.command("DATA").startsWith("354 "));
    QVERIFY(client.command(message(kAlice, kBob) + ".").startsWith("250 "));
    QVERIFY(m_postfix->waitForMessages(QStringLiteral("bob"), 1));
    QVERIFY(m_dovecot->removeAll(QStringLiteral("bob")));
}

void tst_PostfixServer::tooBigForALoweredLimitAndStopLeavesNothing()
{
    QString postfixDirectory;
    {
        DovecotServer dovecot;
        QVERIFY(dovecot.addUser(QStringLiteral("carol"), QStringLiteral("c")));
        PostfixServer postfix(dovecot);
        postfix.setMessageSizeLimit(2000);
        QVERIFY2(postfix.start(), qPrintable(postfix.errorString()));
        postfixDirectory = postfix.directory();
        QVERIFY(PostfixServer::processesOf(postfixDirectory).contains(postfix.masterPid()));

        LineClient client;
        QVERIFY(client.connectTls(postfix.submissionsPort()));
        QVERIFY(client.reply().startsWith("220 "));
        QVERIFY(client.command("EHLO client.example.test").contains("250-SIZE 2000\r\n"));
        QVERIFY(client.command("AUTH PLAIN " + plain("carol", "c")).startsWith("235 "));
        // Refused at the end of the data when the client does not announce the size...
        QVERIFY(client.command("MAIL FROM:<carol@example.test>").startsWith("250 "));
        QVERIFY(client.command("RCPT TO:<carol@example.test>").startsWith("250 "));
        QVERIFY(client.command("DATA").startsWith("354 "));
        const QByteArray big = message("carol@example.test", "carol@example.test") +
                               QByteArray(40, 'x').append("\r\n").repeated(100);
        QCOMPARE(client.command(big + "."),
                 QByteArray("552 5.3.4 Error: message file too big\r\n"));
        // ...and at once when it does.
        QCOMPARE(client.command("MAIL FROM:<carol@example.test> SIZE=5000"),
                 QByteArray("552 5.3.4 Message size exceeds fixed limit\r\n"));
        QVERIFY(client.command("QUIT").startsWith("221 "));
        QVERIFY(dovecot.messagesOnServer(QStringLiteral("carol")).isEmpty());

        // SIGTERM to the master alone (what PR_SET_PDEATHSIG sends if the test dies) takes every
        // Postfix process down, without stop()'s help.
        QVERIFY(PostfixServer::processesOf(postfixDirectory).size() > 1);
        QCOMPARE(::kill(pid_t(postfix.masterPid()), SIGTERM), 0);
        QTRY_VERIFY_WITH_TIMEOUT(PostfixServer::processesOf(postfixDirectory).isEmpty(), 10000);
        postfix.stop();
        QVERIFY(!postfix.isRunning());
        QVERIFY(PostfixServer::processesOf(postfixDirectory).isEmpty());
        postfix.stop(); // idempotent
    }
    QVERIFY(!QDir(postfixDirectory).exists());
}

QTEST_GUILESS_MAIN(tst_PostfixServer)
#include "tst_PostfixServer.moc"
