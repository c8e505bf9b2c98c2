// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/Session.h"

namespace postbag::smtp {

using Sensitivity = ProtocolLog::Sensitivity;

Session::Session(QObject* parent) : CommandSession(parent) {}

Session::~Session() = default;

void Session::log(const Reply& reply)
{
    if (!m_log)
        return;
    for (qsizetype i = 0; i < reply.lines.size(); ++i) {
        QByteArray line = QByteArray::number(reply.code) + (i + 1 < reply.lines.size() ? '-' : ' ');
        if (!reply.enhanced.isEmpty())
            line += reply.enhanced + ' ';
        m_log->server(QByteArray(line + reply.lines[i]));
    }
}

void Session::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    m_completions.defer([this, phase, alive = m_completions.guard()] {
        if (alive())
            Q_EMIT phaseChanged(phase);
    });
}

void Session::receive(QByteArrayView bytes)
{
    if (!reads())
        return; // nothing read in the clear after 220 to STARTTLS may be used; nothing after the
                // end
    m_reader.feed(bytes);
    if (m_state == State::NotStarted)
        return; // start() reads it
    m_completions.hold();
    drain();
    m_completions.release();
    m_completions.flush();
}

void Session::drain()
{
    while (m_state == State::Greeting || m_state == State::Ready) {
        auto next = m_reader.take();
        if (!next.ok())
            return failAll(next.error());
        if (!next->has_value())
            return;
        const Reply reply = std::move(*next.value());
        log(reply);
        if (m_inFlight.empty()) {
            // A server speaks unasked only as it ends the session (421 "idle too long").
            return failAll(reply.code == 421
                               ? replyError(reply, Step::Other)
                               : Error::make(ErrorCode::MalformedResponse, reply.text()));
        }
        if (reply.code == 334 && m_inFlight.front().intermediate) {
            m_inFlight.front().intermediate(reply);
            continue;
        }
        Command head = std::move(m_inFlight.front());
        m_inFlight.pop_front();
        head.reply(reply);
        if (reply.code == 421) // "closing the transmission channel", whatever it answered
            return failAll(replyError(reply, Step::Other));
        m_completions.defer([this] { pump(); });
    }
}

void Session::tlsReady(Command& waiting)
{
    m_state = State::Ready;
    waiting.reply(Reply{220, {}, {}});
}

void Session::connectionClosed()
{
    if (m_state == State::Closed)
        return;
    abort(Error::make(m_reader.inReply() ? ErrorCode::UnexpectedEnd : ErrorCode::ConnectionClosed));
}

void Session::pump()
{
    if (m_state != State::Ready || m_betweenRounds)
        return;
    sendWaiting();
}

bool Session::mayFollow(const Command& last, const Command& next) const
{
    return m_allowPipelining && m_caps.pipelining && next.pipelinable && last.pipelinable &&
           !last.endsGroup;
}

// ---- commands ----------------------------------------------------------------------------------

void Session::start(Done<Reply> done)
{
    Command c;
    c.reply = [this, done](const Reply& r) {
        if (r.code != 220) {
            const Error e = replyError(r, Step::Greeting);
            m_completions.defer([done, e] { done(e); });
            if (r.code != 421)
                failAll(e); // 554: this server will not serve us
            return;
        }
        m_state = State::Ready;
        m_completions.defer([done, r] { done(r); });
    };
    c.fail = failWith(done);
    awaitGreeting(std::move(c));
}

Session::Command Session::simple(QByteArray line, Step step, Done<Ok> done)
{
    Command c;
    c.line = std::move(line);
    c.reply = [this, done, step](const Reply& r) {
        if (r.kind() == 2)
            m_completions.defer([done] { done(Ok{}); });
        else
            m_completions.defer([done, e = replyError(r, step)] { done(e); });
    };
    c.fail = failWith(done);
    return c;
}

Session::Command Session::capabilityCommand(QByteArray line, bool extended, Done<Capabilities> done)
{
    Command c;
    c.line = std::move(line);
    c.reply = [this, done, extended](const Reply& r) {
        if (r.kind() != 2)
            return m_completions.defer([done, e = replyError(r, Step::Ehlo)] { done(e); });
        Capabilities caps;
        if (extended) {
            caps = Capabilities::parse(r);
        } else if (!r.lines.isEmpty()) {
            caps.serverName = QString::fromLatin1(r.lines.first().split(' ').first());
        }
        m_caps = caps;
        m_completions.defer([done, caps] { done(caps); });
    };
    c.fail = failWith(done);
    return c;
}

void Session::ehlo(const QByteArray& clientName, Done<Capabilities> done)
{
    enqueue(capabilityCommand("EHLO " + clientName, true, std::move(done)));
}

void Session::helo(const QByteArray& clientName, Done<Capabilities> done)
{
    enqueue(capabilityCommand("HELO " + clientName, false, std::move(done)));
}

void Session::startTls(Done<Ok> done)
{
    Command c;
    c.line = "STARTTLS";
    c.reply = [this, done](const Reply& r) {
        if (r.code != 220)
            return m_completions.defer([done, e = replyError(r, Step::StartTls)] { done(e); });
        // Kept "in flight" until the handshake is done; tlsEstablished() completes it.
        Command waiting;
        waiting.reply = [this, done](const Reply&) { m_completions.defer([done] { done(Ok{}); }); };
        waiting.fail = failWith(done);
        m_caps = {}; // RFC 3207 section 4.2: nothing learned before TLS survives it
        beginTls(std::move(waiting));
    };
    c.fail = failWith(done);
    enqueue(std::move(c));
}

void Session::authenticate(std::unique_ptr<auth::SaslMechanism> mechanism, Done<Ok> done)
{
    if (Status s = mechanism->checkFields(); !s.ok()) {
        m_completions.defer([done, e = s.error()] { done(e); });
        return m_completions.flush();
    }
    std::shared_ptr<auth::SaslMechanism> mech(std::move(mechanism));
    auto failure = std::make_shared<std::optional<Error>>();
    Command c = simple("AUTH " + mech->name(), Step::Auth, done);
    if (const auto ir = mech->initialResponse()) {
        const QByteArray encoded = ir->isEmpty() ? QByteArray("=") : ir->toBase64();
        if (c.line.size() + 1 + encoded.size() + 2 <= kMaxCommandLine)
            c.line += ' ' + encoded;
    }
    c.sensitivity = Sensitivity::Secret;
    c.intermediate = [this, mech, failure](const Reply& r) {
        const QByteArray challenge =
            QByteArray::fromBase64(r.lines.isEmpty() ? QByteArray() : r.lines.first());
        Result<QByteArray> answer = mech->respond(challenge);
        if (!answer.ok()) {
            *failure = answer.error();
            return sendLine("*", Sensitivity::Plain); // cancel; the server answers 501
        }
        sendLine(answer->toBase64(), Sensitivity::Secret);
    };
    auto inner = std::move(c.reply);
    c.reply = [this, inner, failure, done](const Reply& r) {
        if (r.kind() != 2 && failure->has_value())
            return m_completions.defer([done, e = **failure] { done(e); });
        inner(r);
    };
    enqueue(std::move(c));
}

void Session::rset(Done<Ok> done)
{
    Command c = simple("RSET", Step::Other, std::move(done));
    c.pipelinable = true;
    enqueue(std::move(c));
}

void Session::noop(Done<Ok> done)
{
    enqueue(simple("NOOP", Step::Other, std::move(done)));
}

void Session::quit(Done<Ok> done)
{
    Command c = simple("QUIT", Step::Other, done);
    auto inner = std::move(c.reply);
    c.reply = [this, inner](const Reply& r) {
        if (r.code == 221) {
            m_state = State::Closed;
            m_queue.clear();
        }
        inner(r);
    };
    enqueue(std::move(c));
}

} // namespace postbag::smtp
