// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pop3/Session.h"
#include "core/transport/Lifetime.h"
#include "core/transport/Transport.h"

#include <functional>
#include <memory>
#include <optional>

namespace postbag::pop3 {

// The transport lives in core/transport, shared with SMTP; POP3 code keeps spelling it pop3::.
using transport::Endpoint;
using transport::Security;
using transport::Transport;

// The way into a POP3 session up to authentication: the greeting, CAPA, and on a STARTTLS
// connection STLS and CAPA again. Why: the login (Client) and autodetection's probe
// (autoconfig::ServerProbe) must read a server the same way, with the same security rules.
// Guarantees: with Security::StartTls it never completes in the clear: a server that announces
// capabilities without STLS ends it with StlsUnavailable before STLS is sent, a refused STLS ends
// it with the session's error, and what the server said in the clear stays readable through
// plainCapabilities(); after STLS, what was learned in the clear is forgotten and CAPA asked
// again (RFC 2595); a server without CAPA counts as one that announced nothing (known false);
// `done` is called exactly once, and never after the Handshake is destroyed.
class Handshake
{
public:
    enum class Stage
    {
        Greeted,
        StartingTls,
        TlsEstablished
    };
    using Progress = std::function<void(Stage)>;

    struct Outcome
    {
        Greeting greeting;
        Capabilities capabilities; // the last answer: the one over TLS when STLS was used
    };

    Handshake(Session& session, Security security, Progress progress = {});
    ~Handshake();
    Handshake(const Handshake&) = delete;
    Handshake& operator=(const Handshake&) = delete;

    // Reads the greeting (start it before the transport opens), then goes on by itself.
    void start(Session::Done<Outcome> done);
    // The capabilities announced before STLS, once CAPA was answered on a STARTTLS connection.
    [[nodiscard]] const std::optional<Capabilities>& plainCapabilities() const { return m_plain; }

private:
    void askCapabilities(bool overTls);
    void startTls();
    void finish(Result<Outcome> result);

    Session& m_session;
    Security m_security;
    Progress m_progress;
    Session::Done<Outcome> m_done;
    Outcome m_outcome;
    std::optional<Capabilities> m_plain;
    transport::Lifetime m_lifetime;
};

} // namespace postbag::pop3
