// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/AuthPlanner.h"

#include <QTest>

using namespace postbag;
using namespace postbag::pop3;

Q_DECLARE_METATYPE(postbag::pop3::Capabilities)
Q_DECLARE_METATYPE(postbag::pop3::Greeting)
Q_DECLARE_METATYPE(postbag::pop3::AuthPolicy)

namespace {
Capabilities caps(const QList<QByteArray>& lines)
{
    return Capabilities::parse(lines);
}
const Greeting kStamped{QStringLiteral("ready"), "<1.2@host>"};
const Greeting kPlainGreeting{QStringLiteral("ready"), {}};
} // namespace

Q_DECLARE_METATYPE(postbag::pop3::AuthMethod)

class tst_AuthPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plan_data()
    {
        QTest::addColumn<Capabilities>("capabilities");
        QTest::addColumn<Greeting>("greeting");
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<AuthPolicy>("policy");
        QTest::addColumn<QList<AuthMethod>>("expected");
        QTest::addColumn<ErrorCode>("error");

        const AuthPolicy automatic;
        AuthPolicy insecureOk;
        insecureOk.allowInsecure = true;
        AuthPolicy oauth;
        oauth.oauth = true;
        AuthPolicy wantApop;
        wantApop.preference = AuthMethod::Apop;
        AuthPolicy wantApopInsecureOk = wantApop;
        wantApopInsecureOk.allowInsecure = true;
        AuthPolicy wantPlain;
        wantPlain.preference = AuthMethod::Plain;
        const auto none = ErrorCode(-1);
        using M = AuthMethod;

        QTest::newRow("tls: PLAIN first (one round trip), challenge methods last")
            << caps({"USER", "SASL PLAIN LOGIN CRAM-MD5"}) << kStamped << true << automatic
            << QList<M>{M::Plain, M::Login, M::UserPass, M::CramMd5, M::Apop} << none;
        QTest::newRow("tls: a greeting's APOP stamp comes after USER/PASS")
            << caps({"USER"}) << kStamped << true << automatic << QList<M>{M::UserPass, M::Apop}
            << none;
        QTest::newRow("clear text without permission: not even CRAM-MD5 or APOP")
            << caps({"USER", "SASL PLAIN CRAM-MD5"}) << kStamped << false << automatic << QList<M>{}
            << ErrorCode::InsecureAuthRefused;
        QTest::newRow("clear text without permission: APOP alone is refused too")
            << Capabilities{} << kStamped << false << automatic << QList<M>{}
            << ErrorCode::InsecureAuthRefused;
        QTest::newRow("clear text, nothing safe: refused, not 'no mechanism'")
            << caps({"USER", "SASL PLAIN LOGIN"}) << kPlainGreeting << false << automatic
            << QList<M>{} << ErrorCode::InsecureAuthRefused;
        QTest::newRow("clear text allowed: what hides the password still first")
            << caps({"USER", "SASL PLAIN CRAM-MD5"}) << kStamped << false << insecureOk
            << QList<M>{M::CramMd5, M::Apop, M::Plain, M::UserPass} << none;
        QTest::newRow("clear text allowed by the account")
            << caps({"USER", "SASL PLAIN"}) << kPlainGreeting << false << insecureOk
            << QList<M>{M::Plain, M::UserPass} << none;
        QTest::newRow("APOP only when the greeting has a timestamp")
            << caps({"USER"}) << kPlainGreeting << true << automatic
            << QList<M>{M::UserPass} << none;
        QTest::newRow("no CAPA: RFC 1939 baseline")
            << Capabilities{} << kStamped << true << automatic << QList<M>{M::UserPass, M::Apop}
            << none;
        QTest::newRow("CAPA without USER or SASL still allows USER as last resort")
            << caps({"TOP", "UIDL"}) << kPlainGreeting << true << automatic
            << QList<M>{M::UserPass} << none;
        QTest::newRow("CAPA with SASL but no USER: no USER")
            << caps({"SASL PLAIN"}) << kPlainGreeting << true << automatic
            << QList<M>{M::Plain} << none;
        QTest::newRow("oauth token: bearer mechanisms only")
            << caps({"USER", "SASL PLAIN XOAUTH2 OAUTHBEARER"}) << kPlainGreeting << true << oauth
            << QList<M>{M::OAuthBearer, M::XOAuth2} << none;
        QTest::newRow("oauth token never in the clear")
            << caps({"SASL XOAUTH2"}) << kPlainGreeting << false << oauth
            << QList<M>{} << ErrorCode::InsecureAuthRefused;
        QTest::newRow("oauth not offered")
            << caps({"USER", "SASL PLAIN"}) << kPlainGreeting << true << oauth
            << QList<M>{} << ErrorCode::NoUsableMechanism;
        QTest::newRow("explicit APOP without timestamp")
            << caps({"USER"}) << kPlainGreeting << true << wantApop
            << QList<M>{} << ErrorCode::NoUsableMechanism;
        QTest::newRow("explicit PLAIN in the clear is still refused")
            << caps({"SASL PLAIN"}) << kPlainGreeting << false << wantPlain
            << QList<M>{} << ErrorCode::InsecureAuthRefused;
        QTest::newRow("explicit APOP in the clear needs the account's permission")
            << caps({"USER"}) << kStamped << false << wantApop << QList<M>{}
            << ErrorCode::InsecureAuthRefused;
        QTest::newRow("explicit APOP in the clear with permission")
            << caps({"USER"}) << kStamped << false << wantApopInsecureOk << QList<M>{M::Apop}
            << none;
    }
    void plan()
    {
        QFETCH(Capabilities, capabilities);
        QFETCH(Greeting, greeting);
        QFETCH(bool, encrypted);
        QFETCH(AuthPolicy, policy);
        QFETCH(QList<AuthMethod>, expected);
        QFETCH(ErrorCode, error);
        const auto result = planAuthentication(capabilities, greeting, encrypted, policy);
        if (expected.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, error);
        } else {
            QVERIFY(result.ok());
            QCOMPARE(result.value(), expected);
        }
    }

    void nextMethod_data()
    {
        QTest::addColumn<AuthMethod>("method");
        QTest::addColumn<ErrorCode>("error");
        QTest::addColumn<bool>("next");
        using M = AuthMethod;
        using E = ErrorCode;
        // A rejected challenge method says nothing about the password (no APOP secret, no
        // CRAM-MD5 password on the server): the next method gets its chance.
        QTest::newRow("APOP [AUTH] rejected") << M::Apop << E::WrongCredentials << true;
        QTest::newRow("CRAM-MD5 [AUTH] rejected") << M::CramMd5 << E::WrongCredentials << true;
        QTest::newRow("APOP plain -ERR") << M::Apop << E::ServerRejected << true;
        QTest::newRow("AUTH PLAIN unsupported") << M::Plain << E::CommandUnsupported << true;
        QTest::newRow("AUTH PLAIN refused as a mechanism") << M::Plain << E::ServerRejected << true;
        // The password itself was rejected: trying it again another way is hammering.
        QTest::newRow("PLAIN wrong password") << M::Plain << E::WrongCredentials << false;
        QTest::newRow("PASS wrong password") << M::UserPass << E::WrongCredentials << false;
        QTest::newRow("LOGIN wrong password") << M::Login << E::WrongCredentials << false;
        // Temporary trouble and broken connections end the attempt, whatever the method.
        QTest::newRow("APOP in use") << M::Apop << E::MailboxInUse << false;
        QTest::newRow("CRAM-MD5 sys/temp") << M::CramMd5 << E::ServerTemporary << false;
        QTest::newRow("APOP connection closed") << M::Apop << E::ConnectionClosed << false;
        QTest::newRow("unsafe argument") << M::Apop << E::UnsafeArgument << false;
    }
    void nextMethod()
    {
        QFETCH(AuthMethod, method);
        QFETCH(ErrorCode, error);
        QFETCH(bool, next);
        QCOMPARE(tryNextMethodAfter(method, Error::make(error)), next);
    }
};

QTEST_GUILESS_MAIN(tst_AuthPlanner)
#include "tst_AuthPlanner.moc"
