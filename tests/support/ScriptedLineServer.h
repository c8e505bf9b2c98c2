// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/LineScript.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <optional>

class QTcpServer;

namespace postbag::testing {

class ScriptedConnection;

// A fake server for a line protocol (POP3, SMTP) that plays scripts, for the faults a real server
// will not make on demand (drops mid-transfer, odd error codes, stalls, garbage, STARTTLS/STLS
// injection, one byte per read, LF-only, no pipelining). ScriptedPop3Server and ScriptedSmtpServer
// are its names in the tests of each protocol. Listens on 127.0.0.1 at a free port from
// construction on; the n-th accepted connection plays the n-th script given to addConnection().
// Event-driven: it never blocks, so the client may run in the same thread (the test must spin the
// event loop: QTRY_*, QSignalSpy::wait) or in another. Guarantees: every deviation from a script
// (wrong line, line after the end, early close, extra connection, script that did not parse) is in
// mismatches(); nothing is silently ignored.
class ScriptedLineServer : public QObject
{
    Q_OBJECT
public:
    using Script = LineScript;

    explicit ScriptedLineServer(QObject* parent = nullptr);
    ~ScriptedLineServer() override;

    // Implicit TLS (995/465-style) for connections accepted from now on; default off.
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
    // One connection's bytes as the server read them, one entry per read: on loopback, what the
    // client wrote at once (a pipelined group) normally arrives as one chunk.
    [[nodiscard]] QList<QByteArray> receivedChunks(int connection) const;
    // What each !expect-data took (any connection, in order): the bytes before the lone "." line,
    // exactly as sent (still dot-stuffed, line endings kept).
    [[nodiscard]] QList<QByteArray> receivedData() const { return m_receivedData; }
    // All queued scripts were played to their end (and nothing is pending).
    [[nodiscard]] bool isDone() const;
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    [[nodiscard]] int finishedCount() const { return m_finished; }
    // A readable log: what each connection did and what went wrong, for failure messages.
    [[nodiscard]] QString transcript() const { return m_transcript.join(u'\n'); }

Q_SIGNALS:
    // A connection's script ended (completed or given up after a mismatch); index from 0.
    void connectionFinished(int index);
    // A connection's !expect-data step took a whole message (its lone "." arrived).
    void dataReceived(int index);

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
    QList<QByteArray> m_receivedData;
    QStringList m_transcript;
};

} // namespace postbag::testing
