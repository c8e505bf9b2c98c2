// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The way in against scripted servers that behave like ones in the wild: an APOP timestamp in the
// greeting of a server that has no APOP secret for the user, challenge methods on a connection
// without TLS, RFC 6856 UTF8, and user names or passwords that would inject commands. Each script
// runs whole, one byte per write and with LF-only line ends.
#include "NetTestClient.h"
#include "tests/support/ScriptedPop3Server.h"
#include "tests/support/TestCertificate.h"

#include <QTest>

using namespace postbag;
using namespace postbag::pop3;
using namespace postbag::testing;

namespace {
const char* kAfterLogin = "C: CAPA\nS: +OK\nS: USER\nS: .\n";
// A greeting with an APOP timestamp, and the start of the CAPA answer that follows it.
const char* kStamped = "S: +OK POP3 ready <21978.1733580000@pop.example.net>\nC: CAPA\nS: +OK\n";
} // namespace

class tst_ClientLogin : public QObject
{
    Q_OBJECT

    ScriptedPop3Server* m_server = nullptr;

    void addDeliveryRows()
    {
        QTest::addColumn<QString>("delivery");
        QTest::newRow("whole") << QString();
        QTest::newRow("byte-by-byte") << QStringLiteral("!bytewise on\n");
        QTest::newRow("lf-only") << QStringLiteral("!lf-only on\n");
    }

    Outcome<LoginInfo> login(NetTestClient& c, Security security, const LoginOptions& o)
    {
        Outcome<LoginInfo> out;
        const QByteArray pin =
            security == Security::ImplicitTls ? TestCertificate::shared().sha256() : QByteArray();
        c.client->connectAndLogin(endpoint(m_server->port(), security, pin), o, out.callback());
        [&] { POSTBAG_WAIT(out); }();
        return out;
    }

    void serve(const QString& script) { m_server->addConnection(script); }

    QByteArray details(const NetTestClient& c) const
    {
        return c.logText + "\n--- server ---\n" + m_server->transcript().toUtf8();
    }

    bool clientSent(QByteArrayView prefix) const
    {
        for (const QByteArray& line : m_server->receivedLines()) {
            if (line.startsWith(prefix))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init() { m_server = new ScriptedPop3Server(this); }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    // Issue 29: the greeting has a timestamp, the user has no APOP secret. Over TLS the password
    // may go as it is, so USER/PASS comes first and APOP is never tried.
    void apopStampOverTlsLogsInWithUserPass_data() { addDeliveryRows(); }
    void apopStampOverTlsLogsInWithUserPass()
    {
        QFETCH(QString, delivery);
        m_server->setImplicitTls(true);
        serve(delivery + QLatin1String(kStamped) + QStringLiteral(R"(S: USER
S: .
C: USER bob
S: +OK
C: PASS pw
S: +OK logged in
)") + QLatin1String(kAfterLogin));
        NetTestClient c;
        auto out =
            login(c, Security::ImplicitTls, loginAs(QStringLiteral("bob"), QStringLiteral("pw")));
        QVERIFY2(out.ok(), details(c).constData());
        QCOMPARE(out.value().method, AuthMethod::UserPass);
        QVERIFY(!clientSent("APOP"));
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    // Where APOP does come first (in the clear, allowed by the account), its rejection is not a
    // wrong password: the next method the account allows is tried, once.
    void apopRejectedThenUserPass_data() { addDeliveryRows(); }
    void apopRejectedThenUserPass()
    {
        QFETCH(QString, delivery);
        serve(delivery + QLatin1String(kStamped) + QStringLiteral(R"(S: USER
S: RESP-CODES
S: AUTH-RESP-CODE
S: .
C: APOP bob *
S: -ERR [AUTH] Bad login
C: USER bob
S: +OK
C: PASS pw
S: +OK logged in
)") + QLatin1String(kAfterLogin));
        NetTestClient c;
        auto out =
            login(c, Security::None, loginAs(QStringLiteral("bob"), QStringLiteral("pw"), true));
        QVERIFY2(out.ok(), details(c).constData());
        QCOMPARE(out.value().method, AuthMethod::UserPass);
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    // Issue 22: without the account's permission nothing logs in over a connection without TLS,
    // not APOP, not CRAM-MD5, and no falling back to USER/PASS either: a clear error instead.
    void clearTextWithoutPermissionSendsNoLogin_data() { addDeliveryRows(); }
    void clearTextWithoutPermissionSendsNoLogin()
    {
        QFETCH(QString, delivery);
        serve(delivery + QLatin1String(kStamped) + QStringLiteral(R"(S: USER
S: SASL CRAM-MD5
S: .
!expect-close
)"));
        NetTestClient c;
        auto out = login(c, Security::None, loginAs(QStringLiteral("bob"), QStringLiteral("pw")));
        QCOMPARE(out.code(), ErrorCode::InsecureAuthRefused);
        QTRY_VERIFY(m_server->isDone());
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
        for (const char* verb : {"APOP", "AUTH", "USER", "PASS"})
            QVERIFY2(!clientSent(verb), details(c).constData());
    }

    // Every method the plan holds is tried once; the password rejected by USER/PASS is reported
    // as wrong, and nothing is tried again.
    void onePassThroughThePlan_data() { addDeliveryRows(); }
    void onePassThroughThePlan()
    {
        QFETCH(QString, delivery);
        serve(delivery + QLatin1String(kStamped) + QStringLiteral(R"(S: USER
S: SASL CRAM-MD5
S: .
C: AUTH CRAM-MD5
S: + PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+
C: *
S: -ERR [AUTH] Authentication failed
C: APOP bob *
S: -ERR [AUTH] Bad login
C: USER bob
S: +OK
C: PASS pw
S: -ERR [AUTH] Bad login
!expect-close
)"));
        NetTestClient c;
        auto out =
            login(c, Security::None, loginAs(QStringLiteral("bob"), QStringLiteral("pw"), true));
        QCOMPARE(out.code(), ErrorCode::WrongCredentials);
        QTRY_VERIFY(m_server->isDone());
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    // A temporary refusal of APOP is not a reason to try the password another way.
    void temporaryFailureEndsThePlan()
    {
        serve(QLatin1String(kStamped) + QStringLiteral(R"(S: USER
S: RESP-CODES
S: .
C: APOP bob *
S: -ERR [IN-USE] mailbox locked
!expect-close
)"));
        NetTestClient c;
        auto out =
            login(c, Security::None, loginAs(QStringLiteral("bob"), QStringLiteral("pw"), true));
        QCOMPARE(out.code(), ErrorCode::MailboxInUse);
        QTRY_VERIFY(m_server->isDone());
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    // Issue 22: a user name or password with CR, LF or NUL (from the keyring, the command line,
    // an ISPDB file) never reaches the server.
    void injectingCredentialsAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("user name") << QStringLiteral("bob\r\nDELE 1") << QStringLiteral("pw");
        QTest::newRow("password") << QStringLiteral("bob") << QStringLiteral("pw\r\nDELE 1");
        QTest::newRow("NUL") << QStringLiteral("bob")
                             << QStringLiteral("pw") + QChar(0) + QStringLiteral("DELE 1");
    }
    void injectingCredentialsAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        m_server->setImplicitTls(true);
        m_server->addConnection(
            u"S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: SASL PLAIN\nS: .\n!expect-close");
        NetTestClient c;
        auto out = login(c, Security::ImplicitTls, loginAs(user, password));
        QCOMPARE(out.code(), ErrorCode::UnsafeArgument);
        QTRY_VERIFY(m_server->isDone());
        QCOMPARE(m_server->receivedLines(), QList<QByteArray>{"CAPA"});
    }

    // Issue 29: RFC 6856. UTF8 goes before the login (so a UTF-8 user name is read as one).
    void utf8BeforeLoginWhenOffered_data() { addDeliveryRows(); }
    void utf8BeforeLoginWhenOffered()
    {
        QFETCH(QString, delivery);
        m_server->setImplicitTls(true);
        serve(delivery + QStringLiteral(R"(
S: +OK ready
C: CAPA
S: +OK
S: USER
S: UTF8 USER
S: .
C: UTF8
S: +OK UTF8 enabled
)") + QStringLiteral("C: USER j\u00f6rg\n") +
              QStringLiteral(R"(S: +OK
C: PASS pw
S: +OK logged in
)") + QLatin1String(kAfterLogin));
        NetTestClient c;
        auto out = login(c, Security::ImplicitTls,
                         loginAs(QStringLiteral("j\u00f6rg"), QStringLiteral("pw")));
        QVERIFY2(out.ok(), details(c).constData());
        QVERIFY(out.value().utf8);
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    // A server that lists UTF8 only once logged in gets it then, before the login is reported.
    void utf8AfterLoginWhenOnlyListedThen()
    {
        m_server->setImplicitTls(true);
        serve(QStringLiteral(R"(
S: +OK ready
C: CAPA
S: +OK
S: USER
S: .
C: USER bob
S: +OK
C: PASS pw
S: +OK logged in
C: CAPA
S: +OK
S: USER
S: UTF8
S: .
C: UTF8
S: +OK UTF8 enabled
)"));
        NetTestClient c;
        auto out =
            login(c, Security::ImplicitTls, loginAs(QStringLiteral("bob"), QStringLiteral("pw")));
        QVERIFY2(out.ok(), details(c).constData());
        QVERIFY(out.value().utf8);
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    // A refused UTF8 is no reason not to log in.
    void utf8RefusedStillLogsIn()
    {
        m_server->setImplicitTls(true);
        serve(QStringLiteral(R"(
S: +OK ready
C: CAPA
S: +OK
S: USER
S: UTF8
S: .
C: UTF8
S: -ERR not today
C: USER bob
S: +OK
C: PASS pw
S: +OK logged in
)") + QLatin1String(kAfterLogin));
        NetTestClient c;
        auto out =
            login(c, Security::ImplicitTls, loginAs(QStringLiteral("bob"), QStringLiteral("pw")));
        QVERIFY2(out.ok(), details(c).constData());
        QVERIFY(!out.value().utf8);
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }
};

QTEST_GUILESS_MAIN(tst_ClientLogin)
#include "tst_ClientLogin.moc"
