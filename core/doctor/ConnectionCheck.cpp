// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/doctor/ConnectionCheck.h"

namespace postbag::doctor {

ConnectionCheck::ConnectionCheck(transport::TransportFactory transports, QObject* parent)
    : QObject(parent), m_transports(std::move(transports)), m_lookup(this)
{
}

ConnectionCheck::~ConnectionCheck() = default;

void ConnectionCheck::start(const transport::Endpoint& endpoint, const pop3::LoginOptions& login)
{
    m_endpoint = endpoint;
    m_login = login;
    m_step = Step::Resolve;
    m_lookup.start(endpoint.host, [this](Result<QStringList> found) {
        if (!found.ok())
            return fail(found.error());
        m_outcome.addresses = found.value();
        Q_EMIT stepPassed(Step::Resolve, m_outcome.addresses.join(QStringLiteral(", ")));
        connectAndLogin();
    });
}

void ConnectionCheck::connectAndLogin()
{
    m_step = Step::Connect;
    m_client = std::make_unique<pop3::Client>(m_transports());
    connect(m_client.get(), &pop3::Client::step, this, [this](pop3::Client::Step s) {
        switch (s) {
        case pop3::Client::Step::Greeted:
            Q_EMIT stepPassed(Step::Connect,
                              QStringLiteral("%1:%2").arg(m_endpoint.host).arg(m_endpoint.port));
            if (m_endpoint.security == transport::Security::ImplicitTls)
                Q_EMIT stepPassed(Step::Tls, QString());
            m_step = Step::Capabilities;
            break;
        case pop3::Client::Step::StartingTls:
            m_step = Step::Tls;
            break;
        case pop3::Client::Step::TlsEstablished:
            Q_EMIT stepPassed(Step::Tls, QStringLiteral("STARTTLS"));
            m_step = Step::Capabilities;
            break;
        case pop3::Client::Step::Authenticating:
            Q_EMIT stepPassed(Step::Capabilities, QString());
            m_step = Step::Login;
            break;
        default:
            break;
        }
    });
    m_client->connectAndLogin(m_endpoint, m_login, [this](Result<pop3::LoginInfo> r) {
        if (!r.ok()) {
            // A TLS failure during an implicit-TLS connect belongs to the TLS step.
            if (r.error().kind == ErrorKind::Tls)
                m_step = Step::Tls;
            return fail(r.error());
        }
        m_outcome.info = r.value();
        Q_EMIT stepPassed(Step::Login, pop3::methodName(r->method));
        m_client->quit([this](Status) {
            m_outcome.ok = true;
            m_done = true;
            Q_EMIT stepPassed(Step::Done, QString());
            Q_EMIT finished(m_outcome);
        });
    });
}

void ConnectionCheck::fail(const Error& error)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome.ok = false;
    m_outcome.failedAt = m_step;
    m_outcome.error = error;
    Q_EMIT finished(m_outcome);
}

void ConnectionCheck::cancel()
{
    if (m_client)
        m_client->abort();
    fail(Error::make(ErrorCode::Cancelled));
}

} // namespace postbag::doctor
