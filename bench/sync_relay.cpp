// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_relay.h"

#include <QTcpSocket>
#include <QTimer>

namespace postbag::bench {

DelayRelay::DelayRelay(quint16 target, int roundTripMs, QObject* parent)
    : QObject(parent), m_target(target), m_halfMs(roundTripMs / 2)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            client->setParent(this);
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            pipe(client, upstream);
            pipe(upstream, client);
        }
    });
}

void DelayRelay::pipe(QTcpSocket* from, QTcpSocket* to)
{
    from->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(from, &QTcpSocket::readyRead, to, [this, from, to] {
        const QByteArray bytes = from->readAll();
        if (m_halfMs == 0) {
            to->write(bytes);
            return;
        }
        QTimer::singleShot(m_halfMs, Qt::PreciseTimer, to, [to, bytes] { to->write(bytes); });
    });
    // Closed sockets stay children of the relay until it goes: a few per run, no more.
    connect(from, &QTcpSocket::disconnected, to, [this, to] {
        QTimer::singleShot(m_halfMs, Qt::PreciseTimer, to, [to] { to->disconnectFromHost(); });
    });
}

RelayHost::RelayHost()
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

RelayHost::~RelayHost()
{
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint16 RelayHost::add(quint16 target, int roundTripMs)
{
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            auto* relay = new DelayRelay(target, roundTripMs, m_context);
            port = relay->port();
        },
        Qt::BlockingQueuedConnection);
    return port;
}

} // namespace postbag::bench
