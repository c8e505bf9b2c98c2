// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/Handshake.h"

namespace postbag::smtp {

Handshake::Handshake(Session& session, transport::Security security, QByteArray clientName,
                     Progress progress)
    : m_session(session), m_security(security), m_clientName(std::move(clientName)),
      m_progress(std::move(progress))
{
}

Handshake::~Handshake() = default;

void Handshake::start(Session::Done<Outcome> done)
{
    m_done = std::move(done);
    m_outcome = {};
    m_session.start([this, alive = m_lifetime.guard()](Result<Reply> greeting) {
        if (!alive())
            return;
        if (!greeting.ok())
            return finish(greeting.error());
        m_outcome.greeting = greeting.value();
        if (m_progress)
            m_progress(Stage::Greeted);
        if (alive()) // the progress callback may have ended everything
            hello(false);
    });
}

void Handshake::hello(bool overTls)
{
    m_session.ehlo(m_clientName, [this, overTls,
                                  alive = m_lifetime.guard()](Result<Capabilities> caps) {
        if (!alive())
            return;
        if (!caps.ok()) {
            // RFC 5321 section 3.2: HELO only for a server that does not know EHLO, and never
            // where TLS is required: HELO cannot offer STARTTLS or AUTH.
            if (caps.error().code != ErrorCode::CommandUnsupported ||
                m_security != transport::Security::None)
                return finish(caps.error());
            m_session.helo(m_clientName, [this, alive](Result<Capabilities> basic) {
                if (!alive())
                    return;
                if (!basic.ok())
                    return finish(basic.error());
                m_outcome.capabilities = basic.value();
                finish(m_outcome);
            });
            return;
        }
        m_outcome.capabilities = caps.value();
        if (m_security != transport::Security::StartTls || overTls)
            return finish(m_outcome);
        if (!m_outcome.capabilities.startTls)
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
    m_session.startTls([this, alive = m_lifetime.guard()](Status s) {
        if (!alive())
            return;
        if (!s.ok())
            return finish(s.error());
        if (m_progress)
            m_progress(Stage::TlsEstablished);
        if (alive())
            hello(true);
    });
}

void Handshake::finish(Result<Outcome> result)
{
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(result));
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
