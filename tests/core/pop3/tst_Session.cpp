// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include "core/pop3/Session.h"

#include <QSignalSpy>
#include <QTest>

using namespace postbag;
using namespace postbag::pop3;
using namespace postbag::pop3::testing;

namespace {
QByteArray eol(Delivery d)
{
    return d == Delivery::LfOnly ? "\n" : "\r\n";
}

// A session that has been greeted and logged in with USER/PASS, for transaction-state tests.
void login(Session& s, Transcript& t)
{
    s.start([](Result<Greeting>) {});
    s.user(QStringLiteral("bob"), [](Status) {});
    s.pass(QStringLiteral("secret"), [](Status) {});
    QCOMPARE(t.play(R"(
S: +OK ready
C: USER bob
S: +OK
C: PASS secret
S: +OK logged in
)"), QString());
    QCOMPARE(s.state(), Session::State::Transaction);
}
} // namespace

class tst_Session : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void greetingAndCapabilities_data() { addDeliveryRows(); }
    void greetingAndCapabilities()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        Outcome<Greeting> greeting;
        Outcome<Capabilities> caps;
        s.start(greeting.callback());
        s.capa(caps.callback());
        QCOMPARE(t.play(R"(
S: +OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>
C: CAPA
S: +OK Capability list follows
S: TOP
S: USER
S: SASL PLAIN cram-md5
S: RESP-CODES
S: AUTH-RESP-CODE
S: PIPELINING
S: STLS
S: UIDL
S: EXPIRE NEVER
S: LOGIN-DELAY 900
S: IMPLEMENTATION Shlemazle-Plotz-v302
S: UTF8
S: .
)"), QString());
        QVERIFY(greeting.ok());
        QCOMPARE(greeting.result->value().apopTimestamp, QByteArray("<1896.697170952@dbc.mtview.ca.us>"));
        QVERIFY(caps.ok());
        const Capabilities& c = caps.result->value();
        QVERIFY(c.known && c.top && c.user && c.respCodes && c.authRespCode && c.pipelining);
        QVERIFY(c.stls && c.uidl && c.utf8);
        QCOMPARE(c.saslMechanisms, QStringList({QStringLiteral("PLAIN"), QStringLiteral("CRAM-MD5")}));
        QCOMPARE(c.expireDays, std::optional<int>(-1));
        QCOMPARE(c.loginDelaySeconds, std::optional<int>(900));
        QCOMPARE(c.implementation, QStringLiteral("Shlemazle-Plotz-v302"));
    }

    void capaUnsupportedIsACommandError()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        Outcome<Capabilities> caps;
        s.start([](Result<Greeting>) {});
        s.capa(caps.callback());
        QCOMPARE(t.play("S: +OK hi\nC: CAPA\nS: -ERR unknown command\n"), QString());
        QCOMPARE(caps.code(), ErrorCode::CommandUnsupported);
        QCOMPARE(s.state(), Session::State::Authorization);
    }

    void garbageGreetingFailsTheSession_data() { addDeliveryRows(); }
    void garbageGreetingFailsTheSession()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        QSignalSpy failed(&s, &Session::failed);
        Outcome<Greeting> greeting;
        s.start(greeting.callback());
        QCOMPARE(t.play("S: 220 smtp.example.com ESMTP\n"), QString());
        QCOMPARE(greeting.code(), ErrorCode::MalformedResponse);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(s.state(), Session::State::Failed);
    }

    void errGreetingKeepsResponseCode()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        Outcome<Greeting> greeting;
        s.start(greeting.callback());
        QCOMPARE(t.play("S: -ERR [SYS/TEMP] too many connections\n"), QString());
        QCOMPARE(greeting.code(), ErrorCode::ServerTemporary);
        QCOMPARE(greeting.result->error().serverText, QStringLiteral("too many connections"));
    }

    void transactionTranscript_data() { addDeliveryRows(); }
    void transactionTranscript()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        login(s, t);
        Outcome<StatInfo> stat;
        Outcome<Listing<ListEntry>> list;
        Outcome<Listing<UidlEntry>> uidl;
        Outcome<qint64> retr;
        Outcome<Ok> dele, quit;
        QByteArray body;
        s.stat(stat.callback());
        s.list(list.callback());
        s.uidl(uidl.callback());
        s.retr(1, [&](QByteArrayView c) { body += c; }, retr.callback());
        s.dele(1, dele.callback());
        s.quit(quit.callback());
        QCOMPARE(t.play(R"(
C: STAT
S: +OK 2 320
C: LIST
S: +OK 2 messages (320 octets)
S: 1 120
S: 2 200
S: .
C: UIDL
S: +OK
S: 1 whqtswO00WBw418f9t5JxYwZ
S: 2 QhdPYR:00WBw1Ph7x7
S: .
C: RETR 1
S: +OK 120 octets
S: Subject: hello
S:
S: ..a line starting with a dot
S: .
C: DELE 1
S: +OK message 1 deleted
C: QUIT
S: +OK dewey POP3 server signing off (1 message left)
)"), QString());
        QCOMPARE(stat.result->value().count, 2);
        QCOMPARE(stat.result->value().octets, qint64(320));
        QCOMPARE(list.result->value().entries.size(), 2);
        QCOMPARE(list.result->value().entries[1].octets, qint64(200));
        QCOMPARE(uidl.result->value().entries[1].uid, QByteArray("QhdPYR:00WBw1Ph7x7"));
        const QByteArray e = eol(delivery);
        QCOMPARE(body, "Subject: hello" + e + e + ".a line starting with a dot" + e);
        QCOMPARE(retr.result->value(), qint64(body.size()));
        QVERIFY(dele.ok());
        QVERIFY(quit.ok());
        QCOMPARE(s.state(), Session::State::Update);
        s.connectionClosed();
        QCOMPARE(s.state(), Session::State::Closed);
    }

    void singleForms_data() { addDeliveryRows(); }
    void singleForms()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        login(s, t);
        Outcome<ListEntry> list;
        Outcome<UidlEntry> uidl, missing;
        Outcome<qint64> top;
        Outcome<Ok> noop, rset;
        QByteArray headers;
        s.list(2, list.callback());
        s.uidl(2, uidl.callback());
        s.uidl(9, missing.callback());
        s.top(2, 0, [&](QByteArrayView c) { headers += c; }, top.callback());
        s.noop(noop.callback());
        s.rset(rset.callback());
        QCOMPARE(t.play(R"(
C: LIST 2
S: +OK 2 200
C: UIDL 2
S: +OK 2 QhdPYR:00WBw1Ph7x7
C: UIDL 9
S: -ERR no such message, only 2 messages in maildrop
C: TOP 2 0
S: +OK
S: From: a@example.org
S:
S: .
C: NOOP
S: +OK
C: RSET
S: +OK maildrop has 2 messages
)"), QString());
        QCOMPARE(list.result->value().number, 2);
        QCOMPARE(list.result->value().octets, qint64(200));
        QCOMPARE(uidl.result->value().uid, QByteArray("QhdPYR:00WBw1Ph7x7"));
        QCOMPARE(missing.code(), ErrorCode::NoSuchMessage);
        QCOMPARE(headers, "From: a@example.org" + eol(delivery) + eol(delivery));
        QVERIFY(noop.ok() && rset.ok());
    }

    void malformedListingLinesAreRecordedNotFatal_data() { addDeliveryRows(); }
    void malformedListingLinesAreRecordedNotFatal()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        login(s, t);
        Outcome<Listing<UidlEntry>> uidl;
        Outcome<StatInfo> stat;
        s.uidl(uidl.callback());
        s.stat(stat.callback());
        QCOMPARE(t.play(R"(
C: UIDL
S: +OK
S: 1 good-one
S: two bad
S: 3
S: 4 has\x01control
S: 5 also-good
S: 6 caf\xe9-8bit
S: 7 with  a space
S: .
C: STAT
S: +OK 5 1000
)"),
                 QString());
        const auto& l = uidl.result->value();
        QCOMPARE(l.entries.size(), 4);
        QCOMPARE(l.entries[1].number, 5);
        // Out of RFC 1939's range, yet an id the server keeps: taken as it is; after a space,
        // the first word, as profiles made earlier recorded it.
        QCOMPARE(l.entries[2].uid, QByteArray("caf\xe9-8bit"));
        QCOMPARE(l.entries[3].uid, QByteArray("with"));
        QCOMPARE(l.malformedLines.size(), 3);
        QVERIFY(stat.ok()); // still in step after the bad lines
    }

    void anAnswerLongerThanItsCapFailsAloneAndTheNextIsReadInStep_data() { addDeliveryRows(); }
    void anAnswerLongerThanItsCapFailsAloneAndTheNextIsReadInStep()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        login(s, t);
        Outcome<qint64> big, top, small;
        QByteArray bigBytes, topBytes, smallBytes;
        s.retr(
            1, [&](QByteArrayView c) { bigBytes += c; }, big.callback(), 40);
        s.top(
            1, 0, [&](QByteArrayView c) { topBytes += c; }, top.callback(), 20);
        s.retr(
            2, [&](QByteArrayView c) { smallBytes += c; }, small.callback(), 40);
        QCOMPARE(t.play(R"(
C: RETR 1
S: +OK
S: Subject: longer than the forty bytes this one may have
S:
S: ..body
S: .
C: TOP 1 0
S: +OK
S: Subject: longer than twenty
S:
S: .
C: RETR 2
S: +OK
S: Subject: fits
S:
S: .
)"),
                 QString());
        QCOMPARE(big.code(), ErrorCode::MessageTooLarge);
        QCOMPARE(top.code(), ErrorCode::MessageTooLarge);
        QVERIFY(bigBytes.size() <= 40); // nothing reached the sink beyond the cap
        QVERIFY(topBytes.size() <= 20);
        QVERIFY(small.ok());
        QCOMPARE(smallBytes, "Subject: fits" + eol(delivery) + eol(delivery));
        QVERIFY(s.state() == Session::State::Transaction);
    }

    void aListingKeepsAtMostItsCapAndReadsTheRestInStep_data() { addDeliveryRows(); }
    void aListingKeepsAtMostItsCapAndReadsTheRestInStep()
    {
        QFETCH(Delivery, delivery);
        if (delivery == Delivery::ByteByByte)
            QSKIP("half a million lines one byte at a time: the reader's byte-wise reading of "
                  "listings is covered by the other listing tests");
        constexpr qsizetype kCap = Listing<UidlEntry>::kMaxListingLines;
        Session s;
        Transcript t(s, delivery);
        login(s, t);
        Outcome<Listing<UidlEntry>> uidl;
        Outcome<StatInfo> stat;
        s.uidl(uidl.callback());
        s.stat(stat.callback());
        QByteArray lines = QByteArray("+OK") + eol(delivery) + "one malformed" + eol(delivery);
        for (qsizetype i = 2; i <= kCap + 5; ++i)
            lines += QByteArray::number(i) + " u" + QByteArray::number(i) + eol(delivery);
        lines += "." + eol(delivery);
        t.addRaw("listing", lines);
        QCOMPARE(t.play(R"(
C: UIDL
S= listing
C: STAT
S: +OK 5 1000
)"),
                 QString());
        const auto& l = uidl.result->value();
        QCOMPARE(l.malformedLines.size() + l.entries.size(), kCap);
        QCOMPARE(l.omitted, qsizetype(5));
        QCOMPARE(l.entries.last().uid, "u" + QByteArray::number(kCap));
        QVERIFY(stat.ok()); // still in step
    }

    void responseCodesAreTyped_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("authRespCode");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<bool>("temporary");
        QTest::newRow("in-use") << QByteArray("-ERR [IN-USE] Do you have another POP session running?") << true << ErrorCode::MailboxInUse << true;
        QTest::newRow("login-delay") << QByteArray("-ERR [LOGIN-DELAY] wait a while") << true << ErrorCode::LoginDelay << true;
        QTest::newRow("sys/temp") << QByteArray("-ERR [SYS/TEMP] try later") << true << ErrorCode::ServerTemporary << true;
        QTest::newRow("sys/temp/sub") << QByteArray("-ERR [SYS/TEMP/DB] try later") << true << ErrorCode::ServerTemporary << true;
        QTest::newRow("sys/perm") << QByteArray("-ERR [SYS/PERM] gone") << true << ErrorCode::ServerPermanent << false;
        QTest::newRow("auth") << QByteArray("-ERR [AUTH] Authentication failed.") << true << ErrorCode::WrongCredentials << false;
        QTest::newRow("no code, auth-resp-code server") << QByteArray("-ERR something odd") << true << ErrorCode::ServerRejected << false;
        QTest::newRow("no code, older server") << QByteArray("-ERR invalid password") << false << ErrorCode::WrongCredentials << false;
        QTest::newRow("8-bit text") << QByteArray("-ERR [SYS/TEMP] \xfc\xe9") << true << ErrorCode::ServerTemporary << true;
    }
    void responseCodesAreTyped()
    {
        QFETCH(QByteArray, reply);
        QFETCH(bool, authRespCode);
        QFETCH(ErrorCode, code);
        QFETCH(bool, temporary);
        Session s;
        Transcript t(s, Delivery::Whole);
        Outcome<Ok> user, pass;
        s.start([](Result<Greeting>) {});
        s.capa([](Result<Capabilities>) {});
        s.user(QStringLiteral("bob"), user.callback());
        s.pass(QStringLiteral("pw"), pass.callback());
        const QByteArray script = "S: +OK\nC: CAPA\nS: +OK\nS: USER\n" + QByteArray(authRespCode ? "S: AUTH-RESP-CODE\n" : "")
                                  + "S: .\nC: USER bob\nS: +OK\nC: PASS pw\nS: " + reply + "\n";
        QCOMPARE(t.play(script), QString());
        QCOMPARE(pass.code(), code);
        QCOMPARE(pass.result->error().isTemporary(), temporary);
        QCOMPARE(s.state(), Session::State::Authorization); // a command error leaves the session usable
        if (reply.contains('\xfc'))
            QCOMPARE(pass.result->error().serverText, QString::fromLatin1("\xfc\xe9"));
    }

    void pipeliningKeepsAWindowInFlight()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        login(s, t);
        s.setPipelining(true, 4);
        QList<int> order;
        for (int i = 1; i <= 6; ++i)
            s.retr(i, [](QByteArrayView) {}, [&order, i](Result<qint64> r) { if (r.ok()) order.append(i); });
        // Four commands go out before any answer; the socket coalesces them into one segment.
        QCOMPARE(t.unconsumed(), QByteArray("RETR 1\r\nRETR 2\r\nRETR 3\r\nRETR 4\r\n"));
        QCOMPARE(t.commandsWaiting(), 4);
        // Four answers in one read: the next two commands go out together, right after.
        QCOMPARE(t.play("C: RETR 1\nC: RETR 2\nC: RETR 3\nC: RETR 4\n"
                        "S: +OK\nS: a\nS: .\nS: +OK\nS: b\nS: .\nS: +OK\nS: c\nS: .\nS: +OK\nS: d\nS: .\n"), QString());
        QCOMPARE(t.unconsumed(), QByteArray("RETR 5\r\nRETR 6\r\n"));
        QCOMPARE(t.play("C: RETR 5\nC: RETR 6\nS: +OK\nS: .\nS: +OK\nS: .\n"), QString());
        QCOMPARE(order, QList<int>({1, 2, 3, 4, 5, 6}));
        QCOMPARE(t.maxCommandsWaiting(), 4);
    }

    void commandsAfterQuitFail()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        login(s, t);
        Outcome<Ok> quit;
        Outcome<StatInfo> stat;
        s.quit(quit.callback());
        s.stat(stat.callback());
        QCOMPARE(t.play("C: QUIT\nS: +OK bye\n"), QString());
        QVERIFY(quit.ok());
        QCOMPARE(stat.code(), ErrorCode::ConnectionClosed);
        QCOMPARE(s.state(), Session::State::Update);
    }

    void withoutPipeliningOneAtATime()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        login(s, t);
        for (int i = 1; i <= 3; ++i)
            s.dele(i, [](Status) {});
        QCOMPARE(t.unconsumed(), QByteArray("DELE 1\r\n"));
        QCOMPARE(t.play("C: DELE 1\nS: +OK\nC: DELE 2\nS: +OK\nC: DELE 3\nS: +OK\n"), QString());
        QCOMPARE(t.maxCommandsWaiting(), 1);
    }

    void stateChangingCommandsAreNeverPipelined()
    {
        Session s;
        s.setPipelining(true, 8);
        Transcript t(s, Delivery::Whole);
        s.start([](Result<Greeting>) {});
        s.user(QStringLiteral("bob"), [](Status) {});
        s.pass(QStringLiteral("pw"), [](Status) {});
        s.stat([](Result<StatInfo>) {});
        s.quit([](Status) {});
        QCOMPARE(t.play("S: +OK\n"), QString());
        QCOMPARE(t.unconsumed(), QByteArray("USER bob\r\n"));
        QCOMPARE(t.play("C: USER bob\nS: +OK\nC: PASS pw\nS: +OK\nC: STAT\nS: +OK 0 0\nC: QUIT\nS: +OK\n"), QString());
    }

    void garbageWhilePipeliningIsReportedAsSuch()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        login(s, t);
        s.setPipelining(true, 4);
        Outcome<qint64> a, b;
        s.retr(1, [](QByteArrayView) {}, a.callback());
        s.retr(2, [](QByteArrayView) {}, b.callback());
        s.receive("*garbage*\r\n");
        QCOMPARE(a.code(), ErrorCode::PipeliningBroken);
        QCOMPARE(b.code(), ErrorCode::PipeliningBroken);
    }

    void connectionClosedMidRetr_data() { addDeliveryRows(); }
    void connectionClosedMidRetr()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        login(s, t);
        Outcome<qint64> retr;
        Outcome<Ok> dele;
        QByteArray body;
        s.retr(1, [&](QByteArrayView c) { body += c; }, retr.callback());
        s.dele(1, dele.callback());
        QCOMPARE(t.play("C: RETR 1\nS: +OK\nS: partial line\nS! no terminator"), QString());
        s.connectionClosed();
        QCOMPARE(retr.calls, 1);
        QCOMPARE(retr.code(), ErrorCode::UnexpectedEnd);
        QCOMPARE(dele.code(), ErrorCode::UnexpectedEnd); // never sent, never happened
        QVERIFY(body.startsWith("partial line"));
        Outcome<StatInfo> late;
        s.stat(late.callback());
        QCOMPARE(late.code(), ErrorCode::UnexpectedEnd);
    }

    void closedBetweenResponsesIsConnectionClosed()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        login(s, t);
        Outcome<StatInfo> stat;
        s.stat(stat.callback());
        s.connectionClosed();
        QCOMPARE(stat.code(), ErrorCode::ConnectionClosed);
    }

    void anUnaskedLineEndsTheSession_data() { addDeliveryRows(); }
    void anUnaskedLineEndsTheSession()
    {
        // Waiting for the password, the server times the login out and says so before it
        // closes: the USER that follows must not take that line for its answer.
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        QSignalSpy failed(&s, &Session::failed);
        s.start([](Result<Greeting>) {});
        QCOMPARE(t.play("S: +OK ready\nS: -ERR Disconnected for inactivity.\n"), QString());
        QCOMPARE(s.state(), Session::State::Failed);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::ConnectionClosed);
        Outcome<Ok> user;
        s.user(QStringLiteral("bob"), user.callback());
        QCOMPARE(user.code(), ErrorCode::ConnectionClosed);
        QCOMPARE(t.unconsumed(),
                 QByteArray()); // nothing more goes to a server that has said goodbye
    }

    void anUnaskedLineAfterLoginEndsTheSession()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        login(s, t);
        QCOMPARE(t.play("S: -ERR Disconnected for inactivity.\n"), QString());
        QCOMPARE(s.state(), Session::State::Failed);
        Outcome<StatInfo> stat;
        s.stat(stat.callback());
        QCOMPARE(stat.code(), ErrorCode::ConnectionClosed);
        QCOMPARE(stat.error().serverText, QStringLiteral("-ERR Disconnected for inactivity."));
    }

    void anAbortAfterTheEndChangesNothing()
    {
        // As in SMTP: a session that ended with QUIT and the server's close stays closed; a
        // caller that gives up afterwards reports nothing more.
        Session s;
        Transcript t(s, Delivery::Whole);
        login(s, t);
        Outcome<Ok> quit;
        s.quit(quit.callback());
        QCOMPARE(t.play("C: QUIT\nS: +OK bye\n"), QString());
        QVERIFY(quit.ok());
        s.connectionClosed();
        QSignalSpy failed(&s, &Session::failed);
        s.abort(Error::make(ErrorCode::Cancelled));
        QCOMPARE(s.state(), Session::State::Closed);
        QCOMPARE(failed.count(), 0);
        Outcome<Ok> noop;
        s.noop(noop.callback());
        QCOMPARE(noop.code(), ErrorCode::ConnectionClosed);
    }

    void quitWithoutAnswerMeansDeletionsDidNotHappen()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        login(s, t);
        Outcome<Ok> dele, quit;
        s.dele(1, dele.callback());
        s.quit(quit.callback());
        QCOMPARE(t.play("C: DELE 1\nS: +OK\nC: QUIT\n"), QString());
        s.connectionClosed();
        QVERIFY(dele.ok());
        QCOMPARE(quit.code(), ErrorCode::ConnectionClosed);
        QCOMPARE(s.state(), Session::State::Failed);
    }

    void stlsDiscardsInjectedBytesAndHoldsCommands_data() { addDeliveryRows(); }
    void stlsDiscardsInjectedBytesAndHoldsCommands()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        QSignalSpy tls(&s, &Session::startTlsRequested);
        Outcome<Ok> stls;
        Outcome<Capabilities> caps;
        s.start([](Result<Greeting>) {});
        s.stls(stls.callback());
        s.capa(caps.callback());
        QCOMPARE(t.play(R"(
S: +OK hello
C: STLS
S: +OK Begin TLS negotiation
S: +OK injected
S: +OK
S: INJECTED
S: .
)"), QString());
        QCOMPARE(tls.count(), 1);
        QCOMPARE(stls.calls, 0); // completes only once TLS is up
        QCOMPARE(t.unconsumed(), QByteArray()); // CAPA waits for the handshake
        s.receive("+OK more injected\r\n"); // plaintext that raced the handshake
        s.tlsEstablished();
        QVERIFY(stls.ok());
        QCOMPARE(t.play("C: CAPA\nS: +OK\nS: USER\nS: .\n"), QString());
        QVERIFY(caps.ok());
        QCOMPARE(caps.result->value().lines, QList<QByteArray>({"USER"}));
    }

    void stlsRefused()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        Outcome<Ok> stls;
        s.start([](Result<Greeting>) {});
        s.stls(stls.callback());
        QCOMPARE(t.play("S: +OK\nC: STLS\nS: -ERR command not recognised\n"), QString());
        QCOMPARE(stls.code(), ErrorCode::StlsUnavailable);
    }

    void apopUsesTheRfcDigest()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        Outcome<Greeting> g;
        Outcome<Ok> apop;
        s.start(g.callback());
        QCOMPARE(t.play("S: +OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\n"), QString());
        s.apop(QStringLiteral("mrose"), QStringLiteral("tanstaaf"), g.result->value().apopTimestamp, apop.callback());
        QCOMPARE(t.play("C: APOP mrose c4c9334bac560ecc979e58001b3e22fb\nS: +OK maildrop has 1 message (369 octets)\n"), QString());
        QVERIFY(apop.ok());
        QCOMPARE(s.state(), Session::State::Transaction);
    }

    void saslPlainWithInitialResponse_data() { addDeliveryRows(); }
    void saslPlainWithInitialResponse()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        Outcome<Ok> auth;
        s.start([](Result<Greeting>) {});
        s.authenticate(SaslMechanism::create(u"PLAIN", creds(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"))), auth.callback());
        QCOMPARE(t.play("S: +OK\nC: AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm\nS: +OK Maildrop locked and ready\n"), QString());
        QVERIFY(auth.ok());
        QCOMPARE(s.state(), Session::State::Transaction);
    }

    void saslCramMd5FromRfc2195_data() { addDeliveryRows(); }
    void saslCramMd5FromRfc2195()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        Outcome<Ok> auth;
        s.start([](Result<Greeting>) {});
        s.authenticate(SaslMechanism::create(u"CRAM-MD5", creds(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"))), auth.callback());
        QCOMPARE(t.play(R"(
S: +OK
C: AUTH CRAM-MD5
S: + PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+
C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw
S: +OK CRAM authentication successful
)"), QString());
        QVERIFY(auth.ok());
    }

    void saslLoginPrompts()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        Outcome<Ok> auth;
        s.start([](Result<Greeting>) {});
        s.authenticate(SaslMechanism::create(u"LOGIN", creds(QStringLiteral("bob"), QStringLiteral("pw"))), auth.callback());
        QCOMPARE(t.play("S: +OK\nC: AUTH LOGIN\nS: + VXNlcm5hbWU6\nC: Ym9i\nS: + UGFzc3dvcmQ6\nC: cHc=\nS: -ERR [AUTH] no\n"), QString());
        QCOMPARE(auth.code(), ErrorCode::WrongCredentials);
        QCOMPARE(s.state(), Session::State::Authorization);
    }

    void xoauth2FailureIsAcknowledged()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        Outcome<Ok> auth;
        s.start([](Result<Greeting>) {});
        const Credentials c = creds(QStringLiteral("someuser@example.com"), QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"), true);
        s.authenticate(SaslMechanism::create(u"XOAUTH2", c), auth.callback());
        const QByteArray ir = QByteArray("user=someuser@example.com\x01" "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01").toBase64();
        const QByteArray script = "S: +OK\nC: AUTH XOAUTH2 " + ir + "\nS: + eyJzdGF0dXMiOiI0MDEifQ==\nC: \nS: -ERR [AUTH] invalid token\n";
        QCOMPARE(t.play(script), QString());
        QCOMPARE(auth.code(), ErrorCode::WrongCredentials);
    }

    void longInitialResponseWaitsForEmptyChallenge()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        Outcome<Ok> auth;
        s.start([](Result<Greeting>) {});
        const QString token(300, u'T');
        s.authenticate(SaslMechanism::create(u"OAUTHBEARER", creds(QStringLiteral("u@example.com"), token, true)), auth.callback());
        QCOMPARE(t.play("S: +OK\n"), QString());
        QCOMPARE(t.unconsumed(), QByteArray("AUTH OAUTHBEARER\r\n")); // RFC 5034: the line stays within 255 octets
        const QByteArray ir = QByteArray("n,a=u@example.com,\x01" "auth=Bearer " + token.toLatin1() + "\x01\x01").toBase64();
        QCOMPARE(t.play(QByteArray("C: AUTH OAUTHBEARER\nS: +\nC: " + ir + "\nS: +OK\n")), QString());
        QVERIFY(auth.ok());
    }

    void protocolLogNeverContainsSecrets()
    {
        Session s;
        ProtocolLog log;
        QByteArray text;
        log.addSink([&](const ProtocolLog::Entry& e) { text += ProtocolLog::format(e) + '\n'; });
        s.setProtocolLog(&log);
        Transcript t(s, Delivery::Whole);
        s.start([](Result<Greeting>) {});
        s.user(QStringLiteral("bob"), [](Status) {});
        s.pass(QStringLiteral("hunter2-PASS"), [](Status) {});
        QCOMPARE(t.play("S: +OK <1.2@x>\nC: USER bob\nS: +OK\nC: PASS hunter2-PASS\nS: -ERR [AUTH] bad\n"), QString());
        s.apop(QStringLiteral("bob"), QStringLiteral("hunter2-APOP"), "<1.2@x>", [](Status) {});
        const QByteArray digest = apopDigest("<1.2@x>", QStringLiteral("hunter2-APOP"));
        QCOMPARE(t.play(QByteArray("C: APOP bob " + digest + "\nS: -ERR [AUTH] no\n")), QString());
        s.authenticate(SaslMechanism::create(u"LOGIN", creds(QStringLiteral("bob"), QStringLiteral("hunter2-LOGIN"))), [](Status) {});
        QCOMPARE(t.play("C: AUTH LOGIN\nS: + VXNlcm5hbWU6\nC: Ym9i\nS: + UGFzc3dvcmQ6\nC: aHVudGVyMi1MT0dJTg==\nS: -ERR [AUTH] no\n"), QString());
        s.authenticate(SaslMechanism::create(u"PLAIN", creds(QStringLiteral("bob"), QStringLiteral("hunter2-PLAIN"))), [](Status) {});
        const QByteArray plain = QByteArray("\0bob\0hunter2-PLAIN", 18).toBase64();
        QCOMPARE(t.play(QByteArray("C: AUTH PLAIN " + plain + "\nS: +OK\n")), QString());
        QVERIFY(text.contains("C: USER bob"));
        QVERIFY(text.contains("C: PASS <redacted>"));
        QVERIFY(text.contains("C: APOP bob <redacted>"));
        QVERIFY(text.contains("C: AUTH PLAIN <redacted>"));
        for (const QByteArray& secret : {QByteArray("hunter2"), digest, plain, QByteArray("aHVudGVyMi1MT0dJTg"), QByteArray("Ym9i")})
            QVERIFY2(!text.contains(secret), text.constData());
    }

    void completionMayDeleteTheSession()
    {
        auto* s = new Session;
        Transcript t(*s, Delivery::Whole);
        bool called = false;
        s->start([&](Result<Greeting>) {
            called = true;
            delete s;
        });
        s->receive("+OK hi\r\n+OK unexpected trailing\r\n");
        QVERIFY(called);
    }
};

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_Session.moc"
