// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/doctor/ConnectionCheck.h"

namespace postbag::doctor {

ConnectionCheck::ConnectionCheck(transport::TransportFactory transports, QObject* parent)
    : StepRunner(std::move(transports), parent)
{
}

ConnectionCheck::~ConnectionCheck() = default;

void ConnectionCheck::start(const transport::Endpoint& endpoint, const pop3::LoginOptions& login)
{
    m_endpoint = endpoint;
    m_login = login;
    resolve(endpoint.host, [this](const QStringList& addresses) {
        m_outcome.addresses = addresses;
        connectAndLogin();
    });
}

void ConnectionCheck::connectAndLogin()
{
    m_client = std::make_unique<pop3::Client>(newTransport());
    connect(m_client.get(), &pop3::Client::step, this,
            [this](pop3::Client::Step s) { follow(s, m_endpoint, [] { return QString(); }); });
    m_client->connectAndLogin(m_endpoint, m_login, [this](Result<pop3::LoginInfo> r) {
        if (!r.ok()) {
            // A TLS failure during an implicit-TLS connect belongs to the TLS step.
            if (r.error().kind == ErrorKind::Tls)
                setStep(Step::Tls);
            return fail(r.error());
        }
        m_outcome.info = r.value();
        loggedIn(pop3::methodName(r->method), *m_client);
    });
}

void ConnectionCheck::finish(const std::optional<Error>& error)
{
    m_outcome.ok = !error;
    m_outcome.failedAt = step();
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
