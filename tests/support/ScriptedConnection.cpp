// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ScriptedConnection.h"

#include <QSslSocket>
#include <QTimer>

namespace postbag::testing {

using Kind = LineScript::Step::Kind;

ScriptedConnection::ScriptedConnection(qintptr descriptor, LineScript script, bool implicitTls,
                                       const QSslConfiguration& tls, Callbacks callbacks,
                                       QObject* parent)
    : QObject(parent), m_socket(new QSslSocket(this)), m_script(std::move(script)),
      m_callbacks(std::move(callbacks))
{
    m_socket->setSocketDescriptor(descriptor);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // bytewise: no Nagle batching
    m_socket->setSslConfiguration(tls);
    connect(m_socket, &QSslSocket::readyRead, this, &ScriptedConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &ScriptedConnection::onDisconnected);
    connect(m_socket, &QSslSocket::bytesWritten, this, &ScriptedConnection::checkDrained);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &ScriptedConnection::checkDrained);
    connect(m_socket, &QSslSocket::encrypted, this,
            [this] { m_callbacks.event(QStringLiteral("TLS established")); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        m_callbacks.event(QStringLiteral("socket error: ") + m_socket->errorString());
    });
    if (implicitTls)
        m_socket->startServerEncryption();
    // Start from the event loop, after the server has registered this connection.
    QTimer::singleShot(0, this, &ScriptedConnection::run);
}

QString ScriptedConnection::where() const
{
    return m_step < m_script.steps().size()
               ? LineScript::describe(m_script.steps()[m_step], int(m_step))
               : QStringLiteral("after the end of the script");
}

void ScriptedConnection::write(const QByteArray& bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

void ScriptedConnection::run()
{
    if (m_running) // re-entered from a signal emitted inside a step
        return;
    m_running = true;
    const auto& steps = m_script.steps();
    while (m_wait == Wait::Nothing && m_step < steps.size()) {
        const LineScript::Step& step = steps[m_step];
        switch (step.kind) {
        case Kind::Send:
        case Kind::SendLine: {
            QByteArray bytes = step.data;
            if (step.kind == Kind::SendLine)
                bytes += m_lfOnly ? "\n" : "\r\n";
            ++m_step;
            if (m_bytewise && !bytes.isEmpty()) {
                m_outgoing = bytes;
                m_wait = Wait::Bytes;
                writeNextByte();
            } else {
                write(bytes);
            }
            break;
        }
        case Kind::Expect:
            if (!takeLine(step))
                m_wait = m_finished ? Wait::Finished : Wait::Line;
            break;
        case Kind::ExpectData:
            if (!takeData())
                m_wait = m_finished ? Wait::Finished : Wait::Line;
            break;
        case Kind::Lockstep:
            m_lockstep = step.number != 0;
            ++m_step;
            break;
        case Kind::StartTls:
            ++m_step;
            m_socket->startServerEncryption();
            break;
        case Kind::Stall:
            ++m_step;
            m_wait = Wait::Stall;
            QTimer::singleShot(step.number, this, [this] {
                if (m_wait == Wait::Stall) {
                    m_wait = Wait::Nothing;
                    run();
                }
            });
            break;
        case Kind::Bytewise:
            m_bytewise = step.number != 0;
            ++m_step;
            break;
        case Kind::LfOnly:
            m_lfOnly = step.number != 0;
            ++m_step;
            break;
        case Kind::Close:
            ++m_step;
            m_wait = Wait::Drain;
            checkDrained();
            break;
        case Kind::ExpectClose:
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                ++m_step;
            else
                m_wait = Wait::Close;
            break;
        }
    }
    m_running = false;
    if (m_wait == Wait::Nothing && m_step == steps.size())
        finish(true);
}

// Consumes the next client line if it is complete; false while it is not (or after a mismatch).
bool ScriptedConnection::takeLine(const LineScript::Step& step)
{
    const qsizetype newline = m_pending.indexOf('\n');
    if (newline < 0)
        return false;
    QByteArray line = m_pending.left(newline);
    m_pending.remove(0, newline + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (!LineScript::matches(step.data, line)) {
        mismatch(QStringLiteral("expected \"%1\", client sent \"%2\"")
                     .arg(QString::fromUtf8(step.data), QString::fromUtf8(line)));
        return false;
    }
    if (!keptLockstep(line))
        return false;
    ++m_step;
    return true;
}

// Consumes client lines up to the lone "." once it has arrived; false until then.
bool ScriptedConnection::takeData()
{
    for (qsizetype newline = m_pending.indexOf('\n', m_dataScanned); newline >= 0;
         newline = m_pending.indexOf('\n', m_dataScanned)) {
        const qsizetype start = m_dataScanned;
        m_dataScanned = newline + 1;
        const qsizetype length = newline - start;
        const bool lastLine = m_pending[start] == '.' &&
                              (length == 1 || (length == 2 && m_pending[start + 1] == '\r'));
        if (!lastLine)
            continue;
        const QByteArray data = m_pending.left(start);
        m_pending.remove(0, newline + 1);
        m_dataScanned = 0;
        m_callbacks.receivedData(data);
        if (!keptLockstep("."))
            return false;
        ++m_step;
        return true;
    }
    return false;
}

// Under !lockstep, nothing may follow the line just taken before the server has answered it.
bool ScriptedConnection::keptLockstep(const QByteArray& answered)
{
    if (!m_lockstep || m_pending.isEmpty())
        return true;
    const QByteArray next = m_pending.left(m_pending.indexOf('\n')).trimmed();
    mismatch(QStringLiteral("client sent \"%1\" before the reply to \"%2\" (pipelining under "
                            "!lockstep)")
                 .arg(QString::fromUtf8(next.left(200)), QString::fromUtf8(answered.left(200))));
    return false;
}

void ScriptedConnection::writeNextByte()
{
    if (m_wait != Wait::Bytes)
        return;
    write(m_outgoing.left(1));
    m_outgoing.remove(0, 1);
    if (!m_outgoing.isEmpty()) {
        QTimer::singleShot(1, this, &ScriptedConnection::writeNextByte);
        return;
    }
    // Go on at once (not after another turn): a following !starttls must start before the client
    // can answer the last byte.
    m_wait = Wait::Nothing;
    run();
}

void ScriptedConnection::checkDrained()
{
    if (m_wait != Wait::Drain)
        return;
    if (m_socket->state() == QAbstractSocket::ConnectedState &&
        (m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0))
        return; // called again from bytesWritten / encryptedBytesWritten
    m_closedByUs = true;
    m_wait = Wait::Nothing;
    m_callbacks.event(QStringLiteral("closing the connection (") + where() + u')');
    m_socket->abort();
    if (m_step < m_script.steps().size()) {
        mismatch(QStringLiteral("script continues after !close"));
        return;
    }
    finish(true);
}

void ScriptedConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    m_chunks.append(bytes);
    m_received += bytes;
    m_pending += bytes;
    for (qsizetype nl = m_received.indexOf('\n', m_recordedUpTo); nl >= 0;
         nl = m_received.indexOf('\n', m_recordedUpTo)) {
        QByteArray line = m_received.mid(m_recordedUpTo, nl - m_recordedUpTo);
        if (line.endsWith('\r'))
            line.chop(1);
        m_callbacks.receivedLine(line);
        m_recordedUpTo = nl + 1;
    }
    if (m_wait == Wait::Line) {
        m_wait = Wait::Nothing;
        run();
    } else if ((m_wait == Wait::Finished || m_wait == Wait::Close) && m_pending.contains('\n')) {
        const QByteArray line = m_pending.left(m_pending.indexOf('\n')).trimmed();
        m_pending.clear();
        m_callbacks.mismatch(
            QStringLiteral("client sent \"%1\" %2")
                .arg(QString::fromUtf8(line), m_wait == Wait::Close
                                                  ? QStringLiteral("while a close was expected")
                                                  : QStringLiteral("after the end of the script")));
    }
}

void ScriptedConnection::onDisconnected()
{
    m_callbacks.event(QStringLiteral("disconnected"));
    if (m_wait == Wait::Finished || m_closedByUs)
        return;
    if (m_wait == Wait::Close) {
        ++m_step;
        m_wait = Wait::Nothing;
        run();
        return;
    }
    if (m_wait == Wait::Drain) {
        checkDrained();
        return;
    }
    mismatch(QStringLiteral("client closed the connection (") + m_socket->errorString() + u')');
}

void ScriptedConnection::mismatch(const QString& what)
{
    m_callbacks.mismatch(where() + QStringLiteral(": ") + what);
    m_closedByUs = true;
    m_socket->abort();
    finish(false);
}

void ScriptedConnection::finish(bool completed)
{
    if (m_finished)
        return;
    m_finished = true;
    m_wait = Wait::Finished;
    m_completed = completed;
    m_callbacks.finished(completed);
}

} // namespace postbag::testing
