// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pop3/Session.h"
#include "core/transport/HandshakeFlow.h"
#include "core/transport/Transport.h"

#include <optional>

namespace postbag::pop3 {

// The transport lives in core/transport, shared with SMTP; POP3 code keeps spelling it pop3::.
using transport::Endpoint;
using transport::Security;
using transport::Transport;

// The way into a POP3 session up to authentication: the greeting, CAPA, and on a STARTTLS
// connection STLS and CAPA again (transport::HandshakeFlow's rules). Why: the login (Client) and
// autodetection's probe (autoconfig::ServerProbe) must read a server the same way.
// Guarantees: a server that announces capabilities without STLS ends it with StlsUnavailable
// before STLS is sent, a refused STLS ends it with the session's error, and what the server said
// in the clear stays readable through plainCapabilities(); after STLS, what was learned in the
// clear is forgotten and CAPA asked again (RFC 2595); a server without CAPA counts as one that
// announced nothing (known false).
class Handshake : public transport::HandshakeFlow<Greeting, Capabilities>
{
public:
    Handshake(Session& session, Security security, Progress progress = {});
    ~Handshake() override;

    // The capabilities announced before STLS, once CAPA was answered on a STARTTLS connection.
    [[nodiscard]] const std::optional<Capabilities>& plainCapabilities() const { return m_plain; }

private:
    void greet(std::function<void(Result<Greeting>)> then) override;
    void askCapabilities(std::function<void(Result<Capabilities>)> then) override;
    [[nodiscard]] Status offersTls(const Capabilities& plain) override;
    void requestTls(std::function<void(Status)> then) override;

    Session& m_session;
    std::optional<Capabilities> m_plain;
};

} // namespace postbag::pop3
