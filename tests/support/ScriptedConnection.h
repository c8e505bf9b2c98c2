// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/LineScript.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <functional>

class QSslSocket;

namespace postbag::testing {

// One accepted connection of a ScriptedLineServer, running its LineScript. Internal to the
// fixture. Exists to keep the per-connection state machine out of the server. Guarantees: never
// blocks; steps run strictly in order; anything the client sends that the script did not expect
// (a different line, a line after the end, closing early) becomes a mismatch; `finished` is
// called exactly once, when the script reaches its end or the connection is given up.
class ScriptedConnection : public QObject
{
public:
    struct Callbacks
    {
        std::function<void(const QString&)> mismatch;
        std::function<void(const QByteArray&)> receivedLine;
        std::function<void(const QByteArray&)> receivedData; // one !expect-data's bytes
        std::function<void(const QString&)> event;
        std::function<void(bool completed)> finished;
    };

    ScriptedConnection(qintptr descriptor, LineScript script, bool implicitTls,
                       const QSslConfiguration& tls, Callbacks callbacks, QObject* parent);

    [[nodiscard]] bool completed() const { return m_completed; }
    [[nodiscard]] QByteArray receivedBytes() const { return m_received; }
    // The same bytes as they came out of each read: one entry per readyRead.
    [[nodiscard]] QList<QByteArray> receivedChunks() const { return m_chunks; }

private:
    enum class Wait
    {
        Nothing,
        Line,
        Bytes,
        Stall,
        Drain,
        Close,
        Finished
    };

    void run();
    [[nodiscard]] bool takeLine(const LineScript::Step& step);
    [[nodiscard]] bool takeData();
    [[nodiscard]] bool keptLockstep(const QByteArray& answered);
    void onReadyRead();
    void onDisconnected();
    void writeNextByte();
    void write(const QByteArray& bytes);
    void checkDrained();
    void mismatch(const QString& what);
    void finish(bool completed);
    [[nodiscard]] QString where() const;

    QSslSocket* m_socket = nullptr;
    LineScript m_script;
    Callbacks m_callbacks;
    qsizetype m_step = 0;
    Wait m_wait = Wait::Nothing;
    bool m_bytewise = false;
    bool m_lfOnly = false;
    bool m_lockstep = false;
    bool m_completed = false;
    bool m_closedByUs = false;
    bool m_running = false;
    bool m_finished = false;
    QByteArray m_pending;  // bytes not yet consumed by a C: step
    QByteArray m_outgoing; // bytewise bytes not yet written
    QByteArray m_received; // everything the client sent
    QList<QByteArray> m_chunks;
    qsizetype m_dataScanned = 0; // m_pending bytes an unfinished !expect-data has looked at
    qsizetype m_recordedUpTo = 0;
};

} // namespace postbag::testing
