// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/Pop3Script.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <functional>

class QSslSocket;

namespace postbag::testing {

// One accepted connection of a ScriptedPop3Server, running its Pop3Script. Internal to the
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
        std::function<void(const QString&)> event;
        std::function<void(bool completed)> finished;
    };

    ScriptedConnection(qintptr descriptor, Pop3Script script, bool implicitTls,
                       const QSslConfiguration& tls, Callbacks callbacks, QObject* parent);

    [[nodiscard]] bool completed() const { return m_completed; }
    [[nodiscard]] QByteArray receivedBytes() const { return m_received; }

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
    void onReadyRead();
    void onDisconnected();
    void writeNextByte();
    void write(const QByteArray& bytes);
    void checkDrained();
    void mismatch(const QString& what);
    void finish(bool completed);
    [[nodiscard]] QString where() const;

    QSslSocket* m_socket = nullptr;
    Pop3Script m_script;
    Callbacks m_callbacks;
    qsizetype m_step = 0;
    Wait m_wait = Wait::Nothing;
    bool m_bytewise = false;
    bool m_lfOnly = false;
    bool m_completed = false;
    bool m_closedByUs = false;
    bool m_running = false;
    bool m_finished = false;
    QByteArray m_pending;  // bytes not yet consumed by a C: step
    QByteArray m_outgoing; // bytewise bytes not yet written
    QByteArray m_received; // everything the client sent
    qsizetype m_recordedUpTo = 0;
};

} // namespace postbag::testing
