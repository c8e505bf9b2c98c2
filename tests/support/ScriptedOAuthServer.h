// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/LoopbackHttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace postbag::testing {

// An OAuth 2 provider stand-in on 127.0.0.1, strict like a real one: /authorize checks the
// client id, a loopback redirect URI, the scope and an S256 PKCE challenge and redirects to the
// redirect URI with a one-time code and the state; /token takes that code only with the same
// client and redirect URI and a verifier whose SHA-256 is the challenge, and refresh tokens it
// issued and did not revoke; /introspect (RFC 7662) says whether an access token is active, for
// a Dovecot that validates tokens. The faults a test asks for: an error redirect, a wrong state,
// invalid_grant, malformed JSON, a 500, and a token endpoint that never answers. Codes carry
// '/' and '+', as Google's do, so their encoding on the way is tested too.
class ScriptedOAuthServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        None,
        ErrorRedirect, // /authorize redirects with error=access_denied
        WrongState,    // /authorize redirects with another state
        InvalidGrant,  // /token answers 400 invalid_grant to everything
        MalformedJson, // /token answers 200 with a body that is not JSON
        ServerError,   // /token answers 500 with an HTML page
        NeverAnswer,   // /token reads the request and never answers
    };

    explicit ScriptedOAuthServer(QString clientId, QString scope, QObject* parent = nullptr);

    [[nodiscard]] bool start();
    [[nodiscard]] QUrl authorizationUrl() const;
    [[nodiscard]] QUrl tokenUrl() const;
    [[nodiscard]] QUrl introspectionUrl() const;

    void setFault(Fault fault) { m_fault = fault; }
    void setClientSecret(const QString& secret) { m_clientSecret = secret; }
    void setExpiresInSeconds(int seconds) { m_expiresIn = seconds; }
    // The user the tokens are for (introspection's "username").
    void setUser(const QString& user) { m_user = user; }
    // A refresh token as a finished sign-in would have it, for tests of what comes after.
    [[nodiscard]] QString grantRefreshToken();
    void revokeRefreshTokens() { m_revoked.unite(m_refreshTokens); }
    void expireAccessTokens() { m_accessTokens.clear(); }

    [[nodiscard]] int codeExchanges() const { return m_codeExchanges; }
    [[nodiscard]] int refreshes() const { return m_refreshes; }
    [[nodiscard]] int tokenRequests() const { return m_tokenRequests; }
    // Why the last /authorize or /token request was refused, empty when none was.
    [[nodiscard]] QString lastRefusal() const { return m_lastRefusal; }
    [[nodiscard]] QStringList issuedRefreshTokens() const { return m_refreshTokens.values(); }
    [[nodiscard]] QStringList activeAccessTokens() const { return m_accessTokens.keys(); }

private:
    struct Grant
    {
        QByteArray challenge;
        QString redirectUri;
    };
    using Response = LoopbackHttpServer::Response;

    std::optional<Response> handle(const LoopbackHttpServer::Request& request);
    Response authorize(const QUrl& url);
    std::optional<Response> token(const QByteArray& body);
    Response introspect(const QByteArray& body);
    Response refuse(int status, const QByteArray& error, const QString& why);
    Response issueTokens(bool withRefreshToken);

    LoopbackHttpServer m_http;
    QString m_clientId;
    QString m_clientSecret;
    QString m_scope;
    QString m_user = QStringLiteral("user");
    Fault m_fault = Fault::None;
    int m_expiresIn = 3600;
    QHash<QString, Grant> m_codes;
    QSet<QString> m_refreshTokens;
    QSet<QString> m_revoked;
    QHash<QString, QDateTime> m_accessTokens;
    int m_codeExchanges = 0;
    int m_refreshes = 0;
    int m_tokenRequests = 0;
    int m_serial = 0;
    QString m_lastRefusal;
};

} // namespace postbag::testing
