// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The POP3 engine against a scripted server, for what a real server will not do on demand:
// garbage, drops, stalls, odd response codes, missing capabilities, STLS injection.
#include "NetTestClient.h"
#include "tests/support/ScriptedPop3Server.h"
#include "tests/support/TestCertificate.h"

#include <QTcpServer>
#include <QTest>

using namespace postbag;
using namespace postbag::pop3;
using namespace postbag::testing;

namespace {
// The opening every transaction-state test shares: greeting, CAPA, USER/PASS accepted.
const char* kLoggedIn = R"(
S: +OK scripted ready
C: CAPA
S: +OK
S: USER
S: UIDL
S: TOP
S: .
C: USER bob
S: +OK
C: PASS pw
S: +OK
C: CAPA
S: +OK
S: USER
S: UIDL
S: TOP
S: .
)";
QString loggedIn(QStringView rest)
{
    return QString::fromLatin1(kLoggedIn) + rest;
}
} // namespace

class tst_ClientFaults : public QObject
{
    Q_OBJECT

    ScriptedPop3Server* m_server = nullptr;

    Outcome<LoginInfo> login(NetTestClient& c, Security security = Security::None, int timeoutMs = 10000,
                             QByteArray pin = {})
    {
        Outcome<LoginInfo> out;
        LoginOptions o = loginAs(QStringLiteral("bob"), QStringLiteral("pw"), true, AuthMethod::UserPass);
        o.responseTimeoutMs = timeoutMs;
        c.client->connectAndLogin(endpoint(m_server->port(), security, pin), o, out.callback());
        [&] { POSTBAG_WAIT(out); }();
        return out;
    }

    QByteArray details(const NetTestClient& c) const
    {
        return c.logText + "\n--- server ---\n" + m_server->transcript().toUtf8();
    }

private Q_SLOTS:
    void init() { m_server = new ScriptedPop3Server(this); }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void garbageGreeting()
    {
        m_server->addConnection(u"S: SSH-2.0-OpenSSH_9.2\n!expect-close");
        NetTestClient c;
        auto out = login(c);
        QCOMPARE(out.code(), ErrorCode::MalformedResponse);
        QTRY_VERIFY(m_server->isDone());
    }

    void aPendingSecretStopsTheWayInBeforeAuthentication()
    {
        m_server->addConnection(QString::fromLatin1(kLoggedIn));
        NetTestClient c;
        Outcome<LoginInfo> out;
        LoginOptions o = loginAs(QStringLiteral("bob"), QString(), true, AuthMethod::UserPass);
        o.secretPending = true;
        c.client->connectAndLogin(endpoint(m_server->port(), Security::None), o, out.callback());
        QTRY_VERIFY2(c.logText.endsWith("S: .\n"), c.logText.constData()); // CAPA answered
        QVERIFY(!out.done());
        QVERIFY(!c.logText.contains("C: USER"));
        c.client->provideSecret(QStringLiteral("pw"));
        POSTBAG_WAIT(out);
        QVERIFY2(out.ok(), details(c).constData());
        QVERIFY2(m_server->mismatches().isEmpty(), details(c).constData());
    }

    void eightBitGarbageGreeting()
    {
        m_server->addConnection(u"!garbage 300\n!raw \\r\\n\n!expect-close");
        NetTestClient c;
        QCOMPARE(login(c).code(), ErrorCode::MalformedResponse);
    }

    void eightBitTextInAnErrorIsKept()
    {
        m_server->addConnection(u"S: +OK hi\nC: CAPA\n!raw -ERR \\xe9chec \\xff\\r\\n\nC: USER bob\nS: +OK\nC: PASS pw\n!raw -ERR [SYS/TEMP] \\xfcberlastet\\r\\n\n!expect-close");
        NetTestClient c;
        auto out = login(c);
        QCOMPARE(out.code(), ErrorCode::ServerTemporary);
        QCOMPARE(out.error().serverText, QString::fromLatin1("\xfc" "berlastet"));
    }

    void loginFailuresAreTypedAndTemporaryOnesAreNotWrongPasswords_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<bool>("temporary");
        QTest::newRow("in-use") << QStringLiteral("-ERR [IN-USE] mailbox locked") << ErrorCode::MailboxInUse << true;
        QTest::newRow("login-delay") << QStringLiteral("-ERR [LOGIN-DELAY] wait 5 minutes") << ErrorCode::LoginDelay << true;
        QTest::newRow("sys/temp") << QStringLiteral("-ERR [SYS/TEMP] backend down") << ErrorCode::ServerTemporary << true;
        QTest::newRow("auth") << QStringLiteral("-ERR [AUTH] bad password") << ErrorCode::WrongCredentials << false;
    }
    void loginFailuresAreTypedAndTemporaryOnesAreNotWrongPasswords()
    {
        QFETCH(QString, reply);
        QFETCH(ErrorCode, code);
        QFETCH(bool, temporary);
        m_server->addConnection(QStringLiteral("S: +OK hi\nC: CAPA\nS: +OK\nS: USER\nS: RESP-CODES\nS: AUTH-RESP-CODE\nS: .\n"
                                               "C: USER bob\nS: +OK\nC: PASS pw\nS: %1\n!expect-close").arg(reply));
        NetTestClient c;
        auto out = login(c);
        QCOMPARE(out.code(), code);
        QCOMPARE(out.error().isTemporary(), temporary);
        QTRY_VERIFY(m_server->isDone());
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    void connectionClosedMidRetr()
    {
        m_server->addConnection(loggedIn(u"C: RETR 1\nS: +OK\nS: Subject: cut\nS: \nS: half a bo\n!close"));
        NetTestClient c;
        QVERIFY2(login(c).ok(), details(c).constData());
        Outcome<qint64> retr;
        QByteArray body;
        c.session().retr(1, [&](QByteArrayView b) { body += b; }, retr.callback());
        POSTBAG_WAIT(retr);
        QCOMPARE(retr.code(), ErrorCode::UnexpectedEnd);
        QVERIFY(body.startsWith("Subject: cut"));
    }

    void missingTerminatorAtEof()
    {
        m_server->addConnection(loggedIn(u"C: RETR 1\nS: +OK\nS: Subject: x\nS: \nS: body\n!close"));
        NetTestClient c;
        QVERIFY(login(c).ok());
        Outcome<qint64> retr;
        c.session().retr(1, [](QByteArrayView) {}, retr.callback());
        POSTBAG_WAIT(retr);
        QCOMPARE(retr.code(), ErrorCode::UnexpectedEnd);
    }

    void stalledServerHitsTheDeadline()
    {
        m_server->addConnection(loggedIn(u"C: STAT\n!stall 10000\nS: +OK 1 1"));
        NetTestClient c;
        QVERIFY(login(c, Security::None, 400).ok());
        Outcome<StatInfo> stat;
        c.session().stat(stat.callback());
        POSTBAG_WAIT(stat);
        QCOMPARE(stat.code(), ErrorCode::ResponseTimeout);
    }

    void slowButSteadyRetrIsNotTimedOut()
    {
        // 600 bytes at one byte per event-loop turn with a 1 ms pause: well over the 200 ms
        // deadline in total, but no single gap comes near it.
        QString script = loggedIn(u"C: RETR 1\nS: +OK\n!bytewise on\n");
        for (int i = 0; i < 20; ++i)
            script += u"S: line of steady data number " + QString::number(i) + u'\n';
        script += u"S: .\n!bytewise off\nC: QUIT\nS: +OK\n";
        m_server->addConnection(script);
        NetTestClient c;
        QVERIFY(login(c, Security::None, 200).ok());
        Outcome<qint64> retr;
        c.session().retr(1, [](QByteArrayView) {}, retr.callback());
        QTRY_VERIFY_WITH_TIMEOUT(retr.done(), 20000);
        QVERIFY2(retr.ok(), retr.result->ok() ? "" : qPrintable(retr.error().toLogString()));
        QVERIFY(retr.value() > 600);
    }

    void serverWithoutUidlOrTop()
    {
        m_server->addConnection(u"S: +OK hi\nC: CAPA\nS: +OK\nS: USER\nS: .\nC: USER bob\nS: +OK\nC: PASS pw\nS: +OK\n"
                                u"C: CAPA\nS: +OK\nS: USER\nS: .\nC: UIDL\nS: -ERR unknown command\nC: TOP 1 0\nS: -ERR unknown command\n"
                                u"C: UIDL 1\nS: -ERR unknown command\nC: QUIT\nS: +OK");
        NetTestClient c;
        QVERIFY(login(c).ok());
        Outcome<Listing<UidlEntry>> uidl;
        Outcome<qint64> top;
        Outcome<UidlEntry> uidlOne;
        Outcome<Ok> quit;
        c.session().uidl(uidl.callback());
        c.session().top(1, 0, [](QByteArrayView) {}, top.callback());
        c.session().uidl(1, uidlOne.callback());
        c.client->quit(quit.callback());
        POSTBAG_WAIT(quit);
        QCOMPARE(uidl.code(), ErrorCode::CommandUnsupported);
        QCOMPARE(top.code(), ErrorCode::CommandUnsupported);
        QCOMPARE(uidlOne.code(), ErrorCode::CommandUnsupported);
        QVERIFY(quit.ok());
    }

    void stlsRequiredButNotOfferedNeverSendsCredentials()
    {
        m_server->addConnection(u"S: +OK hi\nC: CAPA\nS: +OK\nS: USER\nS: SASL PLAIN\nS: .\n!expect-close");
        NetTestClient c;
        auto out = login(c, Security::StartTls);
        QCOMPARE(out.code(), ErrorCode::StlsUnavailable);
        QTRY_VERIFY(m_server->isDone());
        for (const QByteArray& line : m_server->receivedLines())
            QVERIFY2(!line.startsWith("USER") && !line.startsWith("PASS") && !line.startsWith("AUTH"), line.constData());
    }

    void stlsRefusedIsNotAFallbackToPlaintext()
    {
        m_server->addConnection(u"S: +OK hi\nC: CAPA\nS: +OK\nS: STLS\nS: USER\nS: .\nC: STLS\nS: -ERR TLS not available\n!expect-close");
        NetTestClient c;
        QCOMPARE(login(c, Security::StartTls).code(), ErrorCode::StlsUnavailable);
        QTRY_VERIFY(m_server->isDone());
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    void bytesInjectedAfterStlsAreDiscarded()
    {
        m_server->addConnection(uR"(
S: +OK hi
C: CAPA
S: +OK
S: STLS
S: USER
S: .
C: STLS
!raw +OK Begin TLS\r\n+OK\r\nINJECTED-CAPABILITY\r\n.\r\n-ERR injected\r\n
!starttls
C: CAPA
S: +OK
S: USER
S: .
C: USER bob
S: +OK
C: PASS pw
S: +OK
C: CAPA
S: +OK
S: USER
S: .
)");
        NetTestClient c;
        auto out = login(c, Security::StartTls, 10000, TestCertificate::shared().sha256());
        QVERIFY2(out.ok(), details(c).constData());
        QVERIFY(out.value().encrypted);
        QCOMPARE(out.value().capabilities.lines, QList<QByteArray>{"USER"});
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    void overlongStatusLine()
    {
        Pop3Script script = Pop3Script::parse(loggedIn(u"C: STAT"));
        script.send("+OK " + QByteArray(100000, '9') + "\r\n").expectClose();
        m_server->addConnection(script);
        NetTestClient c;
        QVERIFY(login(c).ok());
        Outcome<StatInfo> stat;
        c.session().stat(stat.callback());
        POSTBAG_WAIT(stat);
        QCOMPARE(stat.code(), ErrorCode::LineTooLong);
    }

    void garbageUnderPipeliningIsDetected()
    {
        // A server that announces PIPELINING but mixes answers up when commands arrive together.
        m_server->addConnection(uR"(
S: +OK hi
C: CAPA
S: +OK
S: USER
S: PIPELINING
S: .
C: USER bob
S: +OK
C: PASS pw
S: +OK
C: CAPA
S: +OK
S: USER
S: PIPELINING
S: .
C: RETR 1
C: RETR 2
S: +OK
S: first
S: +OK
S: )" u"\x01\x02" uR"( confused
!close
)");
        NetTestClient c;
        QVERIFY(login(c).ok());
        Outcome<qint64> a, b;
        c.session().retr(1, [](QByteArrayView) {}, a.callback());
        c.session().retr(2, [](QByteArrayView) {}, b.callback());
        POSTBAG_WAIT(b);
        QCOMPARE(c.maxBodiesInFlight(), 2);           // pipelined: both went before any answer
        QCOMPARE(b.code(), ErrorCode::UnexpectedEnd); // the garbage went into message 1's body
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        NetTestClient c;
        Outcome<LoginInfo> out;
        c.client->connectAndLogin(endpoint(closedPort, Security::None), loginAs(QStringLiteral("u"), QStringLiteral("p")), out.callback());
        POSTBAG_WAIT(out);
        QCOMPARE(out.code(), ErrorCode::ConnectionRefused);
        QCOMPARE(out.error().kind, ErrorKind::Transport);
    }

    void abortCancelsEverythingPending()
    {
        m_server->addConnection(loggedIn(u"C: STAT\n!stall 5000\nS: +OK 0 0"));
        NetTestClient c;
        QVERIFY(login(c).ok());
        Outcome<StatInfo> stat;
        Outcome<Ok> dele;
        c.session().stat(stat.callback());
        c.session().dele(1, dele.callback());
        c.client->abort();
        QCOMPARE(stat.code(), ErrorCode::Cancelled);
        QCOMPARE(dele.code(), ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(tst_ClientFaults)
#include "tst_ClientFaults.moc"
