// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpTranscript.h"
#include "core/smtp/Handshake.h"

#include <QSignalSpy>
#include <QTest>

using namespace postbag;
using namespace postbag::smtp;
using namespace postbag::smtp::testing;
using transport::Security;

Q_DECLARE_METATYPE(postbag::transport::Security)

class tst_Handshake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void implicitTlsGreetsAndSaysEhlo_data() { addDeliveryRows(); }
    void implicitTlsGreetsAndSaysEhlo()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        Handshake h(s, Security::ImplicitTls, "[127.0.0.1]");
        Outcome<Handshake::Outcome> out;
        h.start(out.callback());
        QCOMPARE(t.play("S: 220-mx.example.org ESMTP\nS: 220 no UCE\nC: EHLO [127.0.0.1]\n"
                        "S: 250-mx.example.org\nS: 250-PIPELINING\nS: 250-STARTTLS\n"
                        "S: 250 AUTH PLAIN LOGIN\n"),
                 QString());
        QVERIFY(out.ok());
        QCOMPARE(out.value().greeting.lines.size(), 2);
        QVERIFY(out.value().capabilities.pipelining);
        QCOMPARE(out.value().capabilities.saslMechanisms.size(), 2);
        QVERIFY(t.unconsumed().isEmpty()); // no STARTTLS on an encrypted connection
    }

    void startTlsDiscardsInjectedLinesAndAsksAgain_data() { addDeliveryRows(); }
    void startTlsDiscardsInjectedLinesAndAsksAgain()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QList<Handshake::Stage> stages;
        Handshake h(s, Security::StartTls, "[127.0.0.1]",
                    [&stages](Handshake::Stage st) { stages << st; });
        QSignalSpy tls(&s, &Session::startTlsRequested);
        Outcome<Handshake::Outcome> out;
        h.start(out.callback());
        // A man in the middle appends forged replies, whole and partial, after the 220.
        QCOMPARE(t.play("S: 220 mx ESMTP\nC: EHLO [127.0.0.1]\nS: 250-mx\nS: 250-STARTTLS\n"
                        "S: 250 AUTH PLAIN\nC: STARTTLS\nS: 220 2.0.0 Ready to start TLS\n"
                        "S: 250-forged\nS: 250 AUTH PLAIN LOGIN XFORGED\nS! 250-PIPEL"),
                 QString());
        QCOMPARE(tls.size(), 1);
        QVERIFY(!out.done());
        QVERIFY(s.capabilities().saslMechanisms.isEmpty()); // forgotten
        s.receive("INING\r\n235 forged too\r\n");           // still before the handshake completed
        s.tlsEstablished();
        QCOMPARE(t.play("C: EHLO [127.0.0.1]\nS: 250-mx\nS: 250 AUTH PLAIN\n"), QString());
        QVERIFY(out.ok());
        QCOMPARE(out.value().capabilities.saslMechanisms, QStringList{QStringLiteral("PLAIN")});
        QVERIFY(!out.value().capabilities.pipelining);
        QVERIFY(!out.value().capabilities.startTls); // the answer over TLS
        QCOMPARE(stages,
                 (QList<Handshake::Stage>{Handshake::Stage::Greeted, Handshake::Stage::StartingTls,
                                          Handshake::Stage::TlsEstablished}));
        QVERIFY(t.unconsumed().isEmpty());
    }

    void startTlsNotOfferedIsNoDowngrade_data() { addDeliveryRows(); }
    void startTlsNotOfferedIsNoDowngrade()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        Handshake h(s, Security::StartTls, "[127.0.0.1]");
        Outcome<Handshake::Outcome> out;
        h.start(out.callback());
        QCOMPARE(t.play("S: 220 mx\nC: EHLO [127.0.0.1]\nS: 250-mx\nS: 250 AUTH PLAIN LOGIN\n"),
                 QString());
        QCOMPARE(out.code(), ErrorCode::StlsUnavailable);
        QVERIFY(t.unconsumed().isEmpty()); // not even AUTH was tried
    }

    void startTlsRefusedIsNoDowngrade_data() { addDeliveryRows(); }
    void startTlsRefusedIsNoDowngrade()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        Handshake h(s, Security::StartTls, "[127.0.0.1]");
        Outcome<Handshake::Outcome> out;
        h.start(out.callback());
        QCOMPARE(t.play("S: 220 mx\nC: EHLO [127.0.0.1]\nS: 250-mx\nS: 250 STARTTLS\n"
                        "C: STARTTLS\nS: 454 4.7.0 TLS not available due to local problem\n"),
                 QString());
        QCOMPARE(out.code(), ErrorCode::StlsUnavailable);
        QCOMPARE(out.error().responseCode, QByteArray("4.7.0"));
        QVERIFY(t.unconsumed().isEmpty());
    }

    void heloOnlyWhenEhloIsUnknownAndNoTlsIsRequired_data()
    {
        QTest::addColumn<Feed>("delivery");
        QTest::addColumn<Security>("security");
        QTest::addColumn<QByteArray>("refusal");
        QTest::addColumn<bool>("helo");
        for (const auto& [name, feed] : {std::pair{"whole", Feed::Whole},
                                         {"byte-by-byte", Feed::ByteByByte},
                                         {"lf-only", Feed::LfOnly}}) {
            QTest::addRow("%s 500 plain", name)
                << feed << Security::None << QByteArray("500 what") << true;
            QTest::addRow("%s 502 plain", name)
                << feed << Security::None << QByteArray("502 no") << true;
            QTest::addRow("%s 500 starttls", name)
                << feed << Security::StartTls << QByteArray("500 what") << false;
            QTest::addRow("%s 502 implicit", name)
                << feed << Security::ImplicitTls << QByteArray("502 no") << false;
            QTest::addRow("%s 421 plain", name)
                << feed << Security::None << QByteArray("421 bye") << false;
            QTest::addRow("%s 554 plain", name)
                << feed << Security::None << QByteArray("554 no") << false;
        }
    }
    void heloOnlyWhenEhloIsUnknownAndNoTlsIsRequired()
    {
        QFETCH(Feed, delivery);
        QFETCH(Security, security);
        QFETCH(QByteArray, refusal);
        QFETCH(bool, helo);
        Session s;
        Transcript t(s, delivery);
        Handshake h(s, security, "[IPv6:::1]");
        Outcome<Handshake::Outcome> out;
        h.start(out.callback());
        QCOMPARE(t.play("S: 220 old.example\nC: EHLO [IPv6:::1]\nS: " + refusal + '\n'), QString());
        if (!helo) {
            QVERIFY(out.done() && !out.ok());
            QVERIFY(t.unconsumed().isEmpty());
            return;
        }
        QCOMPARE(t.play("C: HELO [IPv6:::1]\nS: 250 old.example\n"), QString());
        QVERIFY(out.ok());
        QVERIFY(!out.value().capabilities.extended);
        QCOMPARE(out.value().capabilities.serverName, QStringLiteral("old.example"));
    }

    void refusedGreeting_data() { addDeliveryRows(); }
    void refusedGreeting()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        Handshake h(s, Security::ImplicitTls, "[127.0.0.1]");
        Outcome<Handshake::Outcome> out;
        h.start(out.callback());
        QCOMPARE(t.play("S: 554 5.7.1 no service for you\n"), QString());
        QCOMPARE(out.code(), ErrorCode::ServerPermanent);
        QCOMPARE(s.state(), Session::State::Failed);
    }

    void addressLiterals()
    {
        QCOMPARE(addressLiteral(QStringLiteral("192.0.2.1")), QByteArray("[192.0.2.1]"));
        QCOMPARE(addressLiteral(QStringLiteral("2001:db8::1")), QByteArray("[IPv6:2001:db8::1]"));
        QCOMPARE(addressLiteral(QStringLiteral("fe80::1%eth0")), QByteArray("[IPv6:fe80::1]"));
        QCOMPARE(addressLiteral(QStringLiteral("::ffff:127.0.0.1")), QByteArray("[127.0.0.1]"));
        QCOMPARE(addressLiteral(QString()), QByteArray("[127.0.0.1]"));
    }
};

QTEST_GUILESS_MAIN(tst_Handshake)
#include "tst_Handshake.moc"
