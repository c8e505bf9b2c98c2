// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/Session.h"

#include "core/pop3/ServerText.h"
#include "core/pop3/SessionCommands.h"
#include "core/pop3/SessionParsers.h"

namespace postbag::pop3 {

using Shape = ResponseReader::Shape;
using Sensitivity = ProtocolLog::Sensitivity;

// Routes the reader's events to the command at the head of the in-flight queue.
class Session::Handler final : public ResponseHandler
{
public:
    explicit Handler(Session& s) : m_s(s) {}

    void onStatus(bool ok, QByteArrayView text) override
    {
        if (m_s.m_log)
            m_s.log(QByteArray(QByteArray(ok ? "+OK " : "-ERR ") + text));
        if (m_s.m_inFlight.empty())
            return;
        Command& head = m_s.m_inFlight.front();
        const bool final = !ok || head.shape == Shape::Status || head.shape == Shape::Sasl;
        if (!final)
            return; // the +OK that opens a multi-line answer; onEnd() completes it

        Command done = popHead();
        done.status(ok, text);
    }
    void onContinuation(QByteArrayView text) override
    {
        if (m_s.m_log)
            m_s.log(QByteArray(QByteArray("+ ") + text));
        if (!m_s.m_inFlight.empty() && m_s.m_inFlight.front().continuation)
            m_s.m_inFlight.front().continuation(text);
    }
    void onDataLine(QByteArrayView line) override
    {
        if (m_s.m_inFlight.empty())
            return;
        m_s.log(line);
        if (m_s.m_inFlight.front().dataLine)
            m_s.m_inFlight.front().dataLine(line);
    }
    void onOverlongDataLine() override
    {
        if (!m_s.m_inFlight.empty() && m_s.m_inFlight.front().overlong)
            m_s.m_inFlight.front().overlong();
    }
    void onBodyChunk(QByteArrayView chunk) override
    {
        if (!m_s.m_inFlight.empty() && m_s.m_inFlight.front().chunk)
            m_s.m_inFlight.front().chunk(chunk);
    }
    void onEnd() override
    {
        m_s.log(".");
        if (m_s.m_inFlight.empty())
            return;
        Command done = popHead();
        if (done.end)
            done.end();
    }
    void onProtocolError(ErrorCode code, QByteArrayView detail) override
    {
        Error e = Error::make(code, decodeServerText(detail));
        if (m_s.m_inFlight.size() > 1) // garbage while pipelining: retry without it
            e = Error::make(ErrorCode::PipeliningBroken, e.serverText);
        m_s.failAll(e);
    }

private:
    Command popHead()
    {
        Command c = std::move(m_s.m_inFlight.front());
        m_s.m_inFlight.pop_front();
        if (!m_s.m_inFlight.empty())
            m_s.m_reader.expect(m_s.m_inFlight.front().shape);
        m_s.m_completions.defer([s = &m_s] { s->pump(); });
        return c;
    }
    Session& m_s;
};

Session::Session(QObject* parent)
    : CommandSession(parent), m_handler(std::make_unique<Handler>(*this)), m_reader(*m_handler)
{
}

Session::~Session() = default;

void Session::setPipelining(bool on, int window)
{
    m_window = on ? qMax(1, window) : 1;
}

void Session::log(QByteArrayView serverLine)
{
    if (m_log)
        m_log->server(serverLine);
}

void Session::receive(QByteArrayView bytes)
{
    if (!reads())
        return; // nothing read in the clear after +OK to STLS may be used; nothing after the end
    m_completions.hold();
    m_reader.feed(bytes);
    // Bytes with no command to answer: a server only says something unasked as it ends the
    // session (Dovecot: "-ERR Disconnected for inactivity."). Kept, the next command would take
    // that line for its own answer (a correct password reported as wrong); so the session ends
    // here, as if the close that follows had already come.
    if (m_inFlight.empty() && m_reader.hasBufferedBytes() &&
        (m_state == State::Authorization || m_state == State::Transaction)) {
        const QByteArray said = m_reader.bufferedBytes().left(200).trimmed();
        failAll(Error::make(ErrorCode::ConnectionClosed, QString::fromUtf8(said)));
    }
    m_completions.release();
    m_completions.flush();
}

void Session::tlsReady(Command& waiting)
{
    m_state = State::Authorization;
    waiting.end(); // completes stls()
}

void Session::connectionClosed()
{
    if (m_state == State::Update || m_state == State::Closed) {
        m_state = State::Closed;
        return;
    }
    abort(Error::make(m_reader.inResponse() ? ErrorCode::UnexpectedEnd
                                            : ErrorCode::ConnectionClosed));
}

void Session::pump()
{
    if (m_state == State::Update) {
        // Nothing may follow QUIT: the server ends the session after answering it.
        const Error e = Error::make(ErrorCode::ConnectionClosed);
        for (Command& c : m_queue)
            m_completions.defer([fail = std::move(c.fail), e] { fail(e); });
        m_queue.clear();
        return;
    }
    if (m_state != State::Authorization && m_state != State::Transaction)
        return;
    sendWaiting();
}

bool Session::mayFollow(const Command& last, const Command& next) const
{
    return !next.barrier && !last.barrier && int(m_inFlight.size()) < m_window;
}

void Session::readWaiting()
{
    m_reader.expect(m_inFlight.front().shape); // may parse bytes that were already waiting
}

// ---- commands ----------------------------------------------------------------------------------

void Session::start(Done<Greeting> done)
{
    Command c;
    c.status = [this, done](bool ok, QByteArrayView text) {
        if (!ok) {
            const Error e = commandError(text);
            m_completions.defer([done, e] { done(e); });
            failAll(e); // a server that greets with -ERR will not serve us
            return;
        }
        Greeting g = parseGreeting(text);
        m_state = State::Authorization;
        m_completions.defer([done, g] { done(g); });
    };
    c.fail = failWith(done);
    awaitGreeting(std::move(c)); // parses bytes that arrived before start()
}

void Session::capa(Done<Capabilities> done)
{
    auto lines = std::make_shared<QList<QByteArray>>();
    Command c;
    c.line = "CAPA";
    c.shape = Shape::Lines;
    c.status = [this, done](bool, QByteArrayView text) {
        // -ERR: the server has no CAPA; report "unknown" capabilities, which is not an error.
        m_authRespCode = false;
        m_completions.defer(
            [done, e = commandError(text, ErrorCode::CommandUnsupported)] { done(e); });
    };
    c.dataLine = [lines](QByteArrayView l) { lines->append(l.toByteArray()); };
    c.end = [this, done, lines] {
        const Capabilities caps = Capabilities::parse(*lines);
        m_authRespCode = caps.authRespCode;
        m_capsKnown = true;
        m_hasTop = caps.top;
        m_hasUidl = caps.uidl;
        m_completions.defer([done, caps] { done(caps); });
    };
    c.fail = failWith(done);
    enqueue(std::move(c));
}

Session::Command Session::simple(QByteArray line, Fallback fallback, Done<Ok> done)
{
    Command c;
    c.line = std::move(line);
    c.status = [this, done, fallback](bool ok, QByteArrayView text) {
        if (ok)
            m_completions.defer([done] { done(Ok{}); });
        else
            m_completions.defer([done, e = commandError(text, fallback())] { done(e); });
    };
    c.fail = failWith(done);
    return c;
}

Session::Fallback Session::unsupportedUnless(const bool& advertised) const
{
    // A -ERR to TOP or UIDL n from a server whose CAPA did not list the command means "not
    // implemented"; otherwise it is about the message.
    return [this, &advertised] {
        return m_capsKnown && !advertised ? ErrorCode::CommandUnsupported : ErrorCode::NoSuchMessage;
    };
}

} // namespace postbag::pop3
