// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/TokenClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace postbag::oauth {

namespace {

using Form = QList<std::pair<QString, QString>>;

// application/x-www-form-urlencoded with every byte but the unreserved ones escaped (QUrlQuery
// leaves '+' and '&' alone inside values, which a form reads as a space and a separator).
QByteArray encodeForm(const Form& form)
{
    QByteArray body;
    for (const auto& [key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

Error networkError(const QNetworkReply& reply)
{
    switch (reply.error()) {
    case QNetworkReply::HostNotFoundError:
        return Error::make(ErrorCode::HostNotFound, reply.url().host());
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(ErrorCode::ConnectionRefused, reply.url().host());
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(ErrorCode::TlsHandshakeFailed, reply.errorString());
    default:
        return Error::make(ErrorCode::NetworkError, reply.errorString());
    }
}

void addClient(Form& form, const ClientRegistration& client)
{
    form.append({QStringLiteral("client_id"), client.clientId});
    if (!client.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), client.clientSecret});
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_network(network)
{
}

TokenClient::~TokenClient()
{
    // Callbacks may reach objects that are going away with this one: none is called.
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

void TokenClient::exchangeCode(const QUrl& tokenUrl, const ClientRegistration& client,
                               const QString& code, const QByteArray& verifier,
                               const QString& redirectUri, Done done)
{
    Form form = {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("redirect_uri"), redirectUri},
                 {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}};
    addClient(form, client);
    post(tokenUrl, form, Tokens::Grant::AuthorizationCode, std::move(done));
}

void TokenClient::refresh(const QUrl& tokenUrl, const ClientRegistration& client,
                          const QString& refreshToken, Done done)
{
    Form form = {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                 {QStringLiteral("refresh_token"), refreshToken}};
    addClient(form, client);
    post(tokenUrl, form, Tokens::Grant::RefreshToken, std::move(done));
}

void TokenClient::post(const QUrl& tokenUrl, const Form& form, Tokens::Grant grant, Done done)
{
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    // A token endpoint that redirects is not followed: the form holds the code or refresh token.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network->post(request, encodeForm(form));
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, reply] {
        finish(reply, Error::make(ErrorCode::ResponseTimeout, reply->url().host()));
    });
    timer->start(m_timeout);
    m_pending.insert(reply, Pending{grant, std::move(done), timer});
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply, std::nullopt); });
}

void TokenClient::cancel()
{
    const QList<QNetworkReply*> replies = m_pending.keys();
    for (QNetworkReply* reply : replies)
        finish(reply, Error::make(ErrorCode::Cancelled));
}

void TokenClient::finish(QNetworkReply* reply, const std::optional<Error>& abortedWith)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    reply->disconnect(this);
    pending.timer->stop();
    if (abortedWith) {
        reply->abort();
        reply->deleteLater();
        return pending.done(*abortedWith);
    }
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return pending.done(networkError(*reply));
    pending.done(Tokens::fromResponse(status.toInt(), reply->readAll(), pending.grant,
                                      QDateTime::currentDateTimeUtc()));
}

} // namespace postbag::oauth
