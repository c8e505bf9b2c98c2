// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/LoopbackHttpServer.h"

#include <QSslSocket>

namespace postbag::testing {

namespace {

QString keyOf(const QUrl& url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + url.path();
}

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 502:
        return "Bad Gateway";
    default:
        return "Status";
    }
}

} // namespace

LoopbackHttpServer::Response LoopbackHttpServer::answer(int status, const QByteArray& body)
{
    Response r;
    r.status = status;
    r.body = body;
    return r;
}

LoopbackHttpServer::Response LoopbackHttpServer::redirect(int status, const QByteArray& location)
{
    Response r;
    r.status = status;
    r.contentType = "text/plain";
    r.location = location;
    return r;
}

LoopbackHttpServer::LoopbackHttpServer(QObject* parent) : QTcpServer(parent) {}

LoopbackHttpServer::~LoopbackHttpServer()
{
    close();
}

bool LoopbackHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QNetworkProxy LoopbackHttpServer::proxy() const
{
    return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), serverPort());
}

void LoopbackHttpServer::setResponse(const QString& url, const Response& response)
{
    m_responses.insert(keyOf(QUrl(url)), response);
}

void LoopbackHttpServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
}

void LoopbackHttpServer::onReadyRead(QSslSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0 || m_silent)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    qsizetype bodyLength = 0;
    for (const QByteArray& line : lines) {
        if (line.toLower().startsWith("content-length:"))
            bodyLength = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() - end - 4 < bodyLength)
        return;
    const QByteArray body = buffer.mid(end + 4, bodyLength);
    socket->setProperty("buffer", buffer.mid(end + 4 + bodyLength));
    const QList<QByteArray> words = lines.first().trimmed().split(' ');
    if (words.size() < 3)
        return socket->disconnectFromHost();
    const QByteArray method = words.at(0);
    const QByteArray target = words.at(1);
    if (method == "CONNECT") {
        ++m_connects;
        if (m_tls.isNull()) {
            socket->write(
                "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            return socket->disconnectFromHost();
        }
        socket->setProperty("tunnelHost",
                            QString::fromLatin1(target.left(target.lastIndexOf(':'))));
        socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
        socket->setSslConfiguration(m_tls);
        socket->startServerEncryption();
        return;
    }
    QUrl url;
    if (target.startsWith('/')) {
        QByteArray host;
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("host:"))
                host = line.mid(5).trimmed();
        }
        const QString tunnel = socket->property("tunnelHost").toString();
        url = QUrl(QString::fromLatin1(QByteArray((socket->isEncrypted() ? "https://" : "http://") +
                                                  (tunnel.isEmpty() ? host : tunnel.toLatin1()) +
                                                  target)));
    } else {
        url = QUrl(QString::fromLatin1(target));
    }
    m_requests.append(url);
    m_requestHeaders.append(lines.mid(1).join('\n'));
    if (m_handler) {
        if (const std::optional<Response> r =
                m_handler({method, url, m_requestHeaders.last(), body}))
            send(socket, *r);
        return;
    }
    answer(socket, url);
}

void LoopbackHttpServer::answer(QSslSocket* socket, const QUrl& url)
{
    const auto it = m_responses.constFind(keyOf(url));
    send(socket,
         it == m_responses.cend() ? Response{404, "not here\n", "text/plain", {}, {}, -1} : *it);
}

void LoopbackHttpServer::send(QSslSocket* socket, const Response& r)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonOf(r.status) +
                      "\r\nContent-Type: " + r.contentType + "\r\nContent-Length: " +
                      QByteArray::number(r.declaredLength >= 0 ? r.declaredLength : r.body.size()) +
                      "\r\nConnection: close\r\n";
    if (!r.location.isEmpty())
        head += "Location: " + r.location + "\r\n";
    head += r.headers;
    socket->write(head + "\r\n" + r.body);
    socket->disconnectFromHost();
}

} // namespace postbag::testing
