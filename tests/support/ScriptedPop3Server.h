// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/Pop3Script.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <optional>

class QTcpServer;

namespace postbag::testing {

class ScriptedConnection;

// A fake POP3 server that plays scripts, for the faults a real server will not make on demand
// (drops mid-RETR, odd -ERR codes, stalls, garbage, STLS injection, one byte per read, LF-only).
// Listens on 127.0.0.1 at a free port from construction on; the n-th accepted connection plays
// the n-th script given to addConnection(). Event-driven: it never blocks, so the client may run
// in the same thread (the test must spin the event loop: QTRY_*, QSignalSpy::wait) or in another.
// Guarantees: every deviation from a script (wrong line, line after the end, early close, extra
// connection, script that did not parse) is in mismatches(); nothing is silently ignored.
class ScriptedPop3Server : public QObject
{
    Q_OBJECT
public:
    using Script = Pop3Script;

    explicit ScriptedPop3Server(QObject* parent = nullptr);
    ~ScriptedPop3Server() override;

    // Implicit TLS (995-style) for connections accepted from now on; default off (110-style).
    void setImplicitTls(bool on) { m_implicitTls = on; }
    // The certificate and key TLS presents from now on; default TestCertificate::shared()'s.
    void setTlsConfiguration(const QSslConfiguration& configuration) { m_tls = configuration; }
    // Queues the script for the next connection. Parse errors of the script become mismatches.
    void addConnection(const Script& script);
    void addConnection(QStringView scriptText) { addConnection(Script::parse(scriptText)); }

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 port() const;

    // Empty when every client line matched and nothing unexpected happened.
    [[nodiscard]] QStringList mismatches() const { return m_mismatches; }
    // Every line the client sent (any connection, in order), without CR/LF.
    [[nodiscard]] QList<QByteArray> receivedLines() const { return m_receivedLines; }
    [[nodiscard]] QByteArray receivedBytes(int connection) const;
    // All queued scripts were played to their end (and nothing is pending).
    [[nodiscard]] bool isDone() const;
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    [[nodiscard]] int finishedCount() const { return m_finished; }
    // A readable log: what each connection did and what went wrong, for failure messages.
    [[nodiscard]] QString transcript() const { return m_transcript.join(u'\n'); }

Q_SIGNALS:
    // A connection's script ended (completed or given up after a mismatch); index from 0.
    void connectionFinished(int index);

private:
    void accept(qintptr descriptor);

    QTcpServer* m_server = nullptr;
    bool m_implicitTls = false;
    std::optional<QSslConfiguration> m_tls;
    QList<Script> m_scripts;
    QList<ScriptedConnection*> m_connections;
    QList<bool> m_completed;
    int m_finished = 0;
    QStringList m_mismatches;
    QList<QByteArray> m_receivedLines;
    QStringList m_transcript;
};

} // namespace postbag::testing
