// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The session's login commands as transcripts: every argument goes through one check (CR, LF
// and NUL would inject commands or SASL fields), APOP only over a proper greeting timestamp, and
// RFC 6856's UTF8.
#include "Transcript.h"
#include "core/pop3/AuthPlanner.h"
#include "core/pop3/Capabilities.h"
#include "core/pop3/Session.h"
#include "core/transport/CommandArgument.h"

#include <QTest>
#include <functional>

using namespace postbag;
using namespace postbag::pop3;
using namespace postbag::pop3::testing;
using postbag::transport::checkArgument;

namespace {
using Attempt = std::function<void(Session&, Session::Done<Ok>)>;
} // namespace

Q_DECLARE_METATYPE(Attempt)

class tst_SessionLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unsafeArgumentsAreRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<Attempt>("attempt");
        QTest::addColumn<Delivery>("delivery");
        const QString injected = QStringLiteral("bob\r\nDELE 1");
        const QList<std::pair<const char*, Attempt>> attempts = {
            {"USER with CR LF", [=](Session& s, Session::Done<Ok> d) { s.user(injected, d); }},
            {"USER with a bare LF",
             [](Session& s, Session::Done<Ok> d) { s.user(QStringLiteral("bob\nQUIT"), d); }},
            {"PASS with LF",
             [](Session& s, Session::Done<Ok> d) { s.pass(QStringLiteral("pw\nDELE 1"), d); }},
            {"PASS with NUL",
             [](Session& s, Session::Done<Ok> d) {
                 s.pass(QStringLiteral("pw") + QChar(0) + QStringLiteral("x"), d);
             }},
            {"APOP name with CR",
             [](Session& s, Session::Done<Ok> d) {
                 s.apop(QStringLiteral("bob\rRSET"), QStringLiteral("pw"), "<1.2@x>", d);
             }},
            {"APOP over a timestamp that is not one",
             [](Session& s, Session::Done<Ok> d) {
                 s.apop(QStringLiteral("bob"), QStringLiteral("pw"), "<1.2 @x>", d);
             }},
            {"SASL PLAIN user with NUL (would move the fields)",
             [](Session& s, Session::Done<Ok> d) {
                 s.authenticate(
                     SaslMechanism::create(
                         u"PLAIN", creds(QStringLiteral("bob") + QChar(0) + QStringLiteral("admin"),
                                         QStringLiteral("pw"))),
                     d);
             }},
            {"SASL LOGIN secret with LF",
             [](Session& s, Session::Done<Ok> d) {
                 s.authenticate(SaslMechanism::create(u"LOGIN", creds(QStringLiteral("bob"),
                                                                      QStringLiteral("pw\n*"))),
                                d);
             }},
            {"CRAM-MD5 user with LF",
             [](Session& s, Session::Done<Ok> d) {
                 s.authenticate(SaslMechanism::create(u"CRAM-MD5", creds(QStringLiteral("b\nob"),
                                                                         QStringLiteral("pw"))),
                                d);
             }},
            {"XOAUTH2 user with its field separator",
             [](Session& s, Session::Done<Ok> d) {
                 s.authenticate(
                     SaslMechanism::create(u"XOAUTH2", creds(QStringLiteral("u\x01"
                                                                            "auth=x"),
                                                             QStringLiteral("token"), true)),
                     d);
             }},
        };
        const QList<std::pair<const char*, Delivery>> deliveries = {
            {"whole", Delivery::Whole},
            {"byte-by-byte", Delivery::ByteByByte},
            {"lf-only", Delivery::LfOnly}};
        for (const auto& [name, attempt] : attempts) {
            for (const auto& [how, delivery] : deliveries)
                QTest::addRow("%s, %s", name, how) << attempt << delivery;
        }
    }
    void unsafeArgumentsAreRefusedBeforeAnythingIsSent()
    {
        QFETCH(Attempt, attempt);
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        Outcome<Ok> refused;
        Outcome<Ok> user;
        Outcome<Ok> pass;
        s.start([](Result<Greeting>) {});
        QCOMPARE(t.play("S: +OK ready <1.2@x>\n"), QString());
        attempt(s, refused.callback());
        QCOMPARE(refused.code(), ErrorCode::UnsafeArgument);
        QCOMPARE(refused.error().kind, ErrorKind::Config);
        QCOMPARE(t.unconsumed(), QByteArray()); // not one byte of it went out
        // The session is still in step: an honest login goes through.
        QCOMPARE(s.state(), Session::State::Authorization);
        s.user(QStringLiteral("bob"), user.callback());
        s.pass(QStringLiteral("pw"), pass.callback());
        QCOMPARE(t.play("C: USER bob\nS: +OK\nC: PASS pw\nS: +OK logged in\n"), QString());
        QVERIFY(user.ok());
        QVERIFY(pass.ok());
        QCOMPARE(s.state(), Session::State::Transaction);
    }

    void safeArgumentsPass()
    {
        QVERIFY(checkArgument(QStringLiteral("j\u00f6rg@example.org pass word\t%"), "x").ok());
        QVERIFY(checkArgument(QByteArrayView("token\x02"), "x").ok());
        const Status separator = checkArgument(QByteArrayView("token\x01"), "x", "\x01");
        QVERIFY(!separator.ok());
        QCOMPARE(separator.error().code, ErrorCode::UnsafeArgument);
        const Status lineBreak = checkArgument(QStringLiteral("a\rb"), "PASS");
        QVERIFY(!lineBreak.ok());
        QCOMPARE(lineBreak.error().serverText, QStringLiteral("PASS")); // never the value
    }

    void apopTimestampMustBeAProperToken_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<Delivery>("delivery");
        const QList<std::tuple<const char*, QByteArray, QByteArray>> cases = {
            {"rfc 1939", "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>",
             "<1896.697170952@dbc.mtview.ca.us>"},
            {"no at sign", "+OK ready <1896.697170952>", ""},
            {"space inside", "+OK ready <1896 697@host>", ""},
            {"8-bit byte", "+OK ready <1896.\xe9@host>", ""},
            {"two at signs", "+OK ready <a@b@host>", ""},
            {"nothing around the at sign", "+OK ready <@>", ""},
            {"at sign at the end", "+OK ready <1896@>", ""},
            {"control character", "+OK ready <1896\x01@host>", ""},
            {"unterminated", "+OK ready <1896@host", ""},
            {"a word in brackets first", "+OK <Dovecot> ready <12.34@host>", "<12.34@host>"},
        };
        const QList<std::pair<const char*, Delivery>> deliveries = {
            {"whole", Delivery::Whole},
            {"byte-by-byte", Delivery::ByteByByte},
            {"lf-only", Delivery::LfOnly}};
        for (const auto& [name, greeting, stamp] : cases) {
            for (const auto& [how, delivery] : deliveries)
                QTest::addRow("%s, %s", name, how) << greeting << stamp << delivery;
        }
    }
    void apopTimestampMustBeAProperToken()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(QByteArray, timestamp);
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        Outcome<Greeting> g;
        s.start(g.callback());
        QCOMPARE(t.play("S: " + greeting + "\n"), QString());
        QVERIFY(g.ok());
        QCOMPARE(g.value().apopTimestamp, timestamp);
        // No timestamp: the plan has no APOP, even when the account asks for it.
        AuthPolicy apop;
        apop.preference = AuthMethod::Apop;
        QCOMPARE(planAuthentication(Capabilities{}, g.value(), true, apop).ok(),
                 !timestamp.isEmpty());
    }

    void utf8IsSentAlone_data() { addDeliveryRows(); }
    void utf8IsSentAlone()
    {
        QFETCH(Delivery, delivery);
        Session s;
        s.setPipelining(true);
        Transcript t(s, delivery);
        Outcome<Capabilities> caps;
        Outcome<Ok> utf8;
        Outcome<Ok> user;
        s.start([](Result<Greeting>) {});
        s.capa(caps.callback());
        QCOMPARE(t.play("S: +OK\nC: CAPA\nS: +OK\nS: USER\nS: UTF8 USER\nS: .\n"), QString());
        QVERIFY(caps.ok());
        QVERIFY(caps.value().utf8);
        QVERIFY(caps.value().utf8User);
        s.utf8(utf8.callback());
        s.user(QStringLiteral("j\u00f6rg"), user.callback());
        QCOMPARE(t.unconsumed(), QByteArray("UTF8\r\n")); // a barrier: USER waits for its answer
        QCOMPARE(t.play("C: UTF8\nS: +OK UTF8 enabled\nC: USER j\xc3\xb6rg\nS: +OK\n"), QString());
        QVERIFY(utf8.ok());
        QVERIFY(user.ok());
    }

    void utf8RefusedLeavesTheSessionUsable()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        Outcome<Ok> utf8;
        Outcome<Ok> user;
        s.start([](Result<Greeting>) {});
        s.utf8(utf8.callback());
        QCOMPARE(t.play("S: +OK\nC: UTF8\nS: -ERR not now\n"), QString());
        QCOMPARE(utf8.code(), ErrorCode::ServerRejected);
        s.user(QStringLiteral("bob"), user.callback());
        QCOMPARE(t.play("C: USER bob\nS: +OK\n"), QString());
        QVERIFY(user.ok());
    }

    void utf8CapabilityForms()
    {
        const auto parse = [](QByteArray line) { return Capabilities::parse({line}); };
        QVERIFY(parse("UTF8").utf8);
        QVERIFY(!parse("UTF8").utf8User);
        QVERIFY(parse("UTF8 USER").utf8User);
        QVERIFY(parse("utf8 user").utf8User);
        QVERIFY(parse("UTF8=USER").utf8);
        QVERIFY(parse("UTF8=USER").utf8User);
        QVERIFY(!parse("UTF8-NOT").utf8);
    }
};

QTEST_GUILESS_MAIN(tst_SessionLogin)
#include "tst_SessionLogin.moc"
