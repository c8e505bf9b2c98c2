// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/autoconfig/ServerCandidate.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QObject>
#include <QUrl>
#include <chrono>

class QNetworkReply;

namespace postbag::autoconfig {

// Fetches the autoconfig XML of the address's domain, the way Thunderbird looks for it:
//   https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address>  (IspAutoconfig)
//   http://autoconfig.<domain>/mail/config-v1.1.xml                         (IspAutoconfig)
//   https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=<address> (WellKnown)
// All three at once. The plain-http answer is only a fallback: it is used when both https sources
// gave nothing, it is asked without the address (nothing personal goes out unencrypted), and its
// candidates are marked unauthenticatedSource (ranked after the others, and said so).
// A document's POP3 and submission servers are both reported through candidateFound (see
// ServerCandidate::service); only POP3 servers count as the source having found something.
// Guarantees: each request ends within `timeout`; at most `maxBytes` are read (a bigger answer
// counts as nothing); at most 3 redirects, never from https to http; only a 200 answer is parsed;
// sourceFinished is emitted once per source, then finished once.
class AutoconfigFetcher : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QNetworkProxy proxy = QNetworkProxy::DefaultProxy;
        std::chrono::milliseconds timeout{5000};
        qint64 maxBytes = 256 * 1024;
        int maxRedirects = 3;
    };

    explicit AutoconfigFetcher(Settings settings, QObject* parent = nullptr);
    ~AutoconfigFetcher() override;

    void start(const QString& emailAddress);
    void cancel(); // finishes at once with what was found
    [[nodiscard]] bool isRunning() const { return !m_pending.isEmpty(); }

    [[nodiscard]] static QUrl autoconfigUrl(const QString& emailAddress, bool https);
    [[nodiscard]] static QUrl wellKnownUrl(const QString& emailAddress);

Q_SIGNALS:
    void sourceStarted(postbag::autoconfig::Source source, const QString& url);
    void candidateFound(const postbag::autoconfig::ServerCandidate& candidate);
    void sourceFinished(postbag::autoconfig::Source source, bool foundSomething);
    void finished();

private:
    enum class Kind
    {
        AutoconfigHttps,
        AutoconfigHttp,
        WellKnown
    };
    struct Pending
    {
        QNetworkReply* reply = nullptr;
        Kind kind = Kind::AutoconfigHttps;
    };

    void request(Kind kind, const QUrl& url);
    void onFinished(QNetworkReply* reply, Kind kind);
    [[nodiscard]] QList<ServerCandidate> candidatesFrom(QNetworkReply* reply, Kind kind);
    void settle();

    Settings m_settings;
    QNetworkAccessManager m_network;
    QString m_address;
    QList<Pending> m_pending;
    QList<ServerCandidate> m_httpFallback;
    bool m_httpsDone = false;
    bool m_httpDone = false;
    bool m_httpsFound = false;
    bool m_autoconfigReported = false;
    bool m_wellKnownDone = false;
    bool m_wellKnownFound = false;
};

} // namespace postbag::autoconfig
