// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/Handshake.h"

namespace postbag::pop3 {

Handshake::Handshake(Session& session, Security security, Progress progress)
    : HandshakeFlow(security, std::move(progress)), m_session(session)
{
}

Handshake::~Handshake() = default;

void Handshake::greet(std::function<void(Result<Greeting>)> then)
{
    m_plain.reset();
    m_session.start(std::move(then));
}

void Handshake::askCapabilities(std::function<void(Result<Capabilities>)> then)
{
    m_session.capa([then = std::move(then)](Result<Capabilities> caps) {
        // -ERR to CAPA: an RFC 1939 server that announces nothing.
        if (!caps.ok() && caps.error().kind == ErrorKind::Command)
            return then(Capabilities{});
        then(std::move(caps));
    });
}

Status Handshake::offersTls(const Capabilities& plain)
{
    m_plain = plain;
    // RFC 2595: a server that announces capabilities but not STLS does not offer it.
    if (m_plain->known && !m_plain->stls)
        return Error::make(ErrorCode::StlsUnavailable);
    return Ok{};
}

void Handshake::requestTls(std::function<void(Status)> then)
{
    m_session.stls(std::move(then));
}

} // namespace postbag::pop3
