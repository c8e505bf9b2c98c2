// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace postbag::transport {

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

// A byte pipe to a mail server (POP3 or SMTP), possibly encrypted. Declared here, implemented over
// QSslSocket in core/net, so that the protocol modules stay socket-free and tests can substitute
// their own.
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
    // The connection's own address (for SMTP's EHLO), empty when not connected or not known.
    [[nodiscard]] virtual QString localAddress() const { return {}; }

Q_SIGNALS:
    void opened();
    void received(const QByteArray& bytes);
    // Bytes handed to send() went out to the network (for progress; emitting it is optional).
    void written(qint64 bytes);
    void tlsStarted();
    void failed(const postbag::Error& error);
    void closed();
};

// Makes a fresh transport for each connection; the app injects core/net's, tests their own.
using TransportFactory = std::function<std::unique_ptr<Transport>()>;

} // namespace postbag::transport
