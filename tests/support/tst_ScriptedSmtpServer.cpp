// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Self-test of ScriptedSmtpServer (and the SMTP directives of the shared script server), checked
// with a raw socket client: the SMTP engine is not used.
#include "tests/support/LineClient.h"
#include "tests/support/QueuedEvents.h"
#include "tests/support/ScriptedSmtpServer.h"

#include <QSignalSpy>
#include <QTest>

using postbag::testing::LineClient;
using postbag::testing::LineScript;
using postbag::testing::ScriptedSmtpServer;

namespace {

constexpr int kTimeout = 10000;
using Server = ScriptedSmtpServer;

// A message as it travels: its dot-leading lines stuffed (the first line too, and lines that are
// only dots), CRLF.
const QByteArray kData = "..From: a@example.test\r\nSubject: dots\r\n\r\n..leading dot\r\n..\r\n"
                         "...\r\nend\r\n";

LineScript quit()
{
    return LineScript::parse(u"C: QUIT\nS: 221 2.0.0 Bye\n!close");
}

bool waitForBytes(LineClient& client, qsizetype count)
{
    return QTest::qWaitFor([&] { return client.socket().bytesAvailable() >= count; }, kTimeout);
}

} // namespace

class tst_ScriptedSmtpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void starttlsAuthAndPipelinedTransaction();
    void forgedAndPartialLinesAfterThe220();
    void implicitTls();
    void errorReplyAndNothingMayFollow();
    void dropRightAfterTheFinalDot();
    void neverAnswersTheFinalDot();
    void lockstepRefusesPipelining();
    void xoauth2FailureNeedsAnEmptyAnswer();
    void newDirectivesParse();
};

void tst_ScriptedSmtpServer::starttlsAuthAndPipelinedTransaction()
{
    Server server;
    QVERIFY(server.isListening());
    LineScript script = Server::greeting();
    script.append(Server::ehlo(Server::capabilitiesBeforeTls()))
        .append(Server::startTls())
        .append(Server::ehlo(Server::capabilitiesAfterTls()))
        .append(Server::authPlain("alice", "secret"))
        .append(
            Server::transaction("alice@example.test", {"bob@example.test", "carol@example.test"}))
        .append(Server::queued())
        .append(quit());
    server.addConnection(script);

    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.reply(), QByteArray("220 smtp.example.test ESMTP scripted\r\n"));
    const QByteArray before = client.command("EHLO [127.0.0.1]");
    QVERIFY2(before.startsWith("250-smtp.example.test\r\n250-PIPELINING\r\n") &&
                 before.contains("250-STARTTLS\r\n") && before.endsWith("250 CHUNKING\r\n") &&
                 !before.contains("AUTH"),
             before.constData());
    QCOMPARE(client.command("STARTTLS"), QByteArray("220 2.0.0 Ready to start TLS\r\n"));
    QVERIFY2(client.startTls(), qPrintable(server.transcript()));
    QVERIFY(client.pinnedOk());
    QVERIFY(client.command("EHLO [127.0.0.1]").contains("250-AUTH PLAIN LOGIN\r\n"));
    QVERIFY(client.command("AUTH PLAIN AGFsaWNlAHNlY3JldA==").startsWith("235 "));
    const QByteArray group =
        "MAIL FROM:<alice@example.test> SIZE=98\r\nRCPT TO:<bob@example.test>\r\n"
        "RCPT TO:<carol@example.test>\r\nDATA\r\n";
    client.write(group);
    for (const char* code : {"250 ", "250 ", "250 ", "354 "})
        QVERIFY(client.reply().startsWith(code));
    QVERIFY(client.command(kData + ".").startsWith("250 2.0.0 Ok: queued"));
    QVERIFY(client.command("QUIT").startsWith("221 "));
    QVERIFY(client.waitClosed());

    QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    QCOMPARE(server.receivedData(), QList<QByteArray>{kData});
    // Written at once, read at once: the pipelined group is one chunk, after the AUTH line's.
    const QList<QByteArray> chunks = server.receivedChunks(0);
    const qsizetype at = chunks.indexOf(group);
    QVERIFY2(at > 0, qPrintable(server.transcript()));
    QVERIFY(chunks[at - 1].startsWith("AUTH PLAIN "));
    QCOMPARE(server.receivedLines().constLast(), QByteArray("QUIT"));
}

void tst_ScriptedSmtpServer::forgedAndPartialLinesAfterThe220()
{
    Server server;
    const QByteArray injected = "250-FORGED\r\n250 AUTH PLAIN\r\n235 2.7.0 part";
    LineScript script = Server::greeting();
    script.append(Server::ehlo(Server::capabilitiesBeforeTls()))
        .append(Server::startTls(injected))
        .append(Server::ehlo(Server::capabilitiesAfterTls()))
        .append(quit());
    server.addConnection(script);

    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.reply().startsWith("220 "));
    QVERIFY(client.command("EHLO [127.0.0.1]").contains("STARTTLS"));
    client.write("STARTTLS\r\n");
    // The forged lines and the partial one come in plaintext, right behind the 220.
    const QByteArray plaintext = "220 2.0.0 Ready to start TLS\r\n" + injected;
    QVERIFY(waitForBytes(client, plaintext.size()));
    QCOMPARE(client.unread(), plaintext);
    // The handshake that follows is genuine, and so is the next EHLO's answer.
    QVERIFY2(client.startTls(), qPrintable(server.transcript()));
    const QByteArray after = client.command("EHLO [127.0.0.1]");
    QVERIFY2(after.startsWith("250-smtp.example.test\r\n") && !after.contains("FORGED"),
             after.constData());
    QVERIFY(client.command("QUIT").startsWith("221 "));
    QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
}

void tst_ScriptedSmtpServer::implicitTls()
{
    Server server;
    server.setImplicitTls(true);
    LineScript script = Server::greeting();
    script.append(Server::ehlo(Server::capabilitiesAfterTls())).append(quit());
    server.addConnection(script);
    LineClient client;
    QVERIFY2(client.connectTls(server.port()), qPrintable(client.socket().errorString()));
    QVERIFY(client.pinnedOk());
    QVERIFY(client.reply().startsWith("220 "));
    QVERIFY(client.command("EHLO [127.0.0.1]").contains("250-AUTH PLAIN LOGIN\r\n"));
    QVERIFY(client.command("QUIT").startsWith("221 "));
    QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
}

void tst_ScriptedSmtpServer::errorReplyAndNothingMayFollow()
{
    // Connection 0: a client that gives up after the 5xx. Connection 1: one that goes on.
    Server server;
    for (int i = 0; i < 2; ++i) {
        LineScript script = Server::greeting();
        script.append(Server::ehlo({"PIPELINING"}))
            .expect("MAIL FROM:<a@example.test>*")
            .line("250 2.1.0 Ok")
            .expect("RCPT TO:<nobody@example.test>")
            .line("550 5.1.1 <nobody@example.test>: Recipient address rejected")
            .expectClose();
        server.addConnection(script);
    }
    for (int i = 0; i < 2; ++i) {
        LineClient client;
        QVERIFY(client.connectPlain(server.port()));
        QVERIFY(client.reply().startsWith("220 "));
        QVERIFY(client.command("EHLO [127.0.0.1]").startsWith("250"));
        QVERIFY(client.command("MAIL FROM:<a@example.test>").startsWith("250 "));
        QVERIFY(client.command("RCPT TO:<nobody@example.test>").startsWith("550 5.1.1 "));
        if (i == 1)
            client.write("DATA\r\n");
        client.socket().disconnectFromHost();
        QVERIFY(client.waitClosed());
        QTRY_COMPARE_WITH_TIMEOUT(server.finishedCount(), i + 1, kTimeout);
    }
    QCOMPARE(server.mismatches().size(), 1);
    QVERIFY2(server.mismatches().first().startsWith(QStringLiteral("connection 1: ")) &&
                 server.mismatches().first().contains(QStringLiteral("\"DATA\" while a close was "
                                                                     "expected")),
             qPrintable(server.mismatches().first()));
}

void tst_ScriptedSmtpServer::dropRightAfterTheFinalDot()
{
    Server server;
    LineScript script = Server::greeting();
    script.append(Server::ehlo({"PIPELINING"}))
        .append(Server::transaction("a@example.test", {"b@example.test"}))
        .close();
    server.addConnection(script);
    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.reply().startsWith("220 "));
    QVERIFY(client.command("EHLO [127.0.0.1]").startsWith("250"));
    client.write("MAIL FROM:<a@example.test>\r\nRCPT TO:<b@example.test>\r\nDATA\r\n");
    for (const char* code : {"250 ", "250 ", "354 "})
        QVERIFY(client.reply().startsWith(code));
    client.write(kData + ".\r\n");
    QVERIFY(client.waitClosed());
    QCOMPARE(client.unread(), QByteArray()); // no reply to the dot
    QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    QCOMPARE(server.receivedData(), QList<QByteArray>{kData});
}

void tst_ScriptedSmtpServer::neverAnswersTheFinalDot()
{
    Server server;
    LineScript script = Server::greeting();
    script.append(Server::ehlo({"PIPELINING"}))
        .append(Server::transaction("a@example.test", {"b@example.test"}))
        .expectClose();
    server.addConnection(script);
    QSignalSpy data(&server, &Server::dataReceived);
    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.reply().startsWith("220 "));
    QVERIFY(client.command("EHLO [127.0.0.1]").startsWith("250"));
    QVERIFY(client.command("MAIL FROM:<a@example.test>").startsWith("250 "));
    QVERIFY(client.command("RCPT TO:<b@example.test>").startsWith("250 "));
    QVERIFY(client.command("DATA").startsWith("354 "));
    // Sent one byte per write: the lone "." is found however the data is cut.
    const QByteArray bytes = kData + ".\r\n";
    for (const char byte : bytes) {
        client.write(QByteArray(1, byte));
        client.socket().flush();
    }
    QVERIFY(data.wait(kTimeout));
    QCOMPARE(data.first().first().toInt(), 0);
    QVERIFY(postbag::testing::runQueuedEvents());
    // The server holds the message and says nothing; the client gives up by closing.
    QCOMPARE(client.unread(), QByteArray());
    QCOMPARE(server.finishedCount(), 0);
    client.socket().disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    QCOMPARE(server.receivedData(), QList<QByteArray>{kData});
}

void tst_ScriptedSmtpServer::lockstepRefusesPipelining()
{
    // No PIPELINING offered, and the client must wait for every reply: connection 0 does,
    // connection 1 sends MAIL and RCPT at once.
    Server server;
    for (int i = 0; i < 2; ++i) {
        LineScript script = Server::greeting();
        script.lockstep(true)
            .append(Server::ehlo({"SIZE 1000", "8BITMIME"}))
            .append(Server::transaction("a@example.test", {"b@example.test"}))
            .append(Server::queued())
            .append(quit());
        server.addConnection(script);
    }
    {
        LineClient client;
        QVERIFY(client.connectPlain(server.port()));
        QVERIFY(client.reply().startsWith("220 "));
        QVERIFY(!client.command("EHLO [127.0.0.1]").contains("PIPELINING"));
        QVERIFY(client.command("MAIL FROM:<a@example.test>").startsWith("250 "));
        QVERIFY(client.command("RCPT TO:<b@example.test>").startsWith("250 "));
        QVERIFY(client.command("DATA").startsWith("354 "));
        QVERIFY(client.command(kData + ".").startsWith("250 "));
        QVERIFY(client.command("QUIT").startsWith("221 "));
        QTRY_COMPARE_WITH_TIMEOUT(server.finishedCount(), 1, kTimeout);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }
    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.reply().startsWith("220 "));
    QVERIFY(client.command("EHLO [127.0.0.1]").startsWith("250"));
    client.write("MAIL FROM:<a@example.test>\r\nRCPT TO:<b@example.test>\r\n");
    QVERIFY(client.waitClosed());
    QTRY_COMPARE_WITH_TIMEOUT(server.finishedCount(), 2, kTimeout);
    QCOMPARE(server.mismatches().size(), 1);
    QVERIFY2(server.mismatches().first().contains(
                 QStringLiteral("\"RCPT TO:<b@example.test>\" before the reply to \"MAIL "
                                "FROM:<a@example.test>\"")),
             qPrintable(server.mismatches().first()));
    QVERIFY(!server.isDone());
}

void tst_ScriptedSmtpServer::xoauth2FailureNeedsAnEmptyAnswer()
{
    const QByteArray challenge = Server::xoauth2Failure();
    QVERIFY(challenge.startsWith("334 "));
    const QByteArray json =
        R"({"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"})";
    QCOMPARE(QByteArray::fromBase64(challenge.mid(4)), json);

    Server server;
    server.setImplicitTls(true);
    LineScript script = Server::greeting();
    script.append(Server::ehlo({"AUTH PLAIN XOAUTH2"}))
        .expect("AUTH XOAUTH2 *")
        .line(challenge)
        .expect("")
        .line("535 5.7.8 Username and Password not accepted")
        .append(quit());
    server.addConnection(script);
    LineClient client;
    QVERIFY(client.connectTls(server.port()));
    QVERIFY(client.reply().startsWith("220 "));
    QVERIFY(client.command("EHLO [127.0.0.1]").startsWith("250"));
    QCOMPARE(client.command("AUTH XOAUTH2 dXNlcj1hAWF1dGg9QmVhcmVyIHgBAQ=="), challenge + "\r\n");
    QVERIFY(client.command("").startsWith("535 5.7.8 "));
    QVERIFY(client.command("QUIT").startsWith("221 "));
    QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
}

void tst_ScriptedSmtpServer::newDirectivesParse()
{
    const LineScript good = LineScript::parse(u"!lockstep on\n!expect-data\n!lockstep off");
    QVERIFY(good.errors().isEmpty());
    QCOMPARE(good.steps().size(), 3);
    QCOMPARE(good.steps()[1].kind, LineScript::Step::Kind::ExpectData);
    QCOMPARE(good.steps()[2].number, 0);
    QCOMPARE(LineScript::describe(good.steps()[1], 1), QStringLiteral("line 2: !expect-data"));
    const LineScript bad = LineScript::parse(u"!lockstep maybe");
    QCOMPARE(bad.errors().size(), 1);
    QVERIFY(bad.errors().first().contains(QStringLiteral("line 1")));
}

QTEST_GUILESS_MAIN(tst_ScriptedSmtpServer)
#include "tst_ScriptedSmtpServer.moc"
