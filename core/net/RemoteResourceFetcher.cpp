// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/RemoteResourceFetcher.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>

namespace postbag::net {

namespace {

const char* const kOversize = "postbagOversize";
const char* const kTimedOut = "postbagTimedOut";
const char* const kLastUrl = "postbagLastUrl";
const char* const kAsked = "postbagAsked";

// The ports browsers never fetch from (the Fetch standard's "bad ports"): mail, shell and other
// services that a GET with attacker-chosen text could talk to.
bool isBadPort(int port)
{
    static const QSet<int> bad = {
        1,    7,    9,    11,   13,   15,   17,   19,   20,   21,   22,   23,   25,   37,
        42,   43,   53,   69,   77,   79,   87,   95,   101,  102,  103,  104,  109,  110,
        111,  113,  115,  117,  119,  123,  135,  137,  139,  143,  161,  179,  389,  427,
        465,  512,  513,  514,  515,  526,  530,  531,  532,  540,  548,  554,  556,  563,
        587,  601,  636,  989,  990,  993,  995,  1719, 1720, 1723, 2049, 3659, 4045, 4190,
        5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080};
    return bad.contains(port);
}

bool isLocalAddress(const QHostAddress& a)
{
    static const QList<QPair<QHostAddress, int>> local = {
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
        QHostAddress::parseSubnet(QStringLiteral("::/128"))};
    if (a.isLoopback() || a.isLinkLocal() || a.isSiteLocal() || a.isMulticast() ||
        a.isBroadcast()) {
        return true;
    }
    bool ok = false;
    const QHostAddress v4(a.toIPv4Address(&ok)); // an IPv4-mapped IPv6 address counts as IPv4
    const QHostAddress& plain = ok ? v4 : a;
    if (ok && (v4.isLoopback() || v4.isLinkLocal())) {
        return true;
    }
    for (const auto& subnet : local) {
        if (plain.isInSubnet(subnet)) {
            return true;
        }
    }
    return false;
}

} // namespace

QString RemoteResourceFetcher::refusal(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https")) {
        return QStringLiteral("not an http or https address");
    }
    const QString host = url.host().toLower();
    if (host.isEmpty()) {
        return QStringLiteral("no host");
    }
    if (host == u"localhost" || host.endsWith(u".localhost") || host.endsWith(u".local")) {
        return QStringLiteral("a name on this computer or network");
    }
    if (const QHostAddress address(host); !address.isNull() && isLocalAddress(address)) {
        return QStringLiteral("an address on this computer or network");
    }
    if (isBadPort(url.port(scheme == u"https" ? 443 : 80))) {
        return QStringLiteral("a port that is not for the web");
    }
    return {};
}

RemoteResourceFetcher::RemoteResourceFetcher(QObject* parent)
    : RemoteResourceFetcher(Settings{}, parent)
{
}

RemoteResourceFetcher::RemoteResourceFetcher(Settings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_network.setProxy(m_settings.proxy);
    // Each redirect is checked like a first request (redirected() below).
    m_network.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_batchTimer = new QTimer(this);
    m_batchTimer->setSingleShot(true);
    connect(m_batchTimer, &QTimer::timeout, this, &RemoteResourceFetcher::onBatchTimeout);
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
    m_batchTimer->stop();
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
    QSet<QUrl> seen;
    int requested = 0;
    for (const QString& text : urls) {
        if (requested >= m_settings.maxResources) {
            break; // the rest is not even looked at: a message may name a million images
        }
        const QUrl url(text);
        if (seen.contains(url)) {
            continue;
        }
        seen.insert(url);
        // "//host/x.png" takes the page's scheme in a browser; a mail has none, so https.
        QUrl target = url;
        if (target.scheme().isEmpty() && !target.host().isEmpty()) {
            target.setScheme(QStringLiteral("https"));
        }
        if (const QString why = refusal(target); !why.isEmpty()) {
            Q_EMIT failed(url, Error::make(ErrorCode::NetworkError, why));
        } else {
            ++requested;
            request(url, target);
        }
    }
    if (m_pending.isEmpty()) {
        Q_EMIT finished();
    } else {
        m_batchTimer->start(m_settings.batchTimeout);
    }
}

void RemoteResourceFetcher::onBatchTimeout()
{
    const QList<QNetworkReply*> pending = m_pending;
    for (QNetworkReply* reply : pending) {
        reply->setProperty(kTimedOut, true);
        reply->abort(); // reported as a timeout by onFinished
    }
}

void RemoteResourceFetcher::request(const QUrl& asked, const QUrl& url)
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
    // reply->url() is already the target when redirected() comes: the hop's origin is kept here.
    reply->setProperty(kLastUrl, url);
    reply->setProperty(kAsked, asked); // what the message wrote, and what is reported
    connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl& target) {
        const QUrl from = reply->property(kLastUrl).toUrl();
        const bool downgrade =
            from.scheme().toLower() == u"https" && target.scheme().toLower() != u"https";
        if (downgrade || !refusal(target).isEmpty()) {
            reply->abort();
        } else {
            reply->setProperty(kLastUrl, target);
            Q_EMIT reply->redirectAllowed();
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
    const QUrl url = reply->property(kAsked).toUrl();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property(kOversize).toBool()) {
        Q_EMIT failed(url,
                      Error::make(ErrorCode::NetworkError,
                                  QStringLiteral("larger than %1 bytes").arg(m_settings.maxBytes)));
    } else if (reply->property(kTimedOut).toBool()) {
        Q_EMIT failed(url, Error::make(ErrorCode::ResponseTimeout,
                                       QStringLiteral("the message's images took too long")));
    } else if (reply->error() != QNetworkReply::NoError && (status == 0 || status == 200)) {
        Q_EMIT failed(url, errorOf(reply)); // also a 200 that broke off: never half an image
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
        m_batchTimer->stop();
        Q_EMIT finished();
    }
}

} // namespace postbag::net
