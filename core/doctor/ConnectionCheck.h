// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/doctor/StepRunner.h"
#include "core/pop3/Client.h"

#include <QObject>

namespace postbag::doctor {

// The connection doctor for a POP3 server: resolves the host, connects, sets up TLS, reads the
// capabilities and logs in, reporting each step as it passes or fails (StepRunner), then QUITs
// without touching any mail.
// Why: "cannot connect" has a dozen causes; naming the step that failed names the cause. Shared by
// `postbag account test` and the setup wizard.
class ConnectionCheck : public StepRunner
{
    Q_OBJECT
public:
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
    void finished(const postbag::doctor::ConnectionCheck::Outcome& outcome);

private:
    void connectAndLogin();
    void finish(const std::optional<Error>& error) override;

    transport::Endpoint m_endpoint;
    pop3::LoginOptions m_login;
    std::unique_ptr<pop3::Client> m_client;
    Outcome m_outcome;
};

} // namespace postbag::doctor
