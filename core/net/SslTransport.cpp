// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/SslTransport.h"

#include "core/common/Logging.h"
#include "core/net/CertificateDescription.h"

#include <QSslConfiguration>

namespace postbag::net {

SslTransport::SslTransport(QObject* parent) : transport::Transport(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SslTransport::onTimeout);
}

SslTransport::~SslTransport()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SslTransport::createSocket(transport::Security security)
{
    dropSocket();
    if (security == transport::Security::None) {
        m_socket = std::make_unique<QTcpSocket>();
    } else {
        auto ssl = std::make_unique<QSslSocket>();
        m_ssl = ssl.get();
        m_socket = std::move(ssl);
        connect(m_ssl, &QSslSocket::encrypted, this, &SslTransport::onEncrypted);
        connect(m_ssl, &QSslSocket::sslErrors, this, &SslTransport::onSslErrors);
    }
    QTcpSocket* socket = m_socket.get();
    // A bounded read buffer: a fast server cannot make us hold more than this much of a message
    // at once, and TCP flow control slows it down while we parse and store.
    socket->setReadBufferSize(kReadBufferBytes);
    connect(socket, &QAbstractSocket::connected, this, &SslTransport::onConnected);
    connect(socket, &QAbstractSocket::errorOccurred, this, &SslTransport::onSocketError);
    connect(socket, &QIODevice::readyRead, this, [this, socket] {
        if (m_phase == Phase::Open)
            Q_EMIT received(socket->readAll());
    });
    connect(socket, &QIODevice::bytesWritten, this, [this](qint64 bytes) {
        if (m_phase == Phase::Open)
            Q_EMIT written(bytes);
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        if (m_phase == Phase::Open) {
            m_phase = Phase::Finished;
            Q_EMIT closed();
        }
    });
}

QString SslTransport::localAddress() const
{
    return m_socket ? m_socket->localAddress().toString() : QString();
}

void SslTransport::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    // A second open() may come from inside one of the old socket's signals.
    m_socket.release()->deleteLater();
    m_ssl = nullptr;
}

void SslTransport::open(const transport::Endpoint& endpoint)
{
    m_endpoint = endpoint;
    m_sslErrors.clear();
    createSocket(endpoint.security);
    if (m_ssl) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_ssl->setSslConfiguration(config);
        m_ssl->setPeerVerifyName(endpoint.host);
    }
    m_phase = Phase::Connecting;
    m_timer.start(endpoint.connectTimeoutMs);
    if (endpoint.security == transport::Security::ImplicitTls)
        m_ssl->connectToHostEncrypted(endpoint.host, endpoint.port, endpoint.host);
    else
        m_socket->connectToHost(endpoint.host, endpoint.port);
}

void SslTransport::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (m_endpoint.security == transport::Security::ImplicitTls) {
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
    if (m_phase != Phase::Open || !m_ssl || m_ssl->isEncrypted())
        return finishWith(
            Error::make(ErrorCode::TlsHandshakeFailed, QStringLiteral("not possible now")));
    // Whatever the server sent in the clear after +OK was read and discarded by the session; from
    // here on every byte must come through TLS.
    m_ssl->readAll();
    m_phase = Phase::Handshaking;
    m_upgrading = true;
    m_timer.start(m_endpoint.handshakeTimeoutMs);
    m_ssl->startClientEncryption();
}

bool SslTransport::pinMatches() const
{
    return m_ssl && !m_endpoint.pinnedSha256.isEmpty() &&
           sha256Of(m_ssl->peerCertificate()) == m_endpoint.pinnedSha256;
}

void SslTransport::onSslErrors(const QList<QSslError>& errors)
{
    m_sslErrors = errors;
    // A pinned certificate is trusted as itself: accept exactly these errors for exactly it.
    if (pinMatches()) {
        qCDebug(lcNet) << "accepting pinned certificate for" << m_endpoint.host;
        m_ssl->ignoreSslErrors(errors);
    }
}

void SslTransport::onEncrypted()
{
    m_timer.stop();
    if (!m_endpoint.pinnedSha256.isEmpty() && !pinMatches()) {
        Error e = Error::make(ErrorCode::CertificatePinMismatch);
        e.certificate =
            describeCertificate(m_endpoint.host, m_ssl->peerCertificateChain(), m_sslErrors);
        return finishWith(e);
    }
    m_phase = Phase::Open;
    if (m_upgrading) {
        m_upgrading = false;
        Q_EMIT tlsStarted();
    } else {
        Q_EMIT opened();
    }
    if (m_ssl->bytesAvailable() > 0)
        Q_EMIT received(m_ssl->readAll());
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
        code =
            m_phase == Phase::Connecting ? ErrorCode::ConnectTimeout : ErrorCode::ResponseTimeout;
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
    Error e = Error::make(code, m_socket->errorString());
    if (code == ErrorCode::CertificateUntrusted || code == ErrorCode::CertificatePinMismatch) {
        QList<QSslCertificate> chain =
            m_ssl ? m_ssl->peerCertificateChain() : QList<QSslCertificate>();
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
        finishWith(
            Error::make(ErrorCode::TlsHandshakeFailed, QStringLiteral("handshake timed out")));
}

void SslTransport::finishWith(const Error& error)
{
    qCDebug(lcNet) << "transport failed:" << error.toLogString();
    m_timer.stop();
    m_phase = Phase::Finished;
    if (m_socket)
        m_socket->abort();
    Q_EMIT failed(error);
}

void SslTransport::send(const QByteArray& bytes)
{
    if (m_phase == Phase::Open)
        m_socket->write(bytes);
}

void SslTransport::close()
{
    if (m_phase == Phase::Finished || m_phase == Phase::Idle)
        return;
    m_timer.stop();
    m_phase = Phase::Finished;
    m_socket->disconnectFromHost();
}

void SslTransport::abort()
{
    m_timer.stop();
    m_phase = Phase::Finished;
    if (m_socket)
        m_socket->abort();
}

} // namespace postbag::net
