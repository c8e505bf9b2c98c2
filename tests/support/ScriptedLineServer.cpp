// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ScriptedLineServer.h"

#include "tests/support/ScriptedConnection.h"
#include "tests/support/TestCertificate.h"

#include <QTcpServer>

namespace postbag::testing {

namespace {

// QTcpServer would wrap accepted sockets in QTcpSocket; we need QSslSocket for STLS/STARTTLS.
class DescriptorServer : public QTcpServer
{
public:
    std::function<void(qintptr)> onIncoming;

protected:
    void incomingConnection(qintptr descriptor) override { onIncoming(descriptor); }
};

} // namespace

ScriptedLineServer::ScriptedLineServer(QObject* parent) : QObject(parent)
{
    auto* server = new DescriptorServer;
    server->setParent(this);
    server->onIncoming = [this](qintptr descriptor) { accept(descriptor); };
    m_server = server;
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        m_mismatches.append(QStringLiteral("cannot listen: ") + m_server->errorString());
    if (TestCertificate::shared().isNull())
        m_mismatches.append(QStringLiteral("no test certificate: ") +
                            TestCertificate::shared().errorString());
}

ScriptedLineServer::~ScriptedLineServer() = default;

bool ScriptedLineServer::isListening() const
{
    return m_server->isListening();
}

quint16 ScriptedLineServer::port() const
{
    return m_server->serverPort();
}

void ScriptedLineServer::addConnection(const Script& script)
{
    for (const QString& error : script.errors())
        m_mismatches.append(QStringLiteral("script %1: ").arg(m_scripts.size()) + error);
    m_scripts.append(script);
}

QByteArray ScriptedLineServer::receivedBytes(int connection) const
{
    return connection >= 0 && connection < m_connections.size()
               ? m_connections[connection]->receivedBytes()
               : QByteArray();
}

QList<QByteArray> ScriptedLineServer::receivedChunks(int connection) const
{
    return connection >= 0 && connection < m_connections.size()
               ? m_connections[connection]->receivedChunks()
               : QList<QByteArray>();
}

bool ScriptedLineServer::isDone() const
{
    return m_connections.size() == m_scripts.size() &&
           std::all_of(m_completed.cbegin(), m_completed.cend(), [](bool c) { return c; });
}

void ScriptedLineServer::accept(qintptr descriptor)
{
    const int index = int(m_connections.size());
    const QString prefix = QStringLiteral("connection %1: ").arg(index);
    const bool expected = index < m_scripts.size();
    ScriptedConnection::Callbacks callbacks;
    callbacks.mismatch = [this, prefix](const QString& what) {
        m_mismatches.append(prefix + what);
        m_transcript.append(prefix + QStringLiteral("MISMATCH ") + what);
    };
    callbacks.receivedLine = [this, prefix](const QByteArray& line) {
        m_receivedLines.append(line);
        m_transcript.append(prefix + QStringLiteral("C: ") + QString::fromUtf8(line.left(200)));
    };
    callbacks.receivedData = [this, prefix, index](const QByteArray& data) {
        m_receivedData.append(data);
        m_transcript.append(prefix + QStringLiteral("message data: %1 bytes").arg(data.size()));
        Q_EMIT dataReceived(index);
    };
    callbacks.event = [this, prefix](const QString& what) { m_transcript.append(prefix + what); };
    callbacks.finished = [this, index](bool completed) {
        m_completed[index] = completed;
        ++m_finished;
        Q_EMIT connectionFinished(index);
    };
    m_completed.append(false);
    m_transcript.append(prefix + QStringLiteral("accepted") +
                        (m_implicitTls ? QStringLiteral(" (implicit TLS)") : QString()));
    // An unexpected connection gets an empty script ending in !close, plus a mismatch.
    Script script = expected ? m_scripts[index] : Script().close();
    if (!expected)
        callbacks.mismatch(
            QStringLiteral("unexpected connection (only %1 scripted)").arg(m_scripts.size()));
    m_connections.append(
        new ScriptedConnection(descriptor, std::move(script), m_implicitTls,
                               m_tls.value_or(TestCertificate::shared().serverConfiguration()),
                               std::move(callbacks), this));
}

} // namespace postbag::testing
