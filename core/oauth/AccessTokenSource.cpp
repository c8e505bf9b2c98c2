// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/AccessTokenSource.h"

#include <QPointer>

namespace postbag::oauth {

namespace {
// An access token this close to its expiry is refreshed first: a login takes a few seconds.
constexpr qint64 kRefreshMarginSeconds = 120;
} // namespace

AccessTokenSource::AccessTokenSource(QNetworkAccessManager* network,
                                     account::CredentialStore& keyring, Clients clients,
                                     QObject* parent)
    : QObject(parent), m_client(network), m_keyring(keyring), m_clients(std::move(clients)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }), m_providers(Provider::builtIn())
{
}

AccessTokenSource::~AccessTokenSource() = default;

account::AccountSettings
AccessTokenSource::refreshTokenEntry(const account::AccountSettings& account)
{
    account::AccountSettings entry = account;
    entry.username = QStringLiteral("oauth2:") + account.username;
    return entry;
}

const Provider* AccessTokenSource::providerFor(const QString& host) const
{
    for (const Provider& p : m_providers) {
        if (p.appliesTo(host))
            return &p;
    }
    return nullptr;
}

void AccessTokenSource::read(const account::AccountSettings& account, Done done)
{
    const QString key = keyFor(account);
    if (m_revoked.contains(key))
        return done(Error::make(ErrorCode::SignInAgain));
    if (const auto it = m_cache.constFind(key); it != m_cache.cend()) {
        if (!it->expiresAt.isValid() || m_clock().secsTo(it->expiresAt) > kRefreshMarginSeconds)
            return done(it->accessToken);
    }
    QList<Done>& waiting = m_waiting[key];
    waiting.append(std::move(done));
    if (waiting.size() == 1)
        refresh(account, key);
}

void AccessTokenSource::refresh(const account::AccountSettings& account, const QString& key)
{
    const Provider* provider = providerFor(account.host);
    if (!provider)
        return answer(key, Error::make(ErrorCode::InvalidSetting,
                                       QStringLiteral("no OAuth provider for ") + account.host));
    const Result<ClientRegistration> client = m_clients(*provider);
    if (!client.ok())
        return answer(key, client.error());
    const QUrl tokenUrl = provider->tokenUrl;
    const QPointer<AccessTokenSource> self(this);
    m_keyring.read(
        refreshTokenEntry(account), [this, self, account, key, tokenUrl,
                                     registration = client.value()](Result<QString> stored) {
            if (!self)
                return;
            // No refresh token in the keyring: only a sign-in makes one.
            if (!stored.ok() || stored.value().isEmpty()) {
                Error e = stored.ok() ? Error::make(ErrorCode::SignInAgain) : stored.error();
                if (e.code == ErrorCode::CredentialsUnavailable)
                    e = Error::make(ErrorCode::SignInAgain, e.serverText);
                return answer(key, e);
            }
            m_client.refresh(tokenUrl, registration, stored.value(),
                             [this, account, key](Result<Tokens> tokens) {
                                 if (!tokens.ok()) {
                                     if (tokens.error().code == ErrorCode::SignInAgain)
                                         m_revoked.insert(key);
                                     return answer(key, tokens.error());
                                 }
                                 m_cache.insert(key, {tokens->accessToken, tokens->expiresAt});
                                 // A provider that rotates refresh tokens sends a new one: keep it.
                                 if (!tokens->refreshToken.isEmpty())
                                     m_keyring.write(refreshTokenEntry(account),
                                                     tokens->refreshToken, [](const Status&) {});
                                 answer(key, tokens->accessToken);
                             });
        });
}

void AccessTokenSource::answer(const QString& key, const Result<QString>& result)
{
    const QList<Done> waiting = m_waiting.take(key);
    for (const Done& done : waiting)
        done(result);
}

void AccessTokenSource::write(const account::AccountSettings& account, const QString& refreshToken,
                              StatusDone done)
{
    const QString key = keyFor(account);
    m_revoked.remove(key);
    m_cache.remove(key);
    m_keyring.write(refreshTokenEntry(account), refreshToken, std::move(done));
}

void AccessTokenSource::erase(const account::AccountSettings& account, StatusDone done)
{
    m_cache.remove(keyFor(account));
    m_keyring.erase(refreshTokenEntry(account), std::move(done));
}

bool AccessTokenSource::discard(const account::AccountSettings& account, const QString& secret)
{
    const QString key = keyFor(account);
    const auto it = m_cache.constFind(key);
    if (it == m_cache.cend() || it->accessToken != secret)
        return false;
    m_cache.erase(it);
    return true;
}

void AccessTokenSource::signedIn(const account::AccountSettings& account, const Tokens& tokens,
                                 StatusDone done)
{
    write(account, tokens.refreshToken, std::move(done));
    m_cache.insert(keyFor(account), {tokens.accessToken, tokens.expiresAt});
}

} // namespace postbag::oauth
