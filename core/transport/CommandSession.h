// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/transport/ProtocolSession.h"

#include <deque>
#include <functional>

namespace postbag::transport {

// The command queue both line protocols' sessions run on: commands waiting and in flight, the
// state, the error that ended the session, and the steps every session takes the same way (queue a
// command, send what may go, read the greeting, hand over to TLS and back, fail everything). Why:
// POP3 and SMTP differ in their answers and in what may be pipelined, not in these mechanics; each
// protocol supplies its dispatch of answers and the hooks below.
// `Command` has `line` (without CRLF), `sensitivity` and `fail`; `State` has NotStarted, Greeting,
// StartingTls, Closed and Failed.
// Bytes in through receive(), command bytes out through sendRequested(), typed results out through
// each command's completion: no socket, no timer, no event loop, so tests drive a session directly,
// byte by byte.
// Guarantees: every completion is called exactly once, in command order, and never from inside
// receive()'s parsing (they run after it, so a completion may queue commands or delete the
// session); a command given to a failed or closed session fails with the error that ended it
// (ConnectionClosed when none did), and nothing of it is sent; a failure fails every command in
// flight, then every waiting one, in order, and emits failed() after them, once; after the request
// to start TLS nothing is read until tlsEstablished(), which drops every byte read before it.
template <typename Command, typename State> class CommandSession : public ProtocolSession
{
public:
    template <typename T> using Done = std::function<void(Result<T>)>;

    using ProtocolSession::ProtocolSession;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isBusy() const { return !m_inFlight.empty() || !m_queue.empty(); }
    [[nodiscard]] bool awaitsAnswer() const override
    {
        return isBusy() && m_state != State::StartingTls;
    }

    void abort(const Error& error) override
    {
        m_completions.hold();
        failAll(error);
        m_completions.release();
        m_completions.flush();
    }

    void tlsEstablished() override
    {
        if (m_state != State::StartingTls)
            return;
        resetReader(); // drop whatever arrived between the server's yes and the handshake
        m_completions.hold();
        Command waiting = std::move(m_inFlight.front());
        m_inFlight.pop_front();
        tlsReady(waiting);
        m_completions.release();
        pump();
        m_completions.flush();
    }

protected:
    // Sends what may go now (the protocol's state allows it), through sendWaiting().
    virtual void pump() = 0;
    // Whether `next` may go while `last` (the newest in flight) waits for its answer.
    [[nodiscard]] virtual bool mayFollow(const Command& last, const Command& next) const = 0;
    // Commands just went out with nothing in flight before them: read what already waits.
    virtual void readWaiting() = 0;
    virtual void resetReader() = 0;
    // TLS is up: set the state that follows and complete `waiting`, the command that asked for it.
    virtual void tlsReady(Command& waiting) = 0;

    template <typename T> static std::function<void(const Error&)> failWith(Done<T> done)
    {
        return [done](const Error& e) { done(e); };
    }

    [[nodiscard]] bool hasEnded() const
    {
        return m_state == State::Failed || m_state == State::Closed;
    }
    // Neither TLS nor the end has stopped reading.
    [[nodiscard]] bool reads() const { return !hasEnded() && m_state != State::StartingTls; }

    void enqueue(Command command)
    {
        if (hasEnded()) {
            const Error e = m_fatal.value_or(Error::make(ErrorCode::ConnectionClosed));
            m_completions.defer([fail = std::move(command.fail), e] { fail(e); });
            m_completions.flush();
            return;
        }
        m_queue.push_back(std::move(command));
        pump();
        m_completions.flush();
    }

    // Sends the waiting commands, from the first, as long as each may follow the one before it,
    // as one write.
    void sendWaiting()
    {
        const bool wasIdle = m_inFlight.empty();
        QByteArray batch;
        while (!m_queue.empty()) {
            const Command& next = m_queue.front();
            if (!m_inFlight.empty() && !mayFollow(m_inFlight.back(), next))
                break;
            if (m_log)
                m_log->client(next.line, next.sensitivity);
            batch += next.line + "\r\n";
            m_inFlight.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
        if (batch.isEmpty())
            return;
        Q_EMIT sendRequested(batch);
        if (wasIdle) {
            m_completions.hold();
            readWaiting();
            m_completions.release();
        }
    }

    // The session begins: `greeting` reads the server's first answer, which may be here already.
    void awaitGreeting(Command greeting)
    {
        m_state = State::Greeting;
        m_inFlight.push_back(std::move(greeting));
        m_completions.hold();
        readWaiting();
        m_completions.release();
        m_completions.flush();
    }

    // The server agreed to start TLS: `waiting` stays in flight until tlsEstablished() completes
    // it, and nothing said before the handshake is kept.
    void beginTls(Command waiting)
    {
        m_inFlight.push_front(std::move(waiting));
        m_state = State::StartingTls;
        resetReader();
        m_completions.defer([this] { Q_EMIT startTlsRequested(); });
    }

    void failAll(const Error& error)
    {
        if (hasEnded())
            return;
        m_state = State::Failed;
        m_fatal = error;
        resetReader();
        m_completions.failEach(m_inFlight, m_queue, error);
        m_completions.defer([this, error] { Q_EMIT failed(error); });
    }

    std::deque<Command> m_queue;    // not yet sent
    std::deque<Command> m_inFlight; // sent, waiting for their answers, in order
    State m_state = State::NotStarted;
};

} // namespace postbag::transport
