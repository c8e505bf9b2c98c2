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
        AuthPolicy wantPlain;
        wantPlain.preference = AuthMethod::Plain;
        const auto none = ErrorCode(-1);
        using M = AuthMethod;

        QTest::newRow("tls: PLAIN first (one round trip), USER last")
            << caps({"USER", "SASL PLAIN LOGIN CRAM-MD5"}) << kStamped << true << automatic
            << QList<M>{M::Plain, M::Login, M::CramMd5, M::Apop, M::UserPass} << none;
        QTest::newRow("clear text: only what hides the password")
            << caps({"USER", "SASL PLAIN CRAM-MD5"}) << kStamped << false << automatic
            << QList<M>{M::CramMd5, M::Apop} << none;
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
            << Capabilities{} << kStamped << true << automatic
            << QList<M>{M::Apop, M::UserPass} << none;
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
};

QTEST_GUILESS_MAIN(tst_AuthPlanner)
#include "tst_AuthPlanner.moc"
