// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The POP3 engine against a real Dovecot: every security mode, the certificate decisions, login
// failures and byte-exact retrieval, deletion semantics and pipelining.
#include "NetTestClient.h"
#include "tests/support/DovecotServer.h"

#include <QTest>

using namespace postbag;
using namespace postbag::pop3;
using namespace postbag::testing;

namespace {
QByteArray message(int i, const QByteArray& extra = {})
{
    return "From: Sender " + QByteArray::number(i) + " <s@example.org>\r\n"
           "To: alice@example.org\r\nSubject: message " + QByteArray::number(i) + "\r\n"
           "Message-ID: <" + QByteArray::number(i) + "@example.org>\r\n\r\n"
           "Hello " + QByteArray::number(i) + "\r\n" + extra;
}
} // namespace

class tst_ClientDovecot : public QObject
{
    Q_OBJECT
    DovecotServer m_dovecot;
    int m_users = 0;

    // A fresh mailbox per test keeps the tests independent on one server.
    QString newUser()
    {
        const QString name = QStringLiteral("user%1").arg(++m_users);
        if (!m_dovecot.addUser(name, QStringLiteral("Secret-%1").arg(m_users)))
            qFatal("cannot add user");
        return name;
    }
    QString passwordOf(const QString& user) { return QStringLiteral("Secret-") + user.mid(4); }

    QByteArray why(const Outcome<LoginInfo>& out, const NetTestClient& c) const
    {
        return whyStatic(out, c) + "\n--- dovecot log ---\n" + m_dovecot.logText().right(3000).toUtf8();
    }
    static QByteArray whyStatic(const Outcome<LoginInfo>& out, const NetTestClient& c)
    {
        const QString error = out.result && !out.result->ok() ? out.error().toLogString() : QString();
        return error.toUtf8() + "\n" + c.logText + "\n" + qgetenv("POSTBAG_DOVECOT_LOG");
    }

    Outcome<LoginInfo> login(NetTestClient& c, const Endpoint& e, const LoginOptions& o)
    {
        Outcome<LoginInfo> out;
        c.client->connectAndLogin(e, o, out.callback());
        [&] { POSTBAG_WAIT(out); }();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString())); }

    void userPassInTheClearOnlyWhenAllowed()
    {
        const QString user = newUser();
        NetTestClient c;
        auto out = login(c, endpoint(m_dovecot.plainPort(), Security::None),
                         loginAs(user, passwordOf(user), true, AuthMethod::UserPass));
        QVERIFY2(out.ok(), qPrintable(out.result->ok() ? QString() : out.error().toLogString()));
        QVERIFY(!out.value().encrypted);
        QCOMPARE(out.value().method, AuthMethod::UserPass);
        QVERIFY(c.logText.contains(QByteArray("C: USER " + user.toLatin1())));
        QVERIFY(c.logText.contains("C: PASS <redacted>"));
        QVERIFY(!c.logText.contains(passwordOf(user).toLatin1()));

        NetTestClient refused;
        auto no = login(refused, endpoint(m_dovecot.plainPort(), Security::None),
                        loginAs(user, passwordOf(user), false, AuthMethod::UserPass));
        QCOMPARE(no.code(), ErrorCode::InsecureAuthRefused);
        QVERIFY(!refused.logText.contains("PASS"));
    }

    // Issue 22: Dovecot offers CRAM-MD5 on its plain port. A man in the middle could relay the
    // challenge (and crack the digest offline): without the account's permission, no login at all.
    void clearTextWithoutPermissionLogsInWithNothing()
    {
        const QString user = newUser();
        NetTestClient c;
        auto out = login(c, endpoint(m_dovecot.plainPort(), Security::None), loginAs(user, passwordOf(user)));
        QCOMPARE(out.code(), ErrorCode::InsecureAuthRefused);
        QVERIFY2(c.logText.contains("S: SASL") && c.logText.contains("CRAM-MD5"),
                 c.logText.constData());
        for (const char* verb : {"C: AUTH", "C: USER", "C: APOP", "C: PASS"})
            QVERIFY2(!c.logText.contains(verb), c.logText.constData());
    }

    void clearTextWithPermissionStillPrefersWhatHidesThePassword()
    {
        const QString user = newUser();
        NetTestClient c;
        auto out = login(c, endpoint(m_dovecot.plainPort(), Security::None),
                         loginAs(user, passwordOf(user), true));
        QVERIFY2(out.ok(), why(out, c).constData());
        QCOMPARE(out.value().method, AuthMethod::CramMd5);
        QVERIFY(!c.logText.contains("AUTH PLAIN"));
    }

    // Issue 29: Dovecot with APOP on puts a timestamp in its greeting and offers CRAM-MD5, but a
    // user whose password it keeps only as a hash has no secret for either: both are rejected
    // as a wrong login. The plan goes on (once) to what the account allows, and logs in.
    void rejectedChallengeMethodsFallBackToThePassword()
    {
        DovecotServer apop;
        apop.setApop(true);
        QVERIFY(apop.addHashedUser(QStringLiteral("hashed"), QStringLiteral("Hashed-1")));
        QVERIFY2(apop.start(), qPrintable(apop.errorString()));
        NetTestClient c;
        auto out = login(c, endpoint(apop.plainPort(), Security::None),
                         loginAs(QStringLiteral("hashed"), QStringLiteral("Hashed-1"), true));
        QVERIFY2(out.ok(),
                 QByteArray(whyStatic(out, c) + apop.logText().right(3000).toUtf8()).constData());
        QVERIFY2(!out.value().greeting.apopTimestamp.isEmpty(), c.logText.constData());
        QCOMPARE(out.value().method, AuthMethod::Plain);
        const qsizetype cram = c.logText.indexOf("C: AUTH CRAM-MD5");
        const qsizetype apopAt = c.logText.indexOf("C: APOP hashed <redacted>");
        const qsizetype plain = c.logText.indexOf("C: AUTH PLAIN <redacted>");
        QVERIFY2(cram >= 0 && apopAt > cram && plain > apopAt, c.logText.constData());

        // Without the account's permission, the same server gets no login at all.
        NetTestClient refused;
        auto no = login(refused, endpoint(apop.plainPort(), Security::None),
                        loginAs(QStringLiteral("hashed"), QStringLiteral("Hashed-1")));
        QCOMPARE(no.code(), ErrorCode::InsecureAuthRefused);
        QVERIFY2(!refused.logText.contains("C: APOP") && !refused.logText.contains("C: AUTH"),
                 refused.logText.constData());
    }

    void stlsRejectsAnUntrustedCertificateWithItsDetails()
    {
        const QString user = newUser();
        NetTestClient c;
        auto out = login(c, endpoint(m_dovecot.plainPort(), Security::StartTls), loginAs(user, passwordOf(user)));
        QCOMPARE(out.code(), ErrorCode::CertificateUntrusted);
        QVERIFY(out.error().certificate.has_value());
        const CertificateInfo& cert = *out.error().certificate;
        QCOMPARE(cert.sha256, m_dovecot.certificateSha256());
        QVERIFY2(cert.errors.contains(QStringLiteral("SelfSignedCertificate")), qPrintable(cert.errors.join(u',')));
        QCOMPARE(cert.subject, QStringLiteral("localhost"));
        QVERIFY(!cert.chainPem.isEmpty());
        QVERIFY(c.logText.contains("C: STLS"));
        QVERIFY2(!c.logText.contains("C: AUTH") && !c.logText.contains("C: USER"), c.logText.constData());
    }

    void stlsWithPinnedCertificateAndSaslPlain()
    {
        const QString user = newUser();
        NetTestClient c;
        auto out = login(c, endpoint(m_dovecot.plainPort(), Security::StartTls, m_dovecot.certificateSha256()),
                         loginAs(user, passwordOf(user), false, AuthMethod::Plain));
        QVERIFY2(out.ok(), why(out, c).constData());
        QVERIFY(out.value().encrypted);
        QCOMPARE(out.value().method, AuthMethod::Plain);
        // STLS, then CAPA again over TLS, then the login.
        const qsizetype stls = c.logText.indexOf("C: STLS");
        const qsizetype capa = c.logText.indexOf("C: CAPA", stls);
        const qsizetype auth = c.logText.indexOf("C: AUTH PLAIN <redacted>");
        QVERIFY(stls >= 0 && capa > stls && auth > capa);
        QVERIFY(!c.logText.contains(passwordOf(user).toLatin1()));
    }

    void implicitTlsRejectedByDefaultAcceptedOncePinned()
    {
        const QString user = newUser();
        NetTestClient first;
        auto rejected = login(first, endpoint(m_dovecot.tlsPort(), Security::ImplicitTls), loginAs(user, passwordOf(user)));
        QCOMPARE(rejected.code(), ErrorCode::CertificateUntrusted);
        QCOMPARE(rejected.error().certificate->sha256, m_dovecot.certificateSha256());

        NetTestClient second;
        auto pinned = login(second, endpoint(m_dovecot.tlsPort(), Security::ImplicitTls, rejected.error().certificate->sha256),
                            loginAs(user, passwordOf(user)));
        QVERIFY2(pinned.ok(), second.logText.constData());
        QVERIFY(pinned.value().encrypted);
        QCOMPARE(pinned.value().method, AuthMethod::Plain); // over TLS: one round trip
    }

    void anotherPinIsRefused()
    {
        const QString user = newUser();
        NetTestClient c;
        const QByteArray otherPin(32, '\x42');
        auto out = login(c, endpoint(m_dovecot.tlsPort(), Security::ImplicitTls, otherPin), loginAs(user, passwordOf(user)));
        QCOMPARE(out.code(), ErrorCode::CertificatePinMismatch);
        QCOMPARE(out.error().certificate->sha256, m_dovecot.certificateSha256());
    }

    void wrongPasswordIsAnAuthErrorWithTheAuthCode()
    {
        const QString user = newUser();
        NetTestClient c;
        auto out = login(c, endpoint(m_dovecot.tlsPort(), Security::ImplicitTls, m_dovecot.certificateSha256()),
                         loginAs(user, QStringLiteral("wrong")));
        QCOMPARE(out.code(), ErrorCode::WrongCredentials);
        QCOMPARE(out.error().responseCode, QByteArray("AUTH"));
        QVERIFY(!out.error().isTemporary());
    }

    void listingsAndRetrievalAreByteExact()
    {
        const QString user = newUser();
        QByteArray big = message(3);
        for (int i = 0; i < 20000; ++i)
            big += (i % 50 == 0 ? ".starts with a dot " : "line ") + QByteArray::number(i) + QByteArray(60, 'x') + "\r\n";
        const QList<QByteArray> sent{message(1, ".\r\n..\r\n.x\r\n"), message(2, "8-bit: \xe9\xe8\xff\r\n" + QByteArray(5000, 'L') + "\r\n"), big};
        for (const QByteArray& m : sent)
            QVERIFY(m_dovecot.deliver(user, m));

        NetTestClient c;
        auto in = login(c, endpoint(m_dovecot.tlsPort(), Security::ImplicitTls, m_dovecot.certificateSha256()),
                        loginAs(user, passwordOf(user)));
        QVERIFY2(in.ok(), why(in, c).constData());
        QVERIFY(in.value().capabilities.uidl && in.value().capabilities.top);
        Outcome<StatInfo> stat;
        Outcome<Listing<ListEntry>> list;
        Outcome<Listing<UidlEntry>> uidl;
        Outcome<qint64> top;
        QByteArray headers;
        c.session().stat(stat.callback());
        c.session().list(list.callback());
        c.session().uidl(uidl.callback());
        c.session().top(1, 0, [&](QByteArrayView b) { headers += b; }, top.callback());
        QList<QByteArray> got(sent.size());
        QList<Outcome<qint64>> retr(sent.size());
        for (int i = 0; i < sent.size(); ++i)
            c.session().retr(i + 1, [&got, i](QByteArrayView b) { got[i] += b; }, retr[i].callback());
        POSTBAG_WAIT(retr.last());
        QCOMPARE(stat.value().count, 3);
        QCOMPARE(list.value().entries.size(), 3);
        QCOMPARE(list.value().entries[2].octets, qint64(big.size()));
        QCOMPARE(uidl.value().entries.size(), 3);
        QVERIFY(uidl.value().malformedLines.isEmpty());
        QCOMPARE(headers, sent[0].left(sent[0].indexOf("\r\n\r\n") + 4));
        for (int i = 0; i < sent.size(); ++i) {
            QVERIFY(retr[i].ok());
            QCOMPARE(got[i], sent[i]);
        }
    }

    void deleThenQuitRemovesRsetAndDroppedConnectionDoNot()
    {
        const QString user = newUser();
        for (int i = 1; i <= 3; ++i)
            QVERIFY(m_dovecot.deliver(user, message(i)));
        const Endpoint e = endpoint(m_dovecot.tlsPort(), Security::ImplicitTls, m_dovecot.certificateSha256());

        { // DELE 1 then RSET then QUIT: nothing removed
            NetTestClient c;
            QVERIFY(login(c, e, loginAs(user, passwordOf(user))).ok());
            Outcome<Ok> dele, rset, quit;
            c.session().dele(1, dele.callback());
            c.session().rset(rset.callback());
            c.client->quit(quit.callback());
            POSTBAG_WAIT(quit);
            QVERIFY(dele.ok() && rset.ok() && quit.ok());
            QCOMPARE(m_dovecot.messagesOnServer(user).size(), 3);
        }
        { // DELE 1, then the connection drops before QUIT: nothing removed
            NetTestClient c;
            QVERIFY(login(c, e, loginAs(user, passwordOf(user))).ok());
            Outcome<Ok> dele;
            c.session().dele(1, dele.callback());
            POSTBAG_WAIT(dele);
            QVERIFY(dele.ok());
            c.client->abort();
            QTRY_VERIFY_WITH_TIMEOUT(DovecotServer::processesOf(m_dovecot.directory()).size() > 0, 5000);
            QTRY_COMPARE_WITH_TIMEOUT(m_dovecot.messagesOnServer(user).size(), 3, 5000);
        }
        { // DELE 1 and 3, QUIT: removed
            NetTestClient c;
            QVERIFY(login(c, e, loginAs(user, passwordOf(user))).ok());
            Outcome<Ok> d1, d3, quit;
            c.session().dele(1, d1.callback());
            c.session().dele(3, d3.callback());
            c.client->quit(quit.callback());
            POSTBAG_WAIT(quit);
            QVERIFY(quit.ok());
            QTRY_COMPARE_WITH_TIMEOUT(m_dovecot.messagesOnServer(user), QList<QByteArray>{message(2)}, 5000);
        }
    }

    void pipeliningIsUsedWhenAdvertised()
    {
        const QString user = newUser();
        for (int i = 1; i <= 6; ++i)
            QVERIFY(m_dovecot.deliver(user, message(i)));
        NetTestClient c;
        auto in = login(c, endpoint(m_dovecot.tlsPort(), Security::ImplicitTls, m_dovecot.certificateSha256()),
                        loginAs(user, passwordOf(user)));
        QVERIFY2(in.ok(), why(in, c).constData());
        QVERIFY(in.value().capabilities.pipelining);
        QList<Outcome<qint64>> retr(6);
        for (int i = 0; i < 6; ++i)
            c.session().retr(i + 1, [](QByteArrayView) {}, retr[i].callback());
        POSTBAG_WAIT(retr.last());
        for (const auto& r : retr)
            QVERIFY(r.ok());
        // All six commands were written before the first answer was read.
        const qsizetype lastCommand = c.logText.indexOf("C: RETR 6");
        const qsizetype firstAnswer = c.logText.indexOf("bytes of message data]");
        QVERIFY2(lastCommand >= 0 && firstAnswer > lastCommand, c.logText.constData());
        QCOMPARE(c.maxBodiesInFlight(), 6);
    }
};

QTEST_GUILESS_MAIN(tst_ClientDovecot)
#include "tst_ClientDovecot.moc"
