// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpTranscript.h"

#include <QSignalSpy>
#include <QTest>

using namespace postbag;
using namespace postbag::smtp;
using namespace postbag::smtp::testing;

static QByteArray b64(const QByteArray& raw)
{
    return raw.toBase64();
}

class tst_Session : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authPlainInline_data() { addDeliveryRows(); }
    void authPlainInline()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "AUTH PLAIN LOGIN"), QString());
        Outcome<Ok> out;
        s.authenticate(auth::SaslMechanism::create(
                           u"PLAIN", creds(QStringLiteral("bob"), QStringLiteral("pw"))),
                       out.callback());
        QCOMPARE(t.play("C: AUTH PLAIN " + b64(QByteArray("\0bob\0pw", 7)) +
                        "\nS: 235 2.7.0 Authentication successful\n"),
                 QString());
        QVERIFY(out.ok());
    }

    void authLoginAnswersPrompts_data() { addDeliveryRows(); }
    void authLoginAnswersPrompts()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "AUTH LOGIN"), QString());
        Outcome<Ok> out;
        s.authenticate(auth::SaslMechanism::create(
                           u"LOGIN", creds(QStringLiteral("bob"), QStringLiteral("pw"))),
                       out.callback());
        QCOMPARE(t.play("C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: " + b64("bob") +
                        "\nS: 334 UGFzc3dvcmQ6\nC: " + b64("pw") + "\nS: 535 5.7.8 bad\n"),
                 QString());
        QCOMPARE(out.code(), ErrorCode::WrongCredentials);
        QCOMPARE(s.state(), Session::State::Ready); // the session stays usable
    }

    void authCramMd5_data() { addDeliveryRows(); }
    void authCramMd5()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "AUTH CRAM-MD5"), QString());
        Outcome<Ok> out;
        s.authenticate(
            auth::SaslMechanism::create(
                u"CRAM-MD5", creds(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"))),
            out.callback());
        // RFC 2195's example exchange.
        QCOMPARE(t.play("C: AUTH CRAM-MD5\n"
                        "S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\n"
                        "C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\nS: 235 ok\n"),
                 QString());
        QVERIFY(out.ok());
    }

    void longXoauth2GoesAfterThe334_data() { addDeliveryRows(); }
    void longXoauth2GoesAfterThe334()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "AUTH XOAUTH2 OAUTHBEARER"), QString());
        const QString token(900, u'T');
        Outcome<Ok> out;
        s.authenticate(
            auth::SaslMechanism::create(u"XOAUTH2", creds(QStringLiteral("bob@x.org"), token)),
            out.callback());
        const QByteArray ir = "user=bob@x.org\x01"
                              "auth=Bearer " +
                              token.toLatin1() + "\x01\x01";
        QCOMPARE(t.play("C: AUTH XOAUTH2\nS: 334 \nC: " + b64(ir) + "\nS: 235 2.7.0 Accepted\n"),
                 QString());
        QVERIFY(out.ok());
    }

    void shortXoauth2ErrorIsAcknowledged_data() { addDeliveryRows(); }
    void shortXoauth2ErrorIsAcknowledged()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "AUTH XOAUTH2"), QString());
        Outcome<Ok> out;
        s.authenticate(auth::SaslMechanism::create(
                           u"XOAUTH2", creds(QStringLiteral("bob@x.org"), QStringLiteral("tok"))),
                       out.callback());
        const QByteArray ir = "user=bob@x.org\x01"
                              "auth=Bearer tok\x01\x01";
        const QByteArray json =
            R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})";
        QCOMPARE(
            t.play("C: AUTH XOAUTH2 " + b64(ir) + "\nS: 334 " + b64(json) +
                   "\nC: \n"
                   "S: 535-5.7.8 Username and Password not accepted.\nS: 535 5.7.8 Learn more\n"),
            QString());
        QCOMPARE(out.code(), ErrorCode::WrongCredentials);
    }

    void oauthBearer_data() { addDeliveryRows(); }
    void oauthBearer()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "AUTH OAUTHBEARER"), QString());
        auth::Credentials c = creds(QStringLiteral("bob@x.org"), QStringLiteral("tok"));
        c.host = QStringLiteral("smtp.x.org");
        c.port = 465;
        Outcome<Ok> out;
        s.authenticate(auth::SaslMechanism::create(u"OAUTHBEARER", c), out.callback());
        const QByteArray ir = "n,a=bob@x.org,\x01host=smtp.x.org\x01port=465\x01"
                              "auth=Bearer tok\x01\x01";
        QCOMPARE(t.play("C: AUTH OAUTHBEARER " + b64(ir) + "\nS: 334 " +
                        b64("{\"status\":\"invalid_token\"}") + "\nC: " + b64("\x01") +
                        "\nS: 535 5.7.8 no\n"),
                 QString());
        QCOMPARE(out.code(), ErrorCode::WrongCredentials);
    }

    void authErrors_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("temporary") << QByteArray("454 4.7.0 Temporary authentication failure")
                                   << ErrorCode::ServerTemporary;
        QTest::newRow("use oauth")
            << QByteArray("535 5.7.139 basic auth disabled") << ErrorCode::PasswordLoginDisabled;
        QTest::newRow("too weak") << QByteArray("534 5.7.9 Please use an app password")
                                  << ErrorCode::PasswordLoginDisabled;
        QTest::newRow("encryption")
            << QByteArray("538 5.7.11 Encryption required") << ErrorCode::EncryptionRequired;
        QTest::newRow("no mechanism") << QByteArray("504 5.5.4 Unrecognized authentication type")
                                      << ErrorCode::CommandUnsupported;
    }
    void authErrors()
    {
        QFETCH(QByteArray, reply);
        QFETCH(ErrorCode, code);
        for (Feed feed : {Feed::Whole, Feed::ByteByByte, Feed::LfOnly}) {
            Session s;
            Transcript t(s, feed);
            QCOMPARE(greet(s, t, "AUTH PLAIN"), QString());
            Outcome<Ok> out;
            s.authenticate(auth::SaslMechanism::create(
                               u"PLAIN", creds(QStringLiteral("b"), QStringLiteral("p"))),
                           out.callback());
            QCOMPARE(
                t.play("C: AUTH PLAIN " + b64(QByteArray("\0b\0p", 4)) + "\nS: " + reply + '\n'),
                QString());
            QCOMPARE(out.code(), code);
        }
    }

    void unsafeCredentialsAreNeverSent()
    {
        Session s;
        Transcript t(s, Feed::Whole);
        QCOMPARE(greet(s, t, "AUTH PLAIN"), QString());
        Outcome<Ok> out;
        s.authenticate(auth::SaslMechanism::create(
                           u"PLAIN", creds(QStringLiteral("b\r\nQUIT"), QStringLiteral("p"))),
                       out.callback());
        QCOMPARE(out.code(), ErrorCode::UnsafeArgument);
        QVERIFY(t.unconsumed().isEmpty());
    }

    void protocolLogBlanksAuthPayloads()
    {
        Session s;
        ProtocolLog log;
        QList<QByteArray> lines;
        log.addSink([&lines](const ProtocolLog::Entry& e) { lines << ProtocolLog::format(e); });
        s.setProtocolLog(&log);
        Transcript t(s, Feed::Whole);
        QCOMPARE(greet(s, t, "AUTH LOGIN PLAIN"), QString());
        Outcome<Ok> out;
        s.authenticate(auth::SaslMechanism::create(
                           u"LOGIN", creds(QStringLiteral("bob"), QStringLiteral("hunter2"))),
                       out.callback());
        QCOMPARE(t.play("C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: " + b64("bob") +
                        "\nS: 334 UGFzc3dvcmQ6\nC: " + b64("hunter2") + "\nS: 235 ok\n"),
                 QString());
        QVERIFY(out.ok());
        const QByteArray all = lines.join('\n');
        QVERIFY(!all.contains(b64("hunter2")));
        QVERIFY(!all.contains(b64("bob")));
        QVERIFY(all.contains("C: AUTH LOGIN"));
        QVERIFY(all.contains("S: 235 ok"));
    }

    void unsolicited421EndsTheSession_data() { addDeliveryRows(); }
    void unsolicited421EndsTheSession()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        QSignalSpy failed(&s, &Session::failed);
        QCOMPARE(t.play("S: 421 4.4.2 mx Error: timeout exceeded\n"), QString());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::ServerTemporary);
        Outcome<Ok> later;
        s.noop(later.callback());
        QCOMPARE(later.code(), ErrorCode::ServerTemporary);
        QVERIFY(t.unconsumed().isEmpty());
    }

    void quitClosesCleanly_data() { addDeliveryRows(); }
    void quitClosesCleanly()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, QByteArray()), QString());
        Outcome<Ok> out;
        s.quit(out.callback());
        QCOMPARE(t.play("C: QUIT\nS: 221 2.0.0 Bye\n"), QString());
        QVERIFY(out.ok());
        s.connectionClosed();
        QCOMPARE(s.state(), Session::State::Closed);
    }
};

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_Session.moc"
