// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Self-test of ScriptedPop3Server: every directive, checked with a raw socket client.
#include "tests/support/ScriptedPop3Server.h"
#include "tests/support/TestCertificate.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QThread>

using postbag::testing::Pop3Script;
using postbag::testing::ScriptedPop3Server;
using postbag::testing::TestCertificate;

namespace {

constexpr int kTimeout = 10000;

// Collects what the server sends and counts the reads it took.
class RawClient
{
public:
    RawClient()
    {
        QObject::connect(&socket, &QSslSocket::readyRead, [this] {
            data += socket.readAll();
            ++reads;
        });
        QObject::connect(&socket, &QSslSocket::sslErrors, [this](const QList<QSslError>&) {
            if (socket.peerCertificate().digest(QCryptographicHash::Sha256) ==
                TestCertificate::shared().sha256())
                socket.ignoreSslErrors(TestCertificate::shared().expectedSslErrors());
        });
    }
    bool connectTo(const ScriptedPop3Server& server, bool tls = false)
    {
        if (tls)
            socket.connectToHostEncrypted(server.host(), server.port());
        else
            socket.connectToHost(server.host(), server.port());
        return QTest::qWaitFor(
            [&] {
                return tls ? socket.isEncrypted()
                           : socket.state() == QAbstractSocket::ConnectedState;
            },
            kTimeout);
    }
    bool waitFor(const QByteArray& text)
    {
        return QTest::qWaitFor([&] { return data.contains(text); }, kTimeout);
    }
    bool waitClosed()
    {
        return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                               kTimeout);
    }
    void send(const QByteArray& line) { socket.write(line + "\r\n"); }

    QSslSocket socket;
    QByteArray data;
    int reads = 0;
};

} // namespace

class tst_ScriptedPop3Server : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transcriptPlaysAndRecordsLines();
    void mismatchIsRecordedAndCloses();
    void lineAfterScriptEndIsMismatch();
    void parseErrorsAreMismatches();
    void wildcardPatterns();
    void bytewiseArrivesInManyReads();
    void lfOnlyLineEndings();
    void rawAndGarbageBytes();
    void stlsWithInjectedPlaintext();
    void closeMidResponse();
    void stallDelaysTheScript();
    void successiveConnectionsGetTheirScripts();
    void implicitTls();
    void expectClose();
    void largeBodyBuiltInCpp();
    void clientInAnotherThread();
};

void tst_ScriptedPop3Server::transcriptPlaysAndRecordsLines()
{
    ScriptedPop3Server server;
    QVERIFY(server.isListening());
    server.addConnection(uR"(
# a complete, happy session
S: +OK POP3 ready <1896.697170952@dbc.mtview.ca.us>
C: CAPA
S: +OK
S: USER
S: .
C: USER alice
S: +OK
C: PASS *
S: +OK logged in
C: QUIT
S: +OK bye
!close
)");
    QSignalSpy finished(&server, &ScriptedPop3Server::connectionFinished);
    RawClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("ready"));
    for (const char* line : {"CAPA", "USER alice", "PASS s3cret", "QUIT"})
        client.send(line);
    QVERIFY(client.waitClosed());
    QCOMPARE(client.data,
             QByteArray("+OK POP3 ready <1896.697170952@dbc.mtview.ca.us>\r\n+OK\r\nUSER\r\n.\r\n"
                        "+OK\r\n+OK logged in\r\n+OK bye\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    QCOMPARE(finished.first().first().toInt(), 0);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    QVERIFY(server.isDone());
    QCOMPARE(server.receivedLines(),
             (QList<QByteArray>{"CAPA", "USER alice", "PASS s3cret", "QUIT"}));
}

void tst_ScriptedPop3Server::mismatchIsRecordedAndCloses()
{
    ScriptedPop3Server server;
    server.addConnection(u"S: +OK hi\nC: USER alice\nS: +OK\n");
    RawClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("+OK hi\r\n"));
    client.send("USER bob");
    QVERIFY(client.waitClosed());
    QCOMPARE(client.data, QByteArray("+OK hi\r\n"));
    QCOMPARE(server.mismatches().size(), 1);
    QVERIFY2(server.mismatches().first().contains(QStringLiteral("line 2")),
             qPrintable(server.mismatches().first()));
    QVERIFY(server.mismatches().first().contains(QStringLiteral("USER bob")));
    QVERIFY(!server.isDone());
}

void tst_ScriptedPop3Server::lineAfterScriptEndIsMismatch()
{
    ScriptedPop3Server server;
    server.addConnection(u"S: +OK hi");
    RawClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("+OK hi\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
    client.send("NOOP");
    QTRY_COMPARE_WITH_TIMEOUT(server.mismatches().size(), 1, kTimeout);
    QVERIFY(server.mismatches().first().contains(QStringLiteral("NOOP")));
}

void tst_ScriptedPop3Server::parseErrorsAreMismatches()
{
    const Pop3Script script =
        Pop3Script::parse(u"S: +OK\n!bogus 1\nX: nope\n!stall soon\n!raw \\q\n!bytewise maybe");
    QCOMPARE(script.errors().size(), 5);
    QCOMPARE(script.steps().size(), 1);
    ScriptedPop3Server server;
    server.addConnection(script);
    QCOMPARE(server.mismatches().size(), 5);
}

void tst_ScriptedPop3Server::wildcardPatterns()
{
    QVERIFY(Pop3Script::matches("PASS *", "PASS secret"));
    QVERIFY(Pop3Script::matches("PASS *", "PASS "));
    QVERIFY(!Pop3Script::matches("PASS *", "PASS"));
    QVERIFY(Pop3Script::matches("*", ""));
    QVERIFY(Pop3Script::matches("AUTH * *=", "AUTH PLAIN AGFsaWNlAHNlY3JldA=="));
    QVERIFY(Pop3Script::matches("TOP [1] ?", "TOP [1] ?")); // only '*' is special
    QVERIFY(!Pop3Script::matches("TOP [1] ?", "TOP 1 0"));
    QVERIFY(!Pop3Script::matches("USER alice", "USER alice2"));
}

void tst_ScriptedPop3Server::bytewiseArrivesInManyReads()
{
    const QByteArray line = "+OK this line arrives one byte per read";
    ScriptedPop3Server server;
    server.addConnection(Pop3Script().bytewise(true).line(line).bytewise(false).line("+OK whole"));
    RawClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("+OK whole\r\n"));
    QCOMPARE(client.data, line + "\r\n+OK whole\r\n");
    QVERIFY2(client.reads > line.size() / 2, qPrintable(QString::number(client.reads)));
    QVERIFY(server.isDone());
}

void tst_ScriptedPop3Server::lfOnlyLineEndings()
{
    ScriptedPop3Server server;
    server.addConnection(u"!lf-only on\nS: +OK a\nS: .\n!lf-only off\nS: +OK b");
    RawClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("+OK b\r\n"));
    QCOMPARE(client.data, QByteArray("+OK a\n.\n+OK b\r\n"));
}

void tst_ScriptedPop3Server::rawAndGarbageBytes()
{
    const QByteArray garbage = Pop3Script::garbageBytes(64);
    QCOMPARE(garbage.size(), 64);
    QCOMPARE(garbage, Pop3Script::garbageBytes(64)); // deterministic
    QVERIFY(garbage.contains('\0'));
    QVERIFY(!garbage.contains('\n') && !garbage.contains('\r'));
    QVERIFY(std::count_if(garbage.cbegin(), garbage.cend(),
                          [](char c) { return quint8(c) >= 0x80; }) > 10);

    ScriptedPop3Server server;
    server.addConnection(uR"(!raw +OK\x00\xFF\\\t end\r\n
!garbage 64
!close)");
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    RawClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitClosed());
    QCOMPARE(client.data, QByteArray("+OK\0\xFF\\\t end\r\n", 13) + garbage);
}

void tst_ScriptedPop3Server::stlsWithInjectedPlaintext()
{
    ScriptedPop3Server server;
    server.addConnection(uR"(
S: +OK POP3 ready
C: CAPA
S: +OK
S: STLS
S: .
C: STLS
S: +OK begin TLS
!raw +OK injected\r\n
!starttls
C: CAPA
S: +OK
S: .
C: PASS *
S: +OK
)");
    RawClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("+OK POP3 ready\r\n"));
    client.send("CAPA");
    QVERIFY(client.waitFor("STLS\r\n.\r\n"));
    client.send("STLS");
    // The injected line arrives in plaintext, right behind the +OK, before any handshake.
    QVERIFY(client.waitFor("+OK begin TLS\r\n+OK injected\r\n"));
    client.data.clear();
    client.socket.startClientEncryption();
    QTRY_VERIFY_WITH_TIMEOUT(client.socket.isEncrypted(), kTimeout);
    QCOMPARE(client.socket.peerCertificate().digest(QCryptographicHash::Sha256),
             TestCertificate::shared().sha256());
    client.send("CAPA");
    client.send("PASS secret");
    QVERIFY(client.waitFor("+OK\r\n.\r\n+OK\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    QCOMPARE(server.receivedLines(), (QList<QByteArray>{"CAPA", "STLS", "CAPA", "PASS secret"}));
}

void tst_ScriptedPop3Server::closeMidResponse()
{
    ScriptedPop3Server server;
    server.addConnection(uR"(S: +OK
C: RETR 1
S: +OK 100 octets
!raw Subject: cut off\r\n\r\nhalf a li
!close
)");
    RawClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("+OK\r\n"));
    client.send("RETR 1");
    QVERIFY(client.waitClosed());
    QCOMPARE(client.data, QByteArray("+OK\r\n+OK 100 octets\r\nSubject: cut off\r\n\r\nhalf a li"));
    QVERIFY(server.isDone());
    QVERIFY(server.mismatches().isEmpty());
}

void tst_ScriptedPop3Server::stallDelaysTheScript()
{
    ScriptedPop3Server server;
    server.addConnection(u"S: +OK first\n!stall 300\nS: +OK second");
    RawClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("+OK first\r\n"));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.data, QByteArray("+OK first\r\n")); // not yet the second line
    QVERIFY(client.waitFor("+OK second\r\n"));
    QVERIFY2(timer.elapsed() >= 200, qPrintable(QString::number(timer.elapsed())));
}

void tst_ScriptedPop3Server::successiveConnectionsGetTheirScripts()
{
    ScriptedPop3Server server;
    server.addConnection(u"S: +OK one\n!close");
    server.addConnection(u"S: +OK two\nC: QUIT\nS: +OK bye\n!close");
    QSignalSpy finished(&server, &ScriptedPop3Server::connectionFinished);
    RawClient first;
    QVERIFY(first.connectTo(server));
    QVERIFY(first.waitClosed());
    QCOMPARE(first.data, QByteArray("+OK one\r\n"));
    RawClient second;
    QVERIFY(second.connectTo(server));
    QVERIFY(second.waitFor("+OK two\r\n"));
    second.send("QUIT");
    QVERIFY(second.waitClosed());
    QCOMPARE(second.data, QByteArray("+OK two\r\n+OK bye\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeout);
    QCOMPARE(finished.at(1).first().toInt(), 1);
    QVERIFY(server.isDone());
    QVERIFY(server.mismatches().isEmpty());
    QCOMPARE(server.receivedBytes(1), QByteArray("QUIT\r\n"));

    RawClient third; // nothing scripted for it
    QVERIFY(third.connectTo(server));
    QVERIFY(third.waitClosed());
    QTRY_COMPARE_WITH_TIMEOUT(server.mismatches().size(), 1, kTimeout);
    QVERIFY(server.mismatches().first().contains(QStringLiteral("unexpected connection")));
}

void tst_ScriptedPop3Server::implicitTls()
{
    ScriptedPop3Server server;
    server.setImplicitTls(true);
    server.addConnection(u"S: +OK secure\nC: QUIT\nS: +OK bye\n!close");
    RawClient client;
    QVERIFY2(client.connectTo(server, true), qPrintable(client.socket.errorString()));
    QVERIFY(client.socket.sessionProtocol() == QSsl::TlsV1_2 ||
            client.socket.sessionProtocol() == QSsl::TlsV1_3);
    QVERIFY(client.waitFor("+OK secure\r\n"));
    client.send("QUIT");
    QVERIFY(client.waitClosed());
    QCOMPARE(client.data, QByteArray("+OK secure\r\n+OK bye\r\n"));
    QVERIFY(server.isDone());
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
}

void tst_ScriptedPop3Server::expectClose()
{
    ScriptedPop3Server server;
    server.addConnection(u"S: +OK\n!expect-close");
    server.addConnection(u"S: +OK\n!expect-close");
    RawClient polite;
    QVERIFY(polite.connectTo(server));
    QVERIFY(polite.waitFor("+OK\r\n"));
    QVERIFY(!server.isDone());
    polite.socket.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(server.finishedCount(), 1, kTimeout);
    QVERIFY(server.mismatches().isEmpty());

    RawClient chatty;
    QVERIFY(chatty.connectTo(server));
    QVERIFY(chatty.waitFor("+OK\r\n"));
    chatty.send("NOOP");
    QTRY_COMPARE_WITH_TIMEOUT(server.mismatches().size(), 1, kTimeout);
    QVERIFY(server.mismatches().first().contains(QStringLiteral("while a close was expected")));
}

void tst_ScriptedPop3Server::largeBodyBuiltInCpp()
{
    QByteArray body;
    for (int i = 0; body.size() < 5 * 1024 * 1024; ++i)
        body += "line " + QByteArray::number(i) + " of a big message\r\n";
    ScriptedPop3Server server;
    server.addConnection(Pop3Script::parse(u"S: +OK\nC: RETR 1\nS: +OK big")
                             .send(body)
                             .line(".")
                             .expect("QUIT")
                             .close());
    RawClient client;
    QVERIFY(client.connectTo(server));
    client.send("RETR 1");
    QVERIFY(QTest::qWaitFor([&] { return client.data.endsWith("\r\n.\r\n"); }, 30000));
    QCOMPARE(client.data, "+OK\r\n+OK big\r\n" + body + ".\r\n");
    client.send("QUIT");
    QVERIFY(client.waitClosed());
    QVERIFY(server.isDone());
}

void tst_ScriptedPop3Server::clientInAnotherThread()
{
    ScriptedPop3Server server;
    server.addConnection(
        u"S: +OK hi\nC: CAPA\n!bytewise on\nS: +OK\nS: .\nC: QUIT\nS: +OK bye\n!close");
    const quint16 port = server.port();
    QByteArray seen;
    // Blocking socket calls are fine here: this thread has no event loop the server needs.
    QThread* thread = QThread::create([port, &seen] {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(kTimeout))
            return;
        auto readUntil = [&](const QByteArray& end) {
            while (!seen.endsWith(end) && socket.waitForReadyRead(kTimeout))
                seen += socket.readAll();
        };
        readUntil("+OK hi\r\n");
        socket.write("CAPA\r\n");
        readUntil(".\r\n");
        socket.write("QUIT\r\n");
        readUntil("+OK bye\r\n");
        socket.waitForDisconnected(kTimeout);
    });
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), kTimeout * 2);
    delete thread;
    QCOMPARE(seen, QByteArray("+OK hi\r\n+OK\r\n.\r\n+OK bye\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
}

QTEST_GUILESS_MAIN(tst_ScriptedPop3Server)
#include "tst_ScriptedPop3Server.moc"
