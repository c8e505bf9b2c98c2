// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/AccessTokenSource.h"
#include "tests/support/MemoryCredentialStore.h"
#include "tests/support/ScriptedOAuthServer.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace postbag;
using oauth::AccessTokenSource;
using testing::MemoryCredentialStore;
using testing::ScriptedOAuthServer;

namespace {
const QString kClient = QStringLiteral("postbag-test-client");
const QString kScope = QStringLiteral("https://mail.example/");
} // namespace

class tst_AccessTokenSource : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<ScriptedOAuthServer> m_server;
    MemoryCredentialStore m_keyring;
    std::unique_ptr<AccessTokenSource> m_source;
    QDateTime m_now;

    account::AccountSettings accountFor(const QString& user) const
    {
        account::AccountSettings a;
        a.host = QStringLiteral("pop.mail.example");
        a.port = 995;
        a.username = user;
        a.auth = account::AuthPreference::OAuth2;
        return a;
    }

    // A sign-in's refresh token, the way the wizard stores one.
    QString signIn(const account::AccountSettings& a)
    {
        const QString refresh = QStringLiteral("refresh-of-") + a.username;
        std::optional<Status> stored;
        m_source->write(a, refresh, [&stored](Status s) { stored = s; });
        return stored && stored->ok() ? refresh : QString();
    }

    Result<QString> tokenFor(const account::AccountSettings& a)
    {
        std::optional<Result<QString>> answer;
        m_source->read(a, [&answer](Result<QString> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
            return Error::make(ErrorCode::ResponseTimeout, QStringLiteral("test: no answer"));
        return *answer;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedOAuthServer>(kClient, kScope);
        QVERIFY(m_server->start());
        m_keyring = MemoryCredentialStore();
        m_source =
            std::make_unique<AccessTokenSource>(&m_network, m_keyring, [](const oauth::Provider&) {
                return Result<oauth::ClientRegistration>(oauth::ClientRegistration{kClient, {}});
            });
        oauth::Provider p;
        p.id = QStringLiteral("test");
        p.tokenUrl = m_server->tokenUrl();
        p.pop3Hosts = {QStringLiteral("pop.mail.example")};
        m_source->setProviders({p});
        m_now = QDateTime::currentDateTimeUtc();
        m_source->setClock([this] { return m_now; });
    }

    void refreshTokenHasItsOwnKeyringEntry()
    {
        const auto a = accountFor(QStringLiteral("ann@mail.example"));
        m_keyring.write(a, QStringLiteral("ann's password"), [](Status) {});
        const QString refresh = signIn(a);
        QVERIFY(!refresh.isEmpty());
        // The password is still there, the token beside it.
        QCOMPARE(m_keyring.secrets.value(account::CredentialStore::keyFor(a)),
                 QStringLiteral("ann's password"));
        QCOMPARE(m_keyring.secrets.value(
                     account::CredentialStore::keyFor(AccessTokenSource::refreshTokenEntry(a))),
                 refresh);
        QCOMPARE(m_keyring.secrets.size(), 2);
    }

    void aRefreshTokenTheProviderDoesNotKnowAsksForSignIn()
    {
        const auto a = accountFor(QStringLiteral("ann@mail.example"));
        QVERIFY(!signIn(a).isEmpty());
        const auto refused = tokenFor(a);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::SignInAgain);
        QCOMPARE(m_server->refreshes(), 1);
    }

    void refreshesBeforeExpiryAndAfterARefusal()
    {
        const auto a = accountFor(QStringLiteral("ann@mail.example"));
        oauth::Tokens signedIn;
        signedIn.accessToken = QStringLiteral("from-sign-in");
        signedIn.refreshToken = m_server->grantRefreshToken();
        m_server->setExpiresInSeconds(10000);
        signedIn.expiresAt = m_now.addSecs(3600);
        m_source->signedIn(a, signedIn, [](Status) {});

        // The sign-in's own access token, without asking the provider.
        QCOMPARE(tokenFor(a).value(), QStringLiteral("from-sign-in"));
        QCOMPARE(m_server->refreshes(), 0);
        // Two minutes before it expires, a new one.
        m_now = m_now.addSecs(3600 - 100);
        const QString second = tokenFor(a).value();
        QVERIFY(m_server->activeAccessTokens().contains(second));
        QCOMPARE(m_server->refreshes(), 1);
        QCOMPARE(tokenFor(a).value(), second);
        QCOMPARE(m_server->refreshes(), 1);
        // The server refused it: discarded once, and the next read refreshes.
        QVERIFY(m_source->discard(a, second));
        QVERIFY(!m_source->discard(a, second));
        const QString third = tokenFor(a).value();
        QVERIFY(third != second);
        QCOMPARE(m_server->refreshes(), 2);
        // A password account's store never discards.
        QVERIFY(!m_keyring.discard(a, third));
    }

    void revokedRefreshTokenAsksForSignInOnce()
    {
        const auto a = accountFor(QStringLiteral("ann@mail.example"));
        m_source->write(a, m_server->grantRefreshToken(), [](Status) {});
        QVERIFY(tokenFor(a).ok());
        m_server->revokeRefreshTokens();
        m_now = m_now.addSecs(7200);
        const auto first = tokenFor(a);
        QCOMPARE(first.error().code, ErrorCode::SignInAgain);
        QCOMPARE(first.error().responseCode, QByteArray("invalid_grant"));
        QCOMPARE(m_server->refreshes(), 2);
        // Not sent again: the answer comes at once.
        QCOMPARE(tokenFor(a).error().code, ErrorCode::SignInAgain);
        QCOMPARE(m_server->refreshes(), 2);
        // A new sign-in clears it.
        m_source->write(a, m_server->grantRefreshToken(), [](Status) {});
        QVERIFY(tokenFor(a).ok());
        QCOMPARE(m_server->refreshes(), 3);
    }

    void noRefreshTokenStoredMeansSignIn()
    {
        const auto result = tokenFor(accountFor(QStringLiteral("new@mail.example")));
        QCOMPARE(result.error().code, ErrorCode::SignInAgain);
        QCOMPARE(m_server->tokenRequests(), 0);
    }

    void severalAccountsAtOneProviderKeepTheirOwnTokens()
    {
        m_server->setUser(QStringLiteral("ann"));
        const auto ann = accountFor(QStringLiteral("ann@mail.example"));
        m_source->write(ann, m_server->grantRefreshToken(), [](Status) {});
        m_server->setUser(QStringLiteral("bob"));
        const auto bob = accountFor(QStringLiteral("bob@mail.example"));
        m_source->write(bob, m_server->grantRefreshToken(), [](Status) {});
        const QString annToken = tokenFor(ann).value();
        const QString bobToken = tokenFor(bob).value();
        QVERIFY(annToken != bobToken);
        // Revoking happens per token: bob signs in again, ann keeps hers.
        QVERIFY(m_source->discard(bob, bobToken));
        QCOMPARE(tokenFor(ann).value(), annToken);
    }

    void concurrentReadsShareOneRefresh()
    {
        const auto a = accountFor(QStringLiteral("ann@mail.example"));
        m_source->write(a, m_server->grantRefreshToken(), [](Status) {});
        const int before = m_server->refreshes();
        QList<Result<QString>> answers;
        for (int i = 0; i < 3; ++i)
            m_source->read(a, [&answers](Result<QString> r) { answers.append(std::move(r)); });
        QTRY_COMPARE(answers.size(), 3);
        QCOMPARE(m_server->refreshes(), before + 1);
        QCOMPARE(answers.at(0).value(), answers.at(2).value());
    }

    void unknownServerAndMissingClient()
    {
        auto a = accountFor(QStringLiteral("ann@mail.example"));
        a.host = QStringLiteral("pop.elsewhere.example");
        QCOMPARE(tokenFor(a).error().code, ErrorCode::InvalidSetting);
        AccessTokenSource noClient(&m_network, m_keyring, [](const oauth::Provider& p) {
            return Result<oauth::ClientRegistration>(
                Error::make(ErrorCode::OAuthClientMissing, p.id));
        });
        noClient.setProviders({*oauth::Provider::byId(u"google")});
        std::optional<Result<QString>> answer;
        auto atGoogle = accountFor(QStringLiteral("ann@gmail.com"));
        atGoogle.host = QStringLiteral("pop.gmail.com");
        noClient.read(atGoogle, [&answer](Result<QString> r) { answer = std::move(r); });
        QVERIFY(answer);
        QCOMPARE(answer->error().code, ErrorCode::OAuthClientMissing);
        QCOMPARE(answer->error().serverText, QStringLiteral("google"));
        answer.reset();
        noClient.read(accountFor(QStringLiteral("ann@mail.example")),
                      [&answer](Result<QString> r) { answer = std::move(r); });
        QVERIFY(answer);
        QCOMPARE(answer->error().code, ErrorCode::InvalidSetting);
        QCOMPARE(m_server->tokenRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AccessTokenSource)
#include "tst_AccessTokenSource.moc"
