// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The way into a session up to login, as transcripts: what the login and autodetection's probe
// both rely on (never continuing in the clear on a STARTTLS connection, CAPA again after TLS).
#include "Transcript.h"
#include "core/pop3/Handshake.h"

using namespace postbag;
using namespace postbag::pop3;
using namespace postbag::pop3::testing;

class tst_Handshake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void implicitTlsReadsGreetingAndCapabilities_data() { addDeliveryRows(); }
    void implicitTlsReadsGreetingAndCapabilities()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        Handshake h(s, Security::ImplicitTls);
        Outcome<Handshake::Outcome> out;
        h.start(out.callback());
        QCOMPARE(t.play("S: +OK ready <1.2@host>\nC: CAPA\nS: +OK\nS: UIDL\nS: STLS\n"
                        "S: IMPLEMENTATION Test\nS: .\n"),
                 QString());
        QVERIFY(out.ok());
        QCOMPARE(out.value().greeting.apopTimestamp, QByteArray("<1.2@host>"));
        QVERIFY(out.value().capabilities.uidl);
        QCOMPARE(out.value().capabilities.implementation, QStringLiteral("Test"));
        QVERIFY(t.unconsumed().isEmpty()); // no STLS on an encrypted connection
        QVERIFY(!h.plainCapabilities());
    }

    void startTlsAsksAgainOverTls_data() { addDeliveryRows(); }
    void startTlsAsksAgainOverTls()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        QList<Handshake::Stage> stages;
        Handshake h(s, Security::StartTls, [&stages](Handshake::Stage st) { stages << st; });
        bool tlsRequested = false;
        connect(&s, &Session::startTlsRequested, this, [&tlsRequested] { tlsRequested = true; });
        Outcome<Handshake::Outcome> out;
        h.start(out.callback());
        QCOMPARE(t.play("S: +OK hi\nC: CAPA\nS: +OK\nS: STLS\nS: USER\nS: .\nC: STLS\n"
                        "S: +OK begin TLS\n"),
                 QString());
        QVERIFY(tlsRequested);
        QVERIFY(!out.done());
        s.tlsEstablished();
        QCOMPARE(t.play("C: CAPA\nS: +OK\nS: SASL PLAIN\nS: USER\nS: .\n"), QString());
        QVERIFY(out.ok());
        QVERIFY(!out.value().capabilities.stls); // the answer over TLS, not the one in the clear
        QCOMPARE(out.value().capabilities.saslMechanisms, QStringList{QStringLiteral("PLAIN")});
        QVERIFY(h.plainCapabilities() && h.plainCapabilities()->stls);
        QCOMPARE(stages,
                 (QList<Handshake::Stage>{Handshake::Stage::Greeted, Handshake::Stage::StartingTls,
                                          Handshake::Stage::TlsEstablished}));
    }

    // STLS not announced (then never sent), refused, or unknown to a server without CAPA: nothing
    // continues in the clear, and what the server said in the clear stays readable.
    void startTlsMissingFails_data()
    {
        QTest::addColumn<Delivery>("delivery");
        QTest::addColumn<QByteArray>("script");
        const QList<QPair<const char*, QByteArray>> scripts = {
            {"not announced", "S: +OK hi\nC: CAPA\nS: +OK\nS: USER\nS: .\n"},
            {"refused", "S: +OK hi\nC: CAPA\nS: +OK\nS: STLS\nS: .\nC: STLS\nS: -ERR not now\n"},
            {"no CAPA", "S: +OK old\nC: CAPA\nS: -ERR what\nC: STLS\nS: -ERR what\n"}};
        const QList<QPair<const char*, Delivery>> deliveries = {{"whole", Delivery::Whole},
                                                                {"bytewise", Delivery::ByteByByte},
                                                                {"lf-only", Delivery::LfOnly}};
        for (const auto& [name, script] : scripts) {
            for (const auto& [how, delivery] : deliveries)
                QTest::addRow("%s, %s", name, how) << delivery << script;
        }
    }
    void startTlsMissingFails()
    {
        QFETCH(Delivery, delivery);
        QFETCH(QByteArray, script);
        Session s;
        Transcript t(s, delivery);
        Handshake h(s, Security::StartTls);
        Outcome<Handshake::Outcome> out;
        h.start(out.callback());
        QCOMPARE(t.play(script), QString());
        QCOMPARE(out.code(), ErrorCode::StlsUnavailable);
        QVERIFY(t.unconsumed().isEmpty());
        QVERIFY(h.plainCapabilities());
    }

    // An RFC 1939 server without CAPA announced nothing.
    void serverWithoutCapa_data() { addDeliveryRows(); }
    void serverWithoutCapa()
    {
        QFETCH(Delivery, delivery);
        Session s;
        Transcript t(s, delivery);
        Handshake h(s, Security::None);
        Outcome<Handshake::Outcome> out;
        h.start(out.callback());
        QCOMPARE(t.play("S: +OK old\nC: CAPA\nS: -ERR what\n"), QString());
        QVERIFY(out.ok());
        QVERIFY(!out.value().capabilities.known);
    }

    void aBrokenGreetingFails()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        Handshake h(s, Security::ImplicitTls);
        Outcome<Handshake::Outcome> out;
        h.start(out.callback());
        QCOMPARE(t.play("S: -ERR go away\n"), QString());
        QVERIFY(out.done() && !out.ok());
        QVERIFY(t.unconsumed().isEmpty());
    }

    // Destroyed while a command is pending: done never runs.
    void nothingAfterDestruction()
    {
        Session s;
        Transcript t(s, Delivery::Whole);
        Outcome<Handshake::Outcome> out;
        {
            Handshake h(s, Security::ImplicitTls);
            h.start(out.callback());
            QCOMPARE(t.play("S: +OK hi\nC: CAPA\n"), QString());
        }
        QCOMPARE(t.play("S: +OK\nS: UIDL\nS: .\n"), QString());
        QVERIFY(!out.done());
    }
};

QTEST_GUILESS_MAIN(tst_Handshake)
#include "tst_Handshake.moc"
