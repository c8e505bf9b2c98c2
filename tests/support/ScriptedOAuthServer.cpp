// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ScriptedOAuthServer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace postbag::testing {

namespace {

// A form body: '+' is a space, then percent-decoding.
QUrlQuery formOf(QByteArray body)
{
    body.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(body));
}

QString field(const QUrlQuery& q, const char* key)
{
    return q.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

LoopbackHttpServer::Response json(int status, const QJsonObject& o)
{
    LoopbackHttpServer::Response r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

} // namespace

ScriptedOAuthServer::ScriptedOAuthServer(QString clientId, QString scope, QObject* parent)
    : QObject(parent), m_clientId(std::move(clientId)), m_scope(std::move(scope))
{
    m_http.setHandler([this](const LoopbackHttpServer::Request& r) { return handle(r); });
}

bool ScriptedOAuthServer::start()
{
    return m_http.start();
}

QUrl ScriptedOAuthServer::authorizationUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/authorize").arg(m_http.serverPort()));
}

QUrl ScriptedOAuthServer::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(m_http.serverPort()));
}

QUrl ScriptedOAuthServer::introspectionUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/introspect").arg(m_http.serverPort()));
}

std::optional<LoopbackHttpServer::Response>
ScriptedOAuthServer::handle(const LoopbackHttpServer::Request& request)
{
    const QString path = request.url.path();
    if (path == u"/authorize" && request.method == "GET")
        return authorize(request.url);
    if (path == u"/token" && request.method == "POST")
        return token(request.body);
    if (path == u"/introspect" && request.method == "POST")
        return introspect(request.body);
    return LoopbackHttpServer::answer(404, "not here\n");
}

LoopbackHttpServer::Response ScriptedOAuthServer::refuse(int status, const QByteArray& error,
                                                         const QString& why)
{
    m_lastRefusal = why;
    return json(status, {{QStringLiteral("error"), QString::fromLatin1(error)},
                         {QStringLiteral("error_description"), why}});
}

LoopbackHttpServer::Response ScriptedOAuthServer::authorize(const QUrl& url)
{
    const QUrlQuery q(url);
    const QString redirectUri = field(q, "redirect_uri");
    const QUrl redirect(redirectUri);
    if (field(q, "response_type") != u"code")
        return refuse(400, "unsupported_response_type", QStringLiteral("response_type"));
    if (field(q, "client_id") != m_clientId)
        return refuse(400, "invalid_client", QStringLiteral("client_id"));
    if (redirect.scheme() != u"http" || redirect.host() != u"127.0.0.1" || redirect.port() <= 0)
        return refuse(400, "invalid_request", QStringLiteral("redirect_uri is not loopback"));
    if (field(q, "scope") != m_scope)
        return refuse(400, "invalid_scope", QStringLiteral("scope"));
    if (field(q, "code_challenge_method") != u"S256" || field(q, "code_challenge").size() != 43)
        return refuse(400, "invalid_request", QStringLiteral("PKCE S256 challenge"));
    const QString state = field(q, "state");
    if (state.isEmpty())
        return refuse(400, "invalid_request", QStringLiteral("no state"));

    QUrlQuery answer;
    const auto add = [&answer](const QString& key, const QString& value) {
        answer.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (m_fault == Fault::ErrorRedirect) {
        add(QStringLiteral("error"), QStringLiteral("access_denied"));
        add(QStringLiteral("error_description"), QStringLiteral("The user said no"));
    } else {
        const QString code = QStringLiteral("4/code+%1").arg(++m_serial);
        m_codes.insert(code, {field(q, "code_challenge").toLatin1(), redirectUri});
        add(QStringLiteral("code"), code);
    }
    add(QStringLiteral("state"), m_fault == Fault::WrongState ? state + u'x' : state);
    QUrl target = redirect;
    target.setQuery(answer.query(QUrl::FullyEncoded), QUrl::StrictMode);
    m_lastRefusal.clear();
    return LoopbackHttpServer::redirect(302, target.toEncoded());
}

std::optional<LoopbackHttpServer::Response> ScriptedOAuthServer::token(const QByteArray& body)
{
    ++m_tokenRequests;
    switch (m_fault) {
    case Fault::NeverAnswer:
        return std::nullopt;
    case Fault::MalformedJson:
        return LoopbackHttpServer::answer(200, "{\"access_token\": ");
    case Fault::ServerError: {
        Response r = LoopbackHttpServer::answer(500, "<html>down</html>");
        r.contentType = "text/html";
        return r;
    }
    case Fault::InvalidGrant:
        return refuse(400, "invalid_grant", QStringLiteral("scripted"));
    default:
        break;
    }
    const QUrlQuery form = formOf(body);
    if (field(form, "client_id") != m_clientId)
        return refuse(401, "invalid_client", QStringLiteral("client_id"));
    if (!m_clientSecret.isEmpty() && field(form, "client_secret") != m_clientSecret)
        return refuse(401, "invalid_client", QStringLiteral("client_secret"));
    const QString grant = field(form, "grant_type");
    if (grant == u"authorization_code") {
        ++m_codeExchanges;
        const QString code = field(form, "code");
        if (!m_codes.contains(code))
            return refuse(400, "invalid_grant", QStringLiteral("unknown or used code"));
        const Grant g = m_codes.take(code); // one use only
        const QByteArray verifier = field(form, "code_verifier").toLatin1();
        const QByteArray challenge =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (verifier.size() < 43 || challenge != g.challenge)
            return refuse(400, "invalid_grant", QStringLiteral("PKCE verifier"));
        if (field(form, "redirect_uri") != g.redirectUri)
            return refuse(400, "invalid_grant", QStringLiteral("redirect_uri differs"));
        m_lastRefusal.clear();
        return issueTokens(true);
    }
    if (grant == u"refresh_token") {
        ++m_refreshes;
        const QString refresh = field(form, "refresh_token");
        if (!m_refreshTokens.contains(refresh) || m_revoked.contains(refresh))
            return refuse(400, "invalid_grant",
                          QStringLiteral("Token has been expired or revoked."));
        m_lastRefusal.clear();
        return issueTokens(false);
    }
    return refuse(400, "unsupported_grant_type", grant);
}

QString ScriptedOAuthServer::grantRefreshToken()
{
    const QString refresh = QStringLiteral("refresh-%1-%2").arg(++m_serial).arg(m_user);
    m_refreshTokens.insert(refresh);
    return refresh;
}

LoopbackHttpServer::Response ScriptedOAuthServer::issueTokens(bool withRefreshToken)
{
    ++m_serial;
    const QString access = QStringLiteral("access-%1-%2").arg(m_serial).arg(m_user);
    m_accessTokens.insert(access, QDateTime::currentDateTimeUtc().addSecs(m_expiresIn));
    QJsonObject o = {{QStringLiteral("access_token"), access},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), m_expiresIn},
                     {QStringLiteral("scope"), m_scope}};
    if (withRefreshToken)
        o.insert(QStringLiteral("refresh_token"), grantRefreshToken());
    return json(200, o);
}

LoopbackHttpServer::Response ScriptedOAuthServer::introspect(const QByteArray& body)
{
    const QString token = field(formOf(body), "token");
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.cend() || *it < QDateTime::currentDateTimeUtc())
        return json(200, {{QStringLiteral("active"), false}});
    return json(200, {{QStringLiteral("active"), true},
                      {QStringLiteral("username"), m_user},
                      {QStringLiteral("exp"), it->toSecsSinceEpoch()}});
}

} // namespace postbag::testing
