// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/CredentialStore.h"
#include "core/account/OutgoingServer.h"

#include <QTest>

using namespace postbag;
using namespace postbag::account;

namespace {
OutgoingServer sample()
{
    OutgoingServer s;
    s.host = QStringLiteral("smtp.example.org");
    s.port = 587;
    s.security = Security::StartTls;
    s.auth = AuthPreference::Plain;
    s.pinnedSha256 = QByteArray(32, '\x22');
    return s;
}
} // namespace

class tst_OutgoingServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreImplicitTlsOn465()
    {
        const OutgoingServer s;
        QCOMPARE(s.port, quint16(465));
        QCOMPARE(s.security, Security::ImplicitTls);
        QCOMPARE(OutgoingServer::defaultPort(Security::ImplicitTls), quint16(465));
        QCOMPARE(OutgoingServer::defaultPort(Security::StartTls), quint16(587));
        QCOMPARE(OutgoingServer::defaultPort(Security::None), quint16(587));
    }

    void aValidServerPasses() { QVERIFY(sample().validate().ok()); }

    void userNameDefaultsToThePop3Login()
    {
        AccountSettings account;
        account.username = QStringLiteral("ann@example.org");
        OutgoingServer s = sample();
        QCOMPARE(s.effectiveUsername(account), QStringLiteral("ann@example.org"));
        s.username = QStringLiteral("ann");
        QCOMPARE(s.effectiveUsername(account), QStringLiteral("ann"));
    }

    void equalityComparesEveryField()
    {
        const OutgoingServer a = sample();
        QVERIFY(a == sample());
        OutgoingServer b = a;
        b.host = QStringLiteral("smtp2.example.org");
        QVERIFY(a != b);
        b = a;
        b.port = 465;
        QVERIFY(a != b);
        b = a;
        b.security = Security::ImplicitTls;
        QVERIFY(a != b);
        b = a;
        b.auth = AuthPreference::Login;
        QVERIFY(a != b);
        b = a;
        b.username = QStringLiteral("other");
        QVERIFY(a != b);
        b = a;
        b.allowInsecureAuth = true;
        QVERIFY(a != b);
        b = a;
        b.pinnedSha256 = QByteArray(32, '\x33');
        QVERIFY(a != b);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("empty host") << QStringLiteral("host");
        QTest::newRow("port") << QStringLiteral("port");
        QTest::newRow("auth") << QStringLiteral("auth");
        QTest::newRow("username") << QStringLiteral("username");
        QTest::newRow("pinnedSha256") << QStringLiteral("pinnedSha256");
    }
    void validationNamesTheField()
    {
        QFETCH(QString, field);
        OutgoingServer s = sample();
        if (field == u"host")
            s.host = QStringLiteral("  ");
        if (field == u"port")
            s.port = 0;
        if (field == u"auth")
            s.auth = AuthPreference::Apop; // a POP3-only method
        if (field == u"username")
            s.username = QStringLiteral("ann\r\nRSET");
        if (field == u"pinnedSha256")
            s.pinnedSha256 = "short";
        const Status v = s.validate();
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::InvalidSetting);
        QCOMPARE(v.error().serverText, QStringLiteral("outgoing.") + field);
    }

    void jsonRoundTripsEveryField()
    {
        OutgoingServer s = sample();
        s.username = QStringLiteral("ann");
        s.allowInsecureAuth = true;
        const QString json = s.toJson();
        const auto back = OutgoingServer::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), s);
        QVERIFY(!json.contains(QStringLiteral("password"), Qt::CaseInsensitive));
        // Missing fields take the defaults; the port follows the security.
        const auto bare = OutgoingServer::fromJson(
            QStringLiteral(R"({"host":"smtp.example.org","security":"starttls"})"));
        QVERIFY(bare.ok());
        QCOMPARE(bare->port, quint16(587));
        QCOMPARE(bare->auth, AuthPreference::Automatic);
        QVERIFY(bare->username.isEmpty());
        const auto broken = OutgoingServer::fromJson(QStringLiteral("[1,"));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, ErrorCode::StoreCorrupt);
    }

    void theCredentialEntryIsThePop3OneForThePop3Login()
    {
        AccountSettings account;
        account.name = QStringLiteral("Work");
        account.username = QStringLiteral("ann");
        account.host = QStringLiteral("pop.example.org");
        account.port = 995;
        OutgoingServer s = sample();
        QCOMPARE(CredentialStore::keyFor(s.credentialAccount(account)),
                 CredentialStore::keyFor(account));
        s.username = QStringLiteral("ann");
        QCOMPARE(CredentialStore::keyFor(s.credentialAccount(account)),
                 CredentialStore::keyFor(account));
        s.username = QStringLiteral("ann-smtp");
        const AccountSettings own = s.credentialAccount(account);
        QCOMPARE(CredentialStore::keyFor(own), QStringLiteral("ann-smtp@smtp.example.org:587"));
        QCOMPARE(own.passwordSource, account.passwordSource);
    }

    void hostsWithSpacesOrSlashesAreRefused()
    {
        OutgoingServer s = sample();
        s.host = QStringLiteral("smtp example.org");
        QVERIFY(!s.validate().ok());
        s.host = QStringLiteral("smtp.example.org/x");
        QVERIFY(!s.validate().ok());
        s.host = QStringLiteral("smtp.example.org");
        s.auth = AuthPreference::UserPass;
        QVERIFY(!s.validate().ok());
    }
};

QTEST_GUILESS_MAIN(tst_OutgoingServer)
#include "tst_OutgoingServer.moc"
