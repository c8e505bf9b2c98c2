// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/smtp/Session.h"
#include "core/transport/Lifetime.h"
#include "core/transport/Transport.h"

#include <functional>
#include <memory>

namespace postbag::smtp {

// The way into an SMTP session up to authentication: the greeting, EHLO, and on a STARTTLS
// connection STARTTLS and EHLO again. Why: sending (Client) and, later, autodetection's probe must
// read a server the same way, with the same security rules, as POP3's Handshake does.
// Guarantees: with Security::StartTls it never completes in the clear: a server that does not
// offer STARTTLS, or answers it with anything but 220 (454 included), ends it with
// StlsUnavailable before anything else is sent; after the handshake the capabilities are asked
// again (RFC 3207); HELO is sent only when EHLO was answered 500 or 502 and the connection needs
// no TLS (Security::None); `done` is called exactly once, and never after the Handshake is
// destroyed.
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
        Reply greeting;
        Capabilities capabilities; // the last answer: the one over TLS when STARTTLS was used
    };

    Handshake(Session& session, transport::Security security, QByteArray clientName,
              Progress progress = {});
    ~Handshake();
    Handshake(const Handshake&) = delete;
    Handshake& operator=(const Handshake&) = delete;

    // Reads the greeting (start it before the transport opens), then goes on by itself.
    void start(Session::Done<Outcome> done);

private:
    void hello(bool overTls);
    void startTls();
    void finish(Result<Outcome> result);

    Session& m_session;
    transport::Security m_security;
    QByteArray m_clientName;
    Progress m_progress;
    Session::Done<Outcome> m_done;
    Outcome m_outcome;
    transport::Lifetime m_lifetime;
};

// What EHLO names the client with when it has no domain name of its own: the address literal of
// the connection's local address (RFC 5321 section 4.1.3): "[192.0.2.1]", "[IPv6:2001:db8::1]"
// (an IPv4-mapped IPv6 address as IPv4, a scope dropped); "[127.0.0.1]" when it is unknown.
[[nodiscard]] QByteArray addressLiteral(const QString& localAddress);

} // namespace postbag::smtp
