// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/AutoconfigFetcher.h"

#include "core/autoconfig/IspdbParser.h"

#include <QNetworkReply>
#include <algorithm>

namespace postbag::autoconfig {

namespace {

// "emailaddress=<address>" with everything but '@' percent-encoded: a '+' left bare would reach
// the server as a space.
QString addressQuery(const QString& emailAddress)
{
    return QStringLiteral("emailaddress=") +
           QString::fromLatin1(QUrl::toPercentEncoding(emailAddress.trimmed(), "@"));
}

} // namespace

AutoconfigFetcher::AutoconfigFetcher(Settings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_network.setProxy(m_settings.proxy);
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

AutoconfigFetcher::~AutoconfigFetcher()
{
    for (const Pending& p : std::as_const(m_pending)) {
        p.reply->disconnect(this);
        p.reply->abort();
        delete p.reply;
    }
}

QUrl AutoconfigFetcher::autoconfigUrl(const QString& emailAddress, bool https)
{
    QUrl url;
    url.setScheme(https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("autoconfig.") + domainOf(emailAddress));
    url.setPath(QStringLiteral("/mail/config-v1.1.xml"));
    if (https)
        url.setQuery(addressQuery(emailAddress));
    return url;
}

QUrl AutoconfigFetcher::wellKnownUrl(const QString& emailAddress)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(domainOf(emailAddress));
    url.setPath(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
    url.setQuery(addressQuery(emailAddress));
    return url;
}

void AutoconfigFetcher::start(const QString& emailAddress)
{
    cancel();
    m_address = emailAddress.trimmed();
    m_httpFallback.clear();
    m_httpsDone = m_httpDone = m_httpsFound = m_autoconfigReported = false;
    m_wellKnownDone = m_wellKnownFound = false;
    const QUrl https = autoconfigUrl(m_address, true);
    Q_EMIT sourceStarted(Source::IspAutoconfig, https.toString());
    request(Kind::AutoconfigHttps, https);
    request(Kind::AutoconfigHttp, autoconfigUrl(m_address, false));
    const QUrl wellKnown = wellKnownUrl(m_address);
    Q_EMIT sourceStarted(Source::WellKnown, wellKnown.toString());
    request(Kind::WellKnown, wellKnown);
}

void AutoconfigFetcher::request(Kind kind, const QUrl& url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_settings.timeout.count()));
    request.setMaximumRedirectsAllowed(m_settings.maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept", "application/xml, text/xml;q=0.9, */*;q=0.1");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Postbag"));
    QNetworkReply* reply = m_network.get(request);
    m_pending.append({reply, kind});
    const qint64 cap = m_settings.maxBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, cap](qint64 received, qint64 total) {
                if (received > cap || total > cap) {
                    reply->setProperty("postbagOversize", true);
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, kind] { onFinished(reply, kind); });
}

QList<ServerCandidate> AutoconfigFetcher::candidatesFrom(QNetworkReply* reply, Kind kind)
{
    if (reply->error() != QNetworkReply::NoError || reply->property("postbagOversize").toBool())
        return {};
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return {};
    const QByteArray body = reply->read(m_settings.maxBytes + 1);
    if (body.size() > m_settings.maxBytes)
        return {};
    const Source source = kind == Kind::WellKnown ? Source::WellKnown : Source::IspAutoconfig;
    const IspdbResult parsed = parseIspdb(body, m_address, source, reply->url().toString());
    QList<ServerCandidate> servers = parsed.servers + parsed.outgoing;
    for (ServerCandidate& c : servers)
        c.unauthenticatedSource = reply->url().scheme() != u"https";
    return servers;
}

namespace {
// Whether a document named a POP3 server: what counts as "found" for the source and decides the
// plain http fallback. A document naming only an outgoing server has not answered the question.
bool namesPop3Server(const QList<ServerCandidate>& found)
{
    return std::any_of(found.cbegin(), found.cend(),
                       [](const ServerCandidate& c) { return c.service == Service::Pop3; });
}
} // namespace

void AutoconfigFetcher::onFinished(QNetworkReply* reply, Kind kind)
{
    const QList<ServerCandidate> found = candidatesFrom(reply, kind);
    m_pending.removeIf([reply](const Pending& p) { return p.reply == reply; });
    reply->deleteLater();
    switch (kind) {
    case Kind::AutoconfigHttps:
        m_httpsDone = true;
        m_httpsFound = namesPop3Server(found);
        for (const ServerCandidate& c : found)
            Q_EMIT candidateFound(c);
        break;
    case Kind::AutoconfigHttp:
        m_httpDone = true;
        m_httpFallback = found;
        break;
    case Kind::WellKnown:
        m_wellKnownDone = true;
        m_wellKnownFound = namesPop3Server(found);
        for (const ServerCandidate& c : found)
            Q_EMIT candidateFound(c);
        Q_EMIT sourceFinished(Source::WellKnown, m_wellKnownFound);
        break;
    }
    settle();
}

// Reports the autoconfig source once both of its requests are over (or were cancelled), and
// finishes when nothing is pending.
void AutoconfigFetcher::settle()
{
    const bool httpsOver = m_httpsDone || m_pending.isEmpty();
    const bool httpOver = m_httpDone || m_pending.isEmpty();
    const bool wellKnownOver = m_wellKnownDone || m_pending.isEmpty();
    if (!m_autoconfigReported && (m_httpsFound || (httpsOver && httpOver && wellKnownOver))) {
        m_autoconfigReported = true;
        // Plain http only when no https source said anything: it could be anyone's answer.
        if (!m_httpsFound && !m_wellKnownFound) {
            for (const ServerCandidate& c : std::as_const(m_httpFallback))
                Q_EMIT candidateFound(c);
        }
        Q_EMIT sourceFinished(Source::IspAutoconfig,
                              m_httpsFound ||
                                  (!m_wellKnownFound && namesPop3Server(m_httpFallback)));
    }
    if (m_pending.isEmpty())
        Q_EMIT finished();
}

void AutoconfigFetcher::cancel()
{
    if (m_pending.isEmpty())
        return;
    const QList<Pending> pending = std::exchange(m_pending, {});
    bool wellKnownPending = false;
    for (const Pending& p : pending) {
        wellKnownPending = wellKnownPending || p.kind == Kind::WellKnown;
        p.reply->disconnect(this);
        p.reply->abort();
        p.reply->deleteLater();
    }
    if (wellKnownPending)
        Q_EMIT sourceFinished(Source::WellKnown, false);
    settle();
}

} // namespace postbag::autoconfig
