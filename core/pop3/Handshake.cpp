// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/Handshake.h"

namespace postbag::pop3 {

Handshake::Handshake(Session& session, Security security, Progress progress)
    : m_session(session), m_security(security), m_progress(std::move(progress))
{
}

Handshake::~Handshake() = default;

void Handshake::start(Session::Done<Outcome> done)
{
    m_done = std::move(done);
    m_outcome = {};
    m_plain.reset();
    m_session.start([this, alive = m_lifetime.guard()](Result<Greeting> greeting) {
        if (!alive())
            return;
        if (!greeting.ok())
            return finish(greeting.error());
        m_outcome.greeting = greeting.value();
        if (m_progress)
            m_progress(Stage::Greeted);
        if (alive()) // the progress callback may have ended everything
            askCapabilities(false);
    });
}

void Handshake::askCapabilities(bool overTls)
{
    m_session.capa([this, overTls, alive = m_lifetime.guard()](Result<Capabilities> caps) {
        if (!alive())
            return;
        // -ERR to CAPA: an RFC 1939 server that announces nothing.
        if (!caps.ok() && caps.error().kind != ErrorKind::Command)
            return finish(caps.error());
        m_outcome.capabilities = caps.ok() ? caps.value() : Capabilities{};
        if (m_security != Security::StartTls || overTls)
            return finish(m_outcome);
        m_plain = m_outcome.capabilities;
        // RFC 2595: a server that announces capabilities but not STLS does not offer it. Never
        // fall back to the clear.
        if (m_plain->known && !m_plain->stls)
            return finish(Error::make(ErrorCode::StlsUnavailable));
        startTls();
    });
}

void Handshake::startTls()
{
    if (m_progress) {
        const auto alive = m_lifetime.guard(); // the callback may destroy this
        m_progress(Stage::StartingTls);
        if (!alive())
            return;
    }
    m_session.stls([this, alive = m_lifetime.guard()](Status s) {
        if (!alive())
            return;
        if (!s.ok())
            return finish(s.error());
        if (m_progress)
            m_progress(Stage::TlsEstablished);
        if (alive())
            askCapabilities(true);
    });
}

void Handshake::finish(Result<Outcome> result)
{
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(result));
}

} // namespace postbag::pop3
