// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <chrono>

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
// redirect to them); at most maxResources per message and maxBytes each (a bigger or broken
// answer is dropped, never handed on in part); no cookie is sent or kept, nothing is cached, an
// authentication request is never answered; at most maxRedirects, never from https to http; a
// request ends after `timeout` without data, and a whole batch within `batchTimeout`; only a 200
// answer counts. fetch() and cancel() abort the previous message's requests and nothing of them
// is reported afterwards; finished() follows the last answer of a batch once. Names that resolve
// to a private address (DNS rebinding) are not caught: the user allowed this sender's content.
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

    [[nodiscard]] bool isRunning() const { return !m_pending.isEmpty(); }
    // Why `url` is never requested (empty when it may be): scheme, host or port.
    [[nodiscard]] static QString refusal(const QUrl& url);

public Q_SLOTS:
    void fetch(const QStringList& urls);
    void cancel();

Q_SIGNALS:
    void fetched(const QUrl& url, const QByteArray& data);
    void failed(const QUrl& url, const postbag::Error& error);
    void finished();

private:
    void request(const QUrl& asked, const QUrl& url);
    void onFinished(QNetworkReply* reply);
    void onBatchTimeout();
    [[nodiscard]] static Error errorOf(QNetworkReply* reply);

    Settings m_settings;
    QNetworkAccessManager m_network;
    QList<QNetworkReply*> m_pending;
    QTimer* m_batchTimer;
};

} // namespace postbag::net
