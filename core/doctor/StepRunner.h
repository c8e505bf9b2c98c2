// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/doctor/HostLookup.h"
#include "core/transport/Transport.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace postbag::doctor {

// The steps every connection check takes and reports the same way, whatever the protocol:
// resolve, connect, TLS, capabilities, login, done. Why: the POP3 check (ConnectionCheck) and the
// submission check (SubmissionCheck) differ only in their client and their advice; which step
// failed, and what each passed step says, must read the same for both.
// Guarantees: stepPassed() comes once per step passed, in order; a check ends once, through
// finish(): with the error and the step it failed at, or with none after QUIT.
class StepRunner : public QObject
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

    ~StepRunner() override;

Q_SIGNALS:
    void stepPassed(postbag::doctor::StepRunner::Step step, const QString& detail);

protected:
    StepRunner(transport::TransportFactory transports, QObject* parent);

    // The check ends here: `error` empty after QUIT, else the failure at step().
    virtual void finish(const std::optional<Error>& error) = 0;

    // Resolves `host`, then connects with what it resolved to (the Connect step).
    void resolve(const QString& host, std::function<void(const QStringList&)> connect);
    // A protocol client's step (pop3::Client::Step, smtp::Client::Step) as the check's:
    // `capabilities` describes what the server announced, once it is known.
    template <typename ClientStep>
    void follow(ClientStep step, const transport::Endpoint& endpoint,
                const std::function<QString()>& capabilities)
    {
        switch (step) {
        case ClientStep::Greeted:
            connected(endpoint);
            break;
        case ClientStep::StartingTls:
            m_step = Step::Tls;
            break;
        case ClientStep::TlsEstablished:
            Q_EMIT stepPassed(Step::Tls, QStringLiteral("STARTTLS"));
            m_step = Step::Capabilities;
            break;
        case ClientStep::Authenticating:
            Q_EMIT stepPassed(Step::Capabilities, capabilities());
            m_step = Step::Login;
            break;
        default:
            break;
        }
    }
    // Logged in with `method`: the check ends once `client` (a pop3::Client, an smtp::Client)
    // has QUIT, whatever the answer.
    template <typename Client> void loggedIn(const QString& method, Client& client)
    {
        passLogin(method);
        client.quit([this](Status) { succeed(); });
    }
    void fail(const Error& error);
    void setStep(Step step) { m_step = step; }
    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] std::unique_ptr<transport::Transport> newTransport() const
    {
        return m_transports();
    }

private:
    void connected(const transport::Endpoint& endpoint);
    void passLogin(const QString& method);
    void succeed();

    transport::TransportFactory m_transports;
    HostLookup m_lookup;
    Step m_step = Step::Resolve;
    bool m_done = false;
};

} // namespace postbag::doctor
