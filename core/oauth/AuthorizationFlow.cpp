// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/AuthorizationFlow.h"

#include <QOAuthHttpServerReplyHandler>
#include <QUrlQuery>

namespace postbag::oauth {

AuthorizationFlow::AuthorizationFlow(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_tokens(network)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(Error::make(
            ErrorCode::ResponseTimeout,
            QStringLiteral("no redirect from %1").arg(m_provider.authorizationUrl.host())));
    });
}

AuthorizationFlow::~AuthorizationFlow() = default;

Status AuthorizationFlow::start(const Provider& provider, const ClientRegistration& client,
                                const QString& loginHint, const Pages& pages,
                                const OpenBrowser& openBrowser, Done done)
{
    // A literal 127.0.0.1, not "localhost" (RFC 8252 section 8.3): no name lookup, no IPv6
    // listener elsewhere taking the redirect.
    auto listener = std::make_unique<QOAuthHttpServerReplyHandler>(QHostAddress::LocalHost, 0);
    if (!listener->isListening())
        return Error::make(ErrorCode::NetworkError,
                           QStringLiteral("cannot listen on 127.0.0.1 for the redirect"));
    m_listener = std::move(listener);
    m_provider = provider;
    m_client = client;
    m_pages = pages;
    m_done = std::move(done);
    m_redirected = false;
    m_pkce = Pkce::generate();
    m_state = Pkce::randomToken(24);
    m_redirectUri = QStringLiteral("http://127.0.0.1:%1/").arg(m_listener->port());
    connect(m_listener.get(), &QAbstractOAuthReplyHandler::callbackReceived, this,
            &AuthorizationFlow::onRedirect);

    QUrlQuery query(provider.authorizationUrl);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), client.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    query.addQueryItem(QStringLiteral("scope"), provider.scopes.join(u' '));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!loginHint.isEmpty())
        query.addQueryItem(QStringLiteral("login_hint"), loginHint);
    for (const auto& [key, value] : provider.authorizationParameters)
        query.addQueryItem(key, value);
    m_authorizationUrl = provider.authorizationUrl;
    // Fully encoded: a redirect URI or scope must reach the provider exactly as it is compared.
    m_authorizationUrl.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    m_deadline.start(m_timeout);
    if (openBrowser)
        openBrowser(m_authorizationUrl);
    return Ok{};
}

void AuthorizationFlow::cancel()
{
    finish(Error::make(ErrorCode::Cancelled));
}

void AuthorizationFlow::onRedirect(const QVariantMap& values)
{
    // The handler hands values as QUrlQuery's PrettyDecoded (%2F, %2B and %25 stay encoded);
    // one more decoding gives the value, as QOAuth2AuthorizationCodeFlow itself does.
    const auto value = [&values](const char* key) {
        return QUrl::fromPercentEncoding(
            values.value(QString::fromLatin1(key)).toString().toUtf8());
    };
    const bool isRedirect = values.contains(QStringLiteral("state")) ||
                            values.contains(QStringLiteral("code")) ||
                            values.contains(QStringLiteral("error"));
    // The handler answers the browser after this returns, with the text set now.
    m_listener->setCallbackText(m_pages.failed.toHtmlEscaped());
    if (!m_done || m_redirected || !isRedirect)
        return;
    m_redirected = true;
    m_listener->close();
    if (value("state").toLatin1() != m_state)
        return finish(Error::make(ErrorCode::StateMismatch));
    if (const QString error = value("error"); !error.isEmpty()) {
        Error e = Error::make(ErrorCode::ProviderError, value("error_description"));
        e.responseCode = error.toUtf8();
        return finish(e);
    }
    const QString code = value("code");
    if (code.isEmpty())
        return finish(
            Error::make(ErrorCode::MalformedResponse, QStringLiteral("a redirect without a code")));
    m_listener->setCallbackText(m_pages.signedIn.toHtmlEscaped());
    m_deadline.stop();
    m_tokens.exchangeCode(
        m_provider.tokenUrl, m_client, code, m_pkce.verifier, m_redirectUri,
        [this](Result<Tokens> tokens) {
            if (tokens.ok() && tokens->refreshToken.isEmpty())
                return finish(Error::make(ErrorCode::MalformedResponse,
                                          QStringLiteral("token endpoint: no refresh_token")));
            finish(std::move(tokens));
        });
}

void AuthorizationFlow::finish(Result<Tokens> result)
{
    if (!m_done)
        return;
    Done done = std::move(m_done);
    m_done = nullptr;
    m_deadline.stop();
    m_tokens.cancel(); // its callback reaches finish() again, which now returns at once
    if (m_listener)
        m_listener->close();
    done(std::move(result));
}

} // namespace postbag::oauth
