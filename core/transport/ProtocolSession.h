// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/common/ProtocolLog.h"
#include "core/transport/CompletionQueue.h"

#include <QByteArray>
#include <QObject>
#include <optional>

namespace postbag::transport {

// What a socket-free protocol session (pop3::Session, smtp::Session) is to the code that joins it
// to a Transport: bytes and the connection's events in, command bytes and requests out. Why: the
// clients and the probes wire both protocols the same way (SessionLink), so the signals and the
// inputs are declared once. CommandSession holds the mechanics behind them.
// Guarantees: sendRequested() carries whole lines with CRLF, already written to the protocol log
// (secrets blanked); failed() comes once, after every pending command was told.
class ProtocolSession : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setProtocolLog(ProtocolLog* log) { m_log = log; }

    // Input from the transport.
    virtual void receive(QByteArrayView bytes) = 0;
    virtual void tlsEstablished() = 0;
    virtual void connectionClosed() = 0;
    // The transport failed or the caller gave up: every pending command fails with `error`.
    virtual void abort(const Error& error) = 0;
    // Commands are waiting for an answer that can be late (not while TLS is being set up).
    [[nodiscard]] virtual bool awaitsAnswer() const = 0;

Q_SIGNALS:
    void sendRequested(const QByteArray& bytes);
    void startTlsRequested();
    // The session is unusable (protocol error, transport failure); already reported to commands.
    void failed(const postbag::Error& error);

protected:
    // One line of a command that is already in flight (a SASL answer, a message's final dot).
    void sendLine(const QByteArray& line, ProtocolLog::Sensitivity sensitivity);

    ProtocolLog* m_log = nullptr;
    CompletionQueue m_completions;
    std::optional<Error> m_fatal; // what ended the session; later commands fail with it
};

} // namespace postbag::transport
