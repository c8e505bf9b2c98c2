// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/RemoteResourceFetcher.h"

#include <QNetworkReply>

namespace postbag::net {

namespace {

const char* const kOversize = "postbagOversize";

} // namespace

RemoteResourceFetcher::RemoteResourceFetcher(QObject* parent)
    : RemoteResourceFetcher(Settings{}, parent)
{
}

RemoteResourceFetcher::RemoteResourceFetcher(Settings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_network.setProxy(m_settings.proxy);
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    // No cache is set, and every request below neither reads nor fills the cookie jar. Nothing
    // answers authenticationRequired, so a host asking for a password gets a plain failure.
}

RemoteResourceFetcher::~RemoteResourceFetcher()
{
    for (QNetworkReply* reply : std::as_const(m_pending)) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

void RemoteResourceFetcher::cancel()
{
    const QList<QNetworkReply*> pending = std::exchange(m_pending, {});
    for (QNetworkReply* reply : pending) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RemoteResourceFetcher::fetch(const QStringList& urls)
{
    cancel();
    QList<QUrl> wanted;
    for (const QString& text : urls) {
        const QUrl url(text);
        if (wanted.contains(url)) {
            continue;
        }
        wanted.append(url);
    }
    int requested = 0;
    for (const QUrl& url : std::as_const(wanted)) {
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
            Q_EMIT failed(url, Error::make(ErrorCode::NetworkError,
                                           QStringLiteral("not an http or https address")));
        } else if (requested >= m_settings.maxResources) {
            Q_EMIT failed(
                url,
                Error::make(
                    ErrorCode::NetworkError,
                    QStringLiteral("more than %1 remote resources").arg(m_settings.maxResources)));
        } else {
            ++requested;
            request(url);
        }
    }
    if (m_pending.isEmpty()) {
        Q_EMIT finished();
    }
}

void RemoteResourceFetcher::request(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_settings.timeout.count()));
    request.setMaximumRedirectsAllowed(m_settings.maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Postbag"));
    request.setRawHeader("Accept", "image/*");
    QNetworkReply* reply = m_network.get(request);
    m_pending.append(reply);
    const qint64 cap = m_settings.maxBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, cap](qint64 received, qint64 total) {
                if (received > cap || total > cap) {
                    reply->setProperty(kOversize, true);
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

Error RemoteResourceFetcher::errorOf(QNetworkReply* reply)
{
    const QString text = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return Error::make(ErrorCode::HostNotFound, text);
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(ErrorCode::ConnectionRefused, text);
    case QNetworkReply::TimeoutError:
        return Error::make(ErrorCode::ConnectTimeout, text);
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        return Error::make(ErrorCode::ResponseTimeout, text);
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(ErrorCode::TlsHandshakeFailed, text);
    case QNetworkReply::RemoteHostClosedError:
        return Error::make(ErrorCode::ConnectionClosed, text);
    default:
        return Error::make(ErrorCode::NetworkError, text);
    }
}

void RemoteResourceFetcher::onFinished(QNetworkReply* reply)
{
    m_pending.removeOne(reply);
    reply->deleteLater();
    const QUrl url = reply->request().url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property(kOversize).toBool()) {
        Q_EMIT failed(url,
                      Error::make(ErrorCode::NetworkError,
                                  QStringLiteral("larger than %1 bytes").arg(m_settings.maxBytes)));
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        Q_EMIT failed(url, errorOf(reply));
    } else if (status != 200) {
        Q_EMIT failed(
            url, Error::make(ErrorCode::ServerRejected, QStringLiteral("HTTP %1").arg(status)));
    } else {
        const QByteArray data = reply->read(m_settings.maxBytes + 1);
        if (data.size() > m_settings.maxBytes) {
            Q_EMIT failed(
                url, Error::make(ErrorCode::NetworkError,
                                 QStringLiteral("larger than %1 bytes").arg(m_settings.maxBytes)));
        } else {
            Q_EMIT fetched(url, data);
        }
    }
    if (m_pending.isEmpty()) {
        Q_EMIT finished();
    }
}

} // namespace postbag::net
