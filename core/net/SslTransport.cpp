// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/SslTransport.h"

#include "core/common/Logging.h"
#include "core/net/CertificateDescription.h"

#include <QSslConfiguration>

namespace postbag::net {

SslTransport::SslTransport(QObject* parent) : pop3::Transport(parent)
{
    // A bounded read buffer: a fast server cannot make us hold more than this much of a message
    // at once, and TCP flow control slows it down while we parse and store.
    m_socket.setReadBufferSize(kReadBufferBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SslTransport::onTimeout);
    connect(&m_socket, &QSslSocket::connected, this, &SslTransport::onConnected);
    connect(&m_socket, &QSslSocket::encrypted, this, &SslTransport::onEncrypted);
    connect(&m_socket, &QSslSocket::sslErrors, this, &SslTransport::onSslErrors);
    connect(&m_socket, &QSslSocket::errorOccurred, this, &SslTransport::onSocketError);
    connect(&m_socket, &QSslSocket::readyRead, this, [this] {
        if (m_phase == Phase::Open)
            Q_EMIT received(m_socket.readAll());
    });
    connect(&m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_phase == Phase::Open) {
            m_phase = Phase::Finished;
            Q_EMIT closed();
        }
    });
}

SslTransport::~SslTransport()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void SslTransport::open(const pop3::Endpoint& endpoint)
{
    m_endpoint = endpoint;
    m_sslErrors.clear();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(config);
    m_socket.setPeerVerifyName(endpoint.host);
    m_phase = Phase::Connecting;
    m_timer.start(endpoint.connectTimeoutMs);
    if (endpoint.security == pop3::Security::ImplicitTls)
        m_socket.connectToHostEncrypted(endpoint.host, endpoint.port, endpoint.host);
    else
        m_socket.connectToHost(endpoint.host, endpoint.port);
}

void SslTransport::onConnected()
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket.setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (m_endpoint.security == pop3::Security::ImplicitTls) {
        m_phase = Phase::Handshaking;
        m_timer.start(m_endpoint.handshakeTimeoutMs);
        return;
    }
    m_timer.stop();
    m_phase = Phase::Open;
    Q_EMIT opened();
}

void SslTransport::startTls()
{
    if (m_phase != Phase::Open || m_socket.isEncrypted())
        return finishWith(Error::make(ErrorCode::TlsHandshakeFailed, QStringLiteral("not possible now")));
    // Whatever the server sent in the clear after +OK was read and discarded by the session; from
    // here on every byte must come through TLS.
    m_socket.readAll();
    m_phase = Phase::Handshaking;
    m_upgrading = true;
    m_timer.start(m_endpoint.handshakeTimeoutMs);
    m_socket.startClientEncryption();
}

bool SslTransport::pinMatches() const
{
    return !m_endpoint.pinnedSha256.isEmpty()
           && sha256Of(m_socket.peerCertificate()) == m_endpoint.pinnedSha256;
}

void SslTransport::onSslErrors(const QList<QSslError>& errors)
{
    m_sslErrors = errors;
    // A pinned certificate is trusted as itself: accept exactly these errors for exactly it.
    if (pinMatches()) {
        qCDebug(lcNet) << "accepting pinned certificate for" << m_endpoint.host;
        m_socket.ignoreSslErrors(errors);
    }
}

void SslTransport::onEncrypted()
{
    m_timer.stop();
    if (!m_endpoint.pinnedSha256.isEmpty() && !pinMatches()) {
        Error e = Error::make(ErrorCode::CertificatePinMismatch);
        e.certificate = describeCertificate(m_endpoint.host, m_socket.peerCertificateChain(),
                                            m_sslErrors);
        return finishWith(e);
    }
    m_phase = Phase::Open;
    if (m_upgrading) {
        m_upgrading = false;
        Q_EMIT tlsStarted();
    } else {
        Q_EMIT opened();
    }
    if (m_socket.bytesAvailable() > 0)
        Q_EMIT received(m_socket.readAll());
}

void SslTransport::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_phase == Phase::Finished || m_phase == Phase::Idle)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_phase == Phase::Open)
        return; // reported through disconnected() as an orderly close
    ErrorCode code = ErrorCode::NetworkError;
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        code = ErrorCode::HostNotFound;
        break;
    case QAbstractSocket::ConnectionRefusedError:
        code = ErrorCode::ConnectionRefused;
        break;
    case QAbstractSocket::SocketTimeoutError:
        code = m_phase == Phase::Connecting ? ErrorCode::ConnectTimeout : ErrorCode::ResponseTimeout;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        code = m_phase == Phase::Handshaking ? ErrorCode::TlsHandshakeFailed
                                             : ErrorCode::ConnectionClosed;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        if (m_sslErrors.isEmpty())
            code = ErrorCode::TlsHandshakeFailed;
        else
            code = m_endpoint.pinnedSha256.isEmpty() ? ErrorCode::CertificateUntrusted
                                                     : ErrorCode::CertificatePinMismatch;
        break;
    default:
        break;
    }
    Error e = Error::make(code, m_socket.errorString());
    if (code == ErrorCode::CertificateUntrusted || code == ErrorCode::CertificatePinMismatch) {
        QList<QSslCertificate> chain = m_socket.peerCertificateChain();
        if (chain.isEmpty() && !m_sslErrors.isEmpty())
            chain.append(m_sslErrors.first().certificate());
        e.certificate = describeCertificate(m_endpoint.host, chain, m_sslErrors);
    }
    finishWith(e);
}

void SslTransport::onTimeout()
{
    if (m_phase == Phase::Connecting)
        finishWith(Error::make(ErrorCode::ConnectTimeout));
    else if (m_phase == Phase::Handshaking)
        finishWith(Error::make(ErrorCode::TlsHandshakeFailed, QStringLiteral("handshake timed out")));
}

void SslTransport::finishWith(const Error& error)
{
    qCDebug(lcNet) << "transport failed:" << error.toLogString();
    m_timer.stop();
    m_phase = Phase::Finished;
    m_socket.abort();
    Q_EMIT failed(error);
}

void SslTransport::send(const QByteArray& bytes)
{
    if (m_phase == Phase::Open)
        m_socket.write(bytes);
}

void SslTransport::close()
{
    if (m_phase == Phase::Finished || m_phase == Phase::Idle)
        return;
    m_timer.stop();
    m_phase = Phase::Finished;
    m_socket.disconnectFromHost();
}

void SslTransport::abort()
{
    m_timer.stop();
    m_phase = Phase::Finished;
    m_socket.abort();
}

} // namespace postbag::net
