// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transport/Transport.h"

#include <QList>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace postbag::net {

// The real mail transport (POP3 and SMTP): QSslSocket with plain, STLS-upgraded or implicit TLS connections.
// Guarantees: TLS 1.2 or later; the system CAs, SNI and host name checks; a failed verification
// ends the connection and is reported as data (errors, chain, SHA-256 fingerprint) for the user to
// judge, never ignored wholesale; a pinned fingerprint is the only certificate accepted for the
// endpoint, even a CA-valid one with another key is refused; connect and handshake have deadlines.
// A connection without TLS uses a plain QTcpSocket: constructing a QSslSocket loads the TLS
// backend and initialises OpenSSL, several milliseconds a plain-text check need not pay.
class SslTransport final : public transport::Transport
{
    Q_OBJECT
public:
    explicit SslTransport(QObject* parent = nullptr);
    ~SslTransport() override;

    void open(const transport::Endpoint& endpoint) override;
    void send(const QByteArray& bytes) override;
    void startTls() override;
    void close() override;
    void abort() override;
    [[nodiscard]] bool isEncrypted() const override { return m_ssl && m_ssl->isEncrypted(); }
    [[nodiscard]] QString localAddress() const override;

    static constexpr qint64 kReadBufferBytes = 256 * 1024;

private:
    enum class Phase
    {
        Idle,
        Connecting,
        Handshaking,
        Open,
        Finished
    };

    void createSocket(transport::Security security);
    void dropSocket();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void onTimeout();
    void finishWith(const Error& error);
    [[nodiscard]] bool pinMatches() const;

    std::unique_ptr<QTcpSocket> m_socket; // a QSslSocket unless the endpoint is plain text
    QSslSocket* m_ssl = nullptr;          // m_socket as a QSslSocket, or null
    QTimer m_timer;
    transport::Endpoint m_endpoint;
    Phase m_phase = Phase::Idle;
    bool m_upgrading = false; // STLS handshake, as opposed to implicit TLS
    QList<QSslError> m_sslErrors;
};

} // namespace postbag::net
