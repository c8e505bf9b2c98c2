// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under tests/support/with-keyring: the refresh token goes to a real GNOME Keyring through
// QtKeychain, beside the account's password and never over it, and comes back for a refresh.
#include "core/account/KeychainCredentialStore.h"
#include "core/oauth/AccessTokenSource.h"
#include "tests/support/Outcome.h"
#include "tests/support/ScriptedOAuthServer.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace postbag;
using postbag::testing::Outcome;

class tst_AccessTokenKeyring : public QObject
{
    Q_OBJECT

    template <typename T> static bool wait(const Outcome<T>& outcome)
    {
        return QTest::qWaitFor([&] { return outcome.done(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring");
    }

    void refreshTokenBesideThePassword()
    {
        testing::ScriptedOAuthServer provider(QStringLiteral("client"), QStringLiteral("scope"));
        QVERIFY(provider.start());
        account::KeychainCredentialStore keyring(QStringLiteral("PostbagTest"));
        QNetworkAccessManager network;
        oauth::AccessTokenSource tokens(&network, keyring, [](const oauth::Provider&) {
            return Result<oauth::ClientRegistration>(
                oauth::ClientRegistration{QStringLiteral("client"), {}});
        });
        oauth::Provider p;
        p.id = QStringLiteral("test");
        p.tokenUrl = provider.tokenUrl();
        p.pop3Hosts = {QStringLiteral("pop.mail.example")};
        tokens.setProviders({p});
        account::AccountSettings a;
        a.host = QStringLiteral("pop.mail.example");
        a.username = QStringLiteral("ann");
        a.auth = account::AuthPreference::OAuth2;

        Outcome<Ok> password;
        keyring.write(a, QStringLiteral("ann's password"), password.callback());
        QVERIFY(wait(password) && password.ok());
        const QString refresh = provider.grantRefreshToken();
        Outcome<Ok> stored;
        tokens.write(a, refresh, stored.callback());
        QVERIFY(wait(stored));
        QVERIFY(stored.ok());

        Outcome<QString> access;
        tokens.read(a, access.callback());
        QVERIFY(wait(access));
        QVERIFY(access.ok());
        QVERIFY(provider.activeAccessTokens().contains(access.value()));

        Outcome<QString> stillPassword;
        keyring.read(a, stillPassword.callback());
        QVERIFY(wait(stillPassword));
        QCOMPARE(stillPassword.value(), QStringLiteral("ann's password"));
        Outcome<QString> entry;
        keyring.read(oauth::AccessTokenSource::refreshTokenEntry(a), entry.callback());
        QVERIFY(wait(entry));
        QCOMPARE(entry.value(), refresh);

        Outcome<Ok> erased;
        tokens.erase(a, erased.callback());
        QVERIFY(wait(erased));
        Outcome<QString> gone;
        tokens.read(a, gone.callback());
        QVERIFY(wait(gone));
        QCOMPARE(gone.code(), ErrorCode::SignInAgain);
    }
};

QTEST_GUILESS_MAIN(tst_AccessTokenKeyring)
#include "tst_AccessTokenKeyring.moc"
