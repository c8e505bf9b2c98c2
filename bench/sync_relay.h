// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTcpServer>
#include <QThread>

class QTcpSocket;

namespace postbag::bench {

// Network latency on loopback without root or a network namespace: forwards bytes between a
// client and a server, each direction delayed by half the round trip. Bandwidth is not limited;
// the order of bytes and of the closing of each direction is kept (a close is delayed like data,
// so a final "+OK" before the server hangs up still arrives).
class DelayRelay : public QObject
{
public:
    DelayRelay(quint16 target, int roundTripMs, QObject* parent = nullptr);
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

private:
    void pipe(QTcpSocket* from, QTcpSocket* to);

    QTcpServer m_server;
    quint16 m_target;
    int m_halfMs;
};

// Runs relays in a thread of their own, so that the benchmark can block waiting for a child
// process (or time a client of its own) while the relays keep forwarding with precise timers.
// Guarantees: add() returns once the relay listens; the destructor closes every relay in its
// thread and joins it.
class RelayHost
{
public:
    RelayHost();
    ~RelayHost();
    RelayHost(const RelayHost&) = delete;
    RelayHost& operator=(const RelayHost&) = delete;

    // A relay on 127.0.0.1 to 127.0.0.1:target; returns its port (0 if it cannot listen).
    [[nodiscard]] quint16 add(quint16 target, int roundTripMs);

private:
    QThread m_thread;
    QObject* m_context = nullptr;
};

} // namespace postbag::bench
