// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/Handshake.h"

namespace postbag::smtp {

Handshake::Handshake(Session& session, transport::Security security, QByteArray clientName,
                     Progress progress)
    : HandshakeFlow(security, std::move(progress)), m_session(session),
      m_clientName(std::move(clientName))
{
}

Handshake::~Handshake() = default;

void Handshake::greet(std::function<void(Result<Reply>)> then)
{
    m_session.start(std::move(then));
}

void Handshake::askCapabilities(std::function<void(Result<Capabilities>)> then)
{
    m_session.ehlo(m_clientName, [this, then, alive = guard()](Result<Capabilities> caps) {
        // RFC 5321 section 3.2: HELO only for a server that does not know EHLO, and never where
        // TLS is required: HELO cannot offer STARTTLS or AUTH.
        if (!alive() || caps.ok() || caps.error().code != ErrorCode::CommandUnsupported ||
            security() != transport::Security::None)
            return then(std::move(caps));
        m_session.helo(m_clientName, then);
    });
}

Status Handshake::offersTls(const Capabilities& plain)
{
    if (!plain.startTls)
        return Error::make(ErrorCode::StlsUnavailable);
    return Ok{};
}

void Handshake::requestTls(std::function<void(Status)> then)
{
    m_session.startTls(std::move(then));
}

QByteArray addressLiteral(const QString& localAddress)
{
    QString a = localAddress.section(u'%', 0, 0);
    if (a.startsWith(QStringLiteral("::ffff:"), Qt::CaseInsensitive) && a.contains(u'.'))
        a = a.mid(7);
    if (a.isEmpty())
        return "[127.0.0.1]";
    if (a.contains(u':'))
        return "[IPv6:" + a.toLatin1() + ']';
    return '[' + a.toLatin1() + ']';
}

} // namespace postbag::smtp
