// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace postbag::pop3 {

enum class Security { None, StartTls, ImplicitTls };

// Where and how to connect. `pinnedSha256` (raw digest of the DER leaf certificate), when set, is
// the only certificate accepted for this host, whatever the CA system says.
struct Endpoint
{
    QString host;
    quint16 port = 110;
    Security security = Security::StartTls;
    QByteArray pinnedSha256;
    int connectTimeoutMs = 30000;
    int handshakeTimeoutMs = 30000;
};

// A byte pipe to a POP3 server, possibly encrypted. Declared here, implemented over QSslSocket in
// core/net, so that core/pop3 stays socket-free and tests can substitute their own.
// Contract: exactly one of opened()/failed() follows open(); after startTls(), exactly one of
// tlsStarted()/failed(); received() delivers bytes in order; after failed() or closed() nothing
// more is emitted. Certificate problems arrive as failed() with Error::certificate filled in.
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void open(const Endpoint& endpoint) = 0;
    virtual void send(const QByteArray& bytes) = 0;
    virtual void startTls() = 0;
    virtual void close() = 0; // after pending bytes are written
    virtual void abort() = 0; // at once, emits nothing
    [[nodiscard]] virtual bool isEncrypted() const = 0;

Q_SIGNALS:
    void opened();
    void received(const QByteArray& bytes);
    void tlsStarted();
    void failed(const postbag::Error& error);
    void closed();
};

// Makes a fresh transport for each connection; the app injects core/net's, tests their own.
using TransportFactory = std::function<std::unique_ptr<Transport>()>;

} // namespace postbag::pop3
