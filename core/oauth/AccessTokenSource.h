// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/CredentialStore.h"
#include "core/oauth/TokenClient.h"

#include <QHash>
#include <QObject>

namespace postbag::oauth {

// The "password" of an account that signs in with OAuth 2: read() hands POP3 and SMTP a fresh
// access token, refreshed with the account's refresh token shortly before it expires. Why a
// CredentialStore: the sync (and the outbox) already ask one for each login's secret, so an OAuth
// account differs from a password account only in which store answers.
// The refresh token lives in the keyring store it is given, under an entry of its own per account
// (refreshTokenEntry(): "oauth2:" before the account's own entry name), so it never overwrites a
// password and two accounts at one provider never share one; it is never written anywhere else.
// Guarantees: each read() is answered exactly once; reads of one account while a refresh runs
// wait for that refresh; a revoked refresh token (invalid_grant) answers SignInAgain once from the
// provider and then at once, without asking the provider again, until write() stores a new one;
// discard() of the token just handed out makes the next read() refresh, once per token.
class AccessTokenSource final : public QObject, public account::CredentialStore
{
    Q_OBJECT
public:
    using Clients = std::function<Result<ClientRegistration>(const Provider&)>;
    using Clock = std::function<QDateTime()>;

    // `keyring` keeps the refresh tokens; `clients` finds Postbag's registration with a provider.
    AccessTokenSource(QNetworkAccessManager* network, account::CredentialStore& keyring,
                      Clients clients, QObject* parent = nullptr);
    ~AccessTokenSource() override;

    // The providers whose servers this source knows (Provider::builtIn() by default).
    void setProviders(QList<Provider> providers) { m_providers = std::move(providers); }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setTimeout(std::chrono::milliseconds timeout) { m_client.setTimeout(timeout); }

    // A fresh access token for the account.
    void read(const account::AccountSettings& account, Done done) override;
    // Stores a refresh token (after a sign-in: AuthorizationFlow's Tokens::refreshToken).
    void write(const account::AccountSettings& account, const QString& refreshToken,
               StatusDone done) override;
    void erase(const account::AccountSettings& account, StatusDone done) override;
    bool discard(const account::AccountSettings& account, const QString& secret) override;

    // After a sign-in: keeps its access token too, so the first login needs no refresh.
    void signedIn(const account::AccountSettings& account, const Tokens& tokens, StatusDone done);

    // The keyring entry that holds the account's refresh token.
    [[nodiscard]] static account::AccountSettings
    refreshTokenEntry(const account::AccountSettings& account);

private:
    struct Cached
    {
        QString accessToken;
        QDateTime expiresAt; // invalid: the provider did not say; good until a server refuses it
    };

    void refresh(const account::AccountSettings& account, const QString& key);
    void answer(const QString& key, const Result<QString>& result);
    [[nodiscard]] const Provider* providerFor(const QString& host) const;

    TokenClient m_client;
    account::CredentialStore& m_keyring;
    Clients m_clients;
    Clock m_clock;
    QList<Provider> m_providers;
    QHash<QString, Cached> m_cache;        // by CredentialStore::keyFor
    QHash<QString, QList<Done>> m_waiting; // reads waiting for a refresh, by key
    QSet<QString> m_revoked;               // keys whose refresh token the provider refused
};

} // namespace postbag::oauth
