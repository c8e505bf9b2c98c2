// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <chrono>

class QHostInfo;
class QNetworkReply;
class QTimer;

namespace postbag::net {

// Fetches the remote images of the one message whose remote content the user allowed. Why: the
// reader never reaches the network itself, and a hostile message must not turn that permission
// into a way to read or plant cookies, send credentials, fill the memory or keep loading after
// the user moved on, or into a way to poke at the user's own machine or network. Guarantees: only
// http and https (a scheme-less "//host/x" as https) to a public-looking host on a web port are
// requested (localhost, loopback,
// private and link-local addresses and the ports browsers refuse fail at once, and so does a
// redirect to them); a connection made directly (no proxy) goes to an address this class looked
// up and checked itself, for the first request and for every redirect, so a name that resolves
// to this computer or its network (127.0.0.1, 10.x, a rebinding name) is refused before any
// connection, and the connection cannot land elsewhere than the address checked (the URL names
// the address; Host and the TLS peer name keep the host name); through a proxy, the proxy
// resolves and connects; at most maxResources per message and maxBytes each (a bigger or broken
// answer is dropped, never handed on in part); no cookie is sent or kept, nothing is cached, an
// authentication request is never answered; at most maxRedirects, never from https to http; a
// request ends after `timeout` without data, and a whole batch (look-ups included) within
// `batchTimeout`; only a 200 answer counts. fetch() and cancel() abort the previous message's
// requests and look-ups and nothing of them is reported afterwards; finished() follows the last
// answer of a batch once.
class RemoteResourceFetcher : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QNetworkProxy proxy = QNetworkProxy::DefaultProxy;
        std::chrono::milliseconds timeout{20000};      // without any data
        std::chrono::milliseconds batchTimeout{60000}; // for all of a message's resources
        qint64 maxBytes = 8 * 1024 * 1024;
        int maxResources = 100;
        int maxRedirects = 5;
    };

    explicit RemoteResourceFetcher(QObject* parent = nullptr);
    explicit RemoteResourceFetcher(Settings settings, QObject* parent = nullptr);
    ~RemoteResourceFetcher() override;

    [[nodiscard]] bool isRunning() const { return !m_jobs.isEmpty(); }
    // Why `url` is never requested (empty when it may be): scheme, host or port.
    [[nodiscard]] static QString refusal(const QUrl& url);
    // Why a host that resolved to `addresses` is never connected to (empty when it may be).
    [[nodiscard]] static QString addressRefusal(const QList<QHostAddress>& addresses);

public Q_SLOTS:
    void fetch(const QStringList& urls);
    void cancel();

Q_SIGNALS:
    void fetched(const QUrl& url, const QByteArray& data);
    void failed(const QUrl& url, const postbag::Error& error);
    void finished();

private:
    // One resource of the batch, through its redirects: `url` is the hop under way, by name.
    struct Job
    {
        QUrl asked; // what the message wrote, and what is reported
        QUrl url;
        int redirects = 0;
        int lookupId = -1;
        QNetworkReply* reply = nullptr;
    };

    void startHop(quint64 id);
    void onResolved(quint64 id, const QHostInfo& info);
    void send(quint64 id, const QHostAddress& address);
    void onFinished(quint64 id);
    void onBatchTimeout();
    // Ends a job: stops what it is waiting for, reports `error` (if any), and finishes the batch.
    void fail(quint64 id, const Error& error);
    // Reports the end of batch `batch` when it is still the current one and nothing is left.
    void done(quint64 batch);
    void stop(Job& job);
    [[nodiscard]] bool connectsDirectly(const QUrl& url) const;
    [[nodiscard]] static Error errorOf(QNetworkReply* reply);

    Settings m_settings;
    QNetworkAccessManager m_network;
    QHash<quint64, Job> m_jobs;
    quint64 m_nextJob = 0;
    quint64 m_batch = 0; // cancel() starts a new one: nothing of an old one is reported
    QTimer* m_batchTimer;
};

} // namespace postbag::net
