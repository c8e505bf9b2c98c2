// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>
#include <functional>
#include <optional>

class QSslSocket;

namespace postbag::testing {

// A tiny HTTP/1.1 server on 127.0.0.1 that is also an HTTP proxy for the test's own names. Why a
// proxy: the code under test fetches http(s)://autoconfig.<domain>/..., and a test domain must
// never be looked up in the real DNS; pointed at this server through QNetworkProxy, the client
// sends absolute-URI GETs (http) or CONNECT host:443 (https) here, and nothing leaves loopback.
// Inside a CONNECT tunnel the server speaks TLS itself with the configured certificate (the test
// makes its client trust it), so https requests are answered too; without a TLS configuration a
// CONNECT is refused with 502. Answers come from a table keyed by scheme://host/path (query
// ignored); anything else gets 404. One request per connection (Connection: close).
// In silent mode connections are accepted and read but never answered (a dead server).
// A handler, when set, answers instead of the table (a scripted server built on this one, such
// as ScriptedOAuthServer); its request comes with the body its Content-Length announced, and
// no answer from it leaves that request unanswered.
class LoopbackHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/xml";
        QByteArray location; // for redirects
        QByteArray headers;  // more header lines, each ending in CRLF (e.g. Set-Cookie)
        qint64 declaredLength = -1; // a Content-Length other than the body's (a broken answer)
    };

    struct Request
    {
        QByteArray method;
        QUrl url;
        QByteArray headers;
        QByteArray body;
    };
    using Handler = std::function<std::optional<Response>(const Request&)>;

    [[nodiscard]] static Response answer(int status, const QByteArray& body);
    [[nodiscard]] static Response redirect(int status, const QByteArray& location);

    explicit LoopbackHttpServer(QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    [[nodiscard]] bool start(); // 127.0.0.1, a free port
    [[nodiscard]] QNetworkProxy proxy() const;

    void setResponse(const QString& url, const Response& response);
    void setTlsConfiguration(const QSslConfiguration& configuration) { m_tls = configuration; }
    void setSilent(bool silent) { m_silent = silent; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // Every request seen, as absolute URLs (https for tunnelled ones), in order.
    [[nodiscard]] QList<QUrl> requests() const { return m_requests; }
    // The header block of each request (after the request line), in the same order.
    [[nodiscard]] QList<QByteArray> requestHeaders() const { return m_requestHeaders; }
    [[nodiscard]] int connectRequests() const { return m_connects; }
    [[nodiscard]] int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QSslSocket* socket);
    void answer(QSslSocket* socket, const QUrl& url);
    void send(QSslSocket* socket, const Response& r);

    QHash<QString, Response> m_responses;
    Handler m_handler;
    QSslConfiguration m_tls;
    QList<QUrl> m_requests;
    QList<QByteArray> m_requestHeaders;
    int m_connects = 0;
    int m_connections = 0;
    bool m_silent = false;
};

} // namespace postbag::testing
