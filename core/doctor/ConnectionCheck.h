// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/doctor/HostLookup.h"
#include "core/pop3/Client.h"

#include <QObject>

namespace postbag::doctor {

// The connection doctor: resolves the host, connects, sets up TLS, reads the capabilities and
// logs in, reporting each step as it passes or fails, then QUITs without touching any mail.
// Why: "cannot connect" has a dozen causes; naming the step that failed names the cause. Shared by
// `postbag account test` and the setup wizard.
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Resolve,
        Connect,
        Tls,
        Capabilities,
        Login,
        Done
    };
    Q_ENUM(Step)

    struct Outcome
    {
        bool ok = false;
        Step failedAt = Step::Done;
        std::optional<Error> error;
        pop3::LoginInfo info;
        QStringList addresses; // what the host name resolved to
    };

    ConnectionCheck(transport::TransportFactory transports, QObject* parent = nullptr);
    ~ConnectionCheck() override;

    void start(const transport::Endpoint& endpoint, const pop3::LoginOptions& login);
    void cancel();

Q_SIGNALS:
    void stepPassed(postbag::doctor::ConnectionCheck::Step step, const QString& detail);
    void finished(const postbag::doctor::ConnectionCheck::Outcome& outcome);

private:
    void connectAndLogin();
    void fail(const Error& error);

    transport::TransportFactory m_transports;
    transport::Endpoint m_endpoint;
    pop3::LoginOptions m_login;
    std::unique_ptr<pop3::Client> m_client;
    Step m_step = Step::Resolve;
    Outcome m_outcome;
    HostLookup m_lookup;
    bool m_done = false;
};

} // namespace postbag::doctor
