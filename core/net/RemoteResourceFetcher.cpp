// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/RemoteResourceFetcher.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>

namespace postbag::net {

namespace {

const char* const kOversize = "postbagOversize";

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
    QString host = url.host().toLower();
    while (host.endsWith(u'.')) {
        host.chop(1); // "localhost." is localhost
    }
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

QString RemoteResourceFetcher::addressRefusal(const QList<QHostAddress>& addresses)
{
    if (addresses.isEmpty()) {
        return QStringLiteral("no address");
    }
    for (const QHostAddress& address : addresses) {
        if (isLocalAddress(address)) {
            return QStringLiteral("a name for an address on this computer or network");
        }
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
    // Every redirect is a new hop, checked and resolved like a first request (onFinished).
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_batchTimer = new QTimer(this);
    m_batchTimer->setSingleShot(true);
    connect(m_batchTimer, &QTimer::timeout, this, &RemoteResourceFetcher::onBatchTimeout);
    // No cache is set, and every request below neither reads nor fills the cookie jar. Nothing
    // answers authenticationRequired, so a host asking for a password gets a plain failure.
}

RemoteResourceFetcher::~RemoteResourceFetcher()
{
    for (Job& job : m_jobs) {
        stop(job);
    }
}

void RemoteResourceFetcher::stop(Job& job)
{
    if (job.lookupId >= 0) {
        QHostInfo::abortHostLookup(job.lookupId);
        job.lookupId = -1;
    }
    if (QNetworkReply* reply = std::exchange(job.reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RemoteResourceFetcher::cancel()
{
    ++m_batch;
    m_batchTimer->stop();
    QHash<quint64, Job> jobs = std::exchange(m_jobs, {});
    for (Job& job : jobs) {
        stop(job);
    }
}

void RemoteResourceFetcher::fetch(const QStringList& urls)
{
    cancel();
    QSet<QUrl> seen;
    QList<quint64> started;
    for (const QString& text : urls) {
        if (started.size() >= m_settings.maxResources) {
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
            const quint64 id = m_nextJob++;
            m_jobs.insert(id, Job{url, target});
            started.append(id);
        }
    }
    if (m_jobs.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    m_batchTimer->start(m_settings.batchTimeout);
    for (const quint64 id : std::as_const(started)) {
        if (m_jobs.contains(id)) { // a report before may have cancelled the batch
            startHop(id);
        }
    }
}

bool RemoteResourceFetcher::connectsDirectly(const QUrl& url) const
{
    QNetworkProxy proxy = m_settings.proxy;
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QList<QNetworkProxy> chosen =
            QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
        proxy = chosen.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : chosen.first();
    }
    return proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy;
}

void RemoteResourceFetcher::startHop(quint64 id)
{
    Job& job = m_jobs[id];
    if (!connectsDirectly(job.url)) {
        send(id, QHostAddress()); // the proxy looks the name up and connects
        return;
    }
    if (const QHostAddress literal(job.url.host()); !literal.isNull()) {
        send(id, literal); // refusal() has judged the address already
        return;
    }
    job.lookupId = QHostInfo::lookupHost(
        job.url.host(), this, [this, id](const QHostInfo& info) { onResolved(id, info); });
}

void RemoteResourceFetcher::onResolved(quint64 id, const QHostInfo& info)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->lookupId != info.lookupId()) {
        return; // cancelled meanwhile
    }
    it->lookupId = -1;
    if (info.error() != QHostInfo::NoError) {
        fail(id, Error::make(ErrorCode::HostNotFound, info.errorString()));
    } else if (const QString why = addressRefusal(info.addresses()); !why.isEmpty()) {
        fail(id, Error::make(ErrorCode::NetworkError, why));
    } else {
        send(id, info.addresses().constFirst());
    }
}

void RemoteResourceFetcher::send(quint64 id, const QHostAddress& address)
{
    Job& job = m_jobs[id];
    QUrl connectTo = job.url;
    QNetworkRequest request(connectTo);
    if (!address.isNull()) {
        // The connection goes to the address checked, never to a second look-up of the name;
        // the server still sees the name (Host, TLS server name and certificate check).
        connectTo.setHost(address.protocol() == QAbstractSocket::IPv6Protocol
                              ? u'[' + address.toString() + u']'
                              : address.toString());
        request.setUrl(connectTo);
        const QUrl& named = job.url;
        QByteArray host = QUrl::toAce(named.host());
        if (named.port() >= 0) {
            host += ':' + QByteArray::number(named.port());
        }
        request.setRawHeader("Host", host);
        request.setPeerVerifyName(named.host());
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false); // :authority
    }
    request.setTransferTimeout(int(m_settings.timeout.count()));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Postbag"));
    request.setRawHeader("Accept", "image/*");
    QNetworkReply* reply = m_network.get(request);
    job.reply = reply;
    const qint64 cap = m_settings.maxBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, cap](qint64 received, qint64 total) {
                if (received > cap || total > cap) {
                    reply->setProperty(kOversize, true);
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
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

void RemoteResourceFetcher::onBatchTimeout()
{
    const QList<quint64> ids = m_jobs.keys();
    for (const quint64 id : ids) {
        fail(id, Error::make(ErrorCode::ResponseTimeout,
                             QStringLiteral("the message's images took too long")));
    }
}

void RemoteResourceFetcher::fail(quint64 id, const Error& error)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end()) {
        return;
    }
    stop(*it);
    const QUrl asked = it->asked;
    m_jobs.erase(it);
    const quint64 batch = m_batch;
    Q_EMIT failed(asked, error);
    done(batch);
}

void RemoteResourceFetcher::done(quint64 batch)
{
    if (batch == m_batch && m_jobs.isEmpty()) { // not when a report cancelled the batch
        m_batchTimer->stop();
        Q_EMIT finished();
    }
}

void RemoteResourceFetcher::onFinished(quint64 id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->reply) {
        return;
    }
    QNetworkReply* reply = std::exchange(it->reply, nullptr);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute);
    if (reply->property(kOversize).toBool()) {
        fail(id, Error::make(ErrorCode::NetworkError,
                             QStringLiteral("larger than %1 bytes").arg(m_settings.maxBytes)));
    } else if (reply->error() == QNetworkReply::NoError && status >= 300 && status < 400 &&
               location.isValid()) {
        const QUrl target = it->url.resolved(location.toUrl());
        const bool downgrade =
            it->url.scheme().toLower() == u"https" && target.scheme().toLower() != u"https";
        if (++it->redirects > m_settings.maxRedirects) {
            fail(id, Error::make(ErrorCode::NetworkError, QStringLiteral("too many redirects")));
        } else if (downgrade) {
            fail(id, Error::make(ErrorCode::NetworkError,
                                 QStringLiteral("a redirect from https to http")));
        } else if (const QString why = refusal(target); !why.isEmpty()) {
            fail(id, Error::make(ErrorCode::NetworkError, why));
        } else {
            it->url = target;
            startHop(id);
        }
    } else if (reply->error() != QNetworkReply::NoError && (status == 0 || status == 200)) {
        fail(id, errorOf(reply)); // also a 200 that broke off: never half an image
    } else if (status != 200) {
        fail(id, Error::make(ErrorCode::ServerRejected, QStringLiteral("HTTP %1").arg(status)));
    } else {
        const QByteArray data = reply->read(m_settings.maxBytes + 1);
        if (data.size() > m_settings.maxBytes) {
            fail(id, Error::make(ErrorCode::NetworkError,
                                 QStringLiteral("larger than %1 bytes").arg(m_settings.maxBytes)));
            return;
        }
        const QUrl asked = it->asked;
        m_jobs.erase(it);
        const quint64 batch = m_batch;
        Q_EMIT fetched(asked, data);
        done(batch);
    }
}

} // namespace postbag::net
