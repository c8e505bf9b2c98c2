// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/smtp/Session.h"
#include "core/transport/HandshakeFlow.h"
#include "core/transport/Transport.h"

namespace postbag::smtp {

// The way into an SMTP session up to authentication: the greeting, EHLO, and on a STARTTLS
// connection STARTTLS and EHLO again (transport::HandshakeFlow's rules). Why: sending (Client) and
// autodetection's probe must read a server the same way, with the same security rules as POP3's
// Handshake.
// Guarantees: a server that does not offer STARTTLS, or answers it with anything but 220 (454
// included), ends it with StlsUnavailable before anything else is sent; after the handshake the
// capabilities are asked again (RFC 3207); HELO is sent only when EHLO was answered 500 or 502
// and the connection needs no TLS (Security::None).
class Handshake : public transport::HandshakeFlow<Reply, Capabilities>
{
public:
    Handshake(Session& session, transport::Security security, QByteArray clientName,
              Progress progress = {});
    ~Handshake() override;

private:
    void greet(std::function<void(Result<Reply>)> then) override;
    void askCapabilities(std::function<void(Result<Capabilities>)> then) override;
    [[nodiscard]] Status offersTls(const Capabilities& plain) override;
    void requestTls(std::function<void(Status)> then) override;

    Session& m_session;
    QByteArray m_clientName;
};

// What EHLO names the client with when it has no domain name of its own: the address literal of
// the connection's local address (RFC 5321 section 4.1.3): "[192.0.2.1]", "[IPv6:2001:db8::1]"
// (an IPv4-mapped IPv6 address as IPv4, a scope dropped); "[127.0.0.1]" when it is unknown.
[[nodiscard]] QByteArray addressLiteral(const QString& localAddress);

} // namespace postbag::smtp
