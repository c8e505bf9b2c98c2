// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/oauth/ClientRegistration.h"
#include "core/oauth/Pkce.h"
#include "core/oauth/TokenClient.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

class QOAuthHttpServerReplyHandler;

namespace postbag::oauth {

// One sign-in: the authorization-code flow with PKCE (RFC 7636, S256) and a loopback redirect
// (RFC 8252 section 7.3). It listens on 127.0.0.1 on a port the system picks (NetworkAuth's
// QOAuthHttpServerReplyHandler), asks the caller to open the provider's page in the browser,
// checks the redirect's `state`, exchanges the code with the verifier and hands back the tokens.
// Why the caller opens the browser and gives the page's words: core has neither a desktop nor
// words for the user. Guarantees: `done` is called exactly once (tokens with a refresh token,
// or StateMismatch, ProviderError with the provider's error, MalformedResponse, a network
// error, ResponseTimeout when no redirect comes in time, Cancelled) and never after the flow
// is destroyed; only a redirect carrying this sign-in's `state` is taken.
class AuthorizationFlow : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<Tokens>)>;
    using OpenBrowser = std::function<void(const QUrl&)>;

    // What the browser shows after the redirect, plain text made by ui/ (escaped here).
    struct Pages
    {
        QString signedIn;
        QString failed;
    };

    explicit AuthorizationFlow(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~AuthorizationFlow() override;

    // How long the user may take in the browser; 10 minutes by default.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setTokenTimeout(std::chrono::milliseconds timeout) { m_tokens.setTimeout(timeout); }

    // Starts listening and calls `openBrowser` with the sign-in page. `loginHint` (the address)
    // preselects the account at the provider. An error (nothing listening) means nothing
    // started and `done` is never called.
    [[nodiscard]] Status start(const Provider& provider, const ClientRegistration& client,
                               const QString& loginHint, const Pages& pages,
                               const OpenBrowser& openBrowser, Done done);
    // Ends the sign-in with Cancelled (nothing when it already ended).
    void cancel();

    // The sign-in page, for a "copy the link" fallback; empty before start().
    [[nodiscard]] QUrl authorizationUrl() const { return m_authorizationUrl; }
    [[nodiscard]] QString redirectUri() const { return m_redirectUri; }

private:
    void onRedirect(const QVariantMap& values);
    void finish(Result<Tokens> result);

    TokenClient m_tokens;
    std::unique_ptr<QOAuthHttpServerReplyHandler> m_listener;
    QTimer m_deadline;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(10)};
    Provider m_provider;
    ClientRegistration m_client;
    Pages m_pages;
    Pkce m_pkce;
    QByteArray m_state;
    QString m_redirectUri;
    QUrl m_authorizationUrl;
    Done m_done;
    bool m_redirected = false;
};

} // namespace postbag::oauth
