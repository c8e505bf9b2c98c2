// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/LoginPlanner.h"
#include "core/smtp/Handshake.h"
#include "core/smtp/Session.h"
#include "core/transport/SessionLink.h"
#include "core/transport/Transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

namespace postbag::smtp {

struct SubmissionOptions
{
    auth::Credentials credentials;
    auth::AuthPolicy auth;
    bool authenticate = true; // false only for a server that relays without a login
    QByteArray clientName;    // EHLO's domain; empty: the local address literal
    bool allowPipelining = true;
    // RFC 5321 section 4.5.3.2: five minutes for a command's reply, ten for the final dot's.
    int responseTimeoutMs = 5 * 60 * 1000;
    int finalReplyTimeoutMs = 10 * 60 * 1000;
};

struct SubmissionInfo
{
    Reply greeting;
    Capabilities capabilities; // as announced over the connection that is used (after STARTTLS)
    bool encrypted = false;
    auth::AuthMethod method = auth::AuthMethod::Automatic; // Automatic: no login was made
};

// Joins an SMTP Session to a Transport: connect, greeting, EHLO, STARTTLS, EHLO again, AUTH, then
// messages. Why: sending from the outbox, the command line and the connection doctor need exactly
// this sequence with the same security rules as POP3's Client.
// Guarantees: never logs in over an unencrypted link unless the policy allows it; with
// Security::StartTls it never continues in the clear (STARTTLS missing or refused); the login plan
// is tried once, in order, moving on only as auth::tryNextMethodAfter() says; a reply that does
// not come within responseTimeoutMs (finalReplyTimeoutMs after a message's dot) fails with
// ResponseTimeout, which after the dot reaches the caller as DeliveryUncertain; progress() follows
// a message's data as it is written and the wait for its final reply; abort() completes
// everything pending with Cancelled.
class Client : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Connecting,
        Connected,
        Greeted,
        StartingTls,
        TlsEstablished,
        Authenticating,
        Ready
    };
    Q_ENUM(Step)

    struct Progress
    {
        Session::Phase phase = Session::Phase::Idle;
        qint64 written = 0; // of the message's data, from Phase::Data on
        qint64 total = 0;
        qint64 waitedMs = 0; // for the final reply, in Phase::DotSent
    };

    explicit Client(std::unique_ptr<transport::Transport> transport, QObject* parent = nullptr);
    ~Client() override;

    [[nodiscard]] Session& session() { return *m_session; }
    void setProtocolLog(ProtocolLog* log) { m_session->setProtocolLog(log); }

    void connectAndLogin(const transport::Endpoint& endpoint, const SubmissionOptions& options,
                         Session::Done<SubmissionInfo> done);
    // See Session::send(); the hooks are the caller's decision points.
    void send(const Envelope& envelope, const MessageData& data, Session::Hooks hooks,
              Session::Done<Delivery> done);
    void quit(Session::Done<Ok> done);
    void abort();

    // While waiting for a final reply, progress() comes this often.
    static constexpr int kWaitTickMs = 1000;

Q_SIGNALS:
    void step(postbag::smtp::Client::Step step);
    void progress(const postbag::smtp::Client::Progress& progress);

private:
    void fail(const Error& error);
    void login(const Capabilities& caps);
    void tryPlan(QList<auth::AuthMethod> plan);
    void ready();
    void onPhase(Session::Phase phase);

    std::unique_ptr<transport::Transport> m_transport;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Handshake> m_handshake;
    transport::SessionLink m_link;
    QTimer m_waitTick;
    QElapsedTimer m_waited;
    SubmissionOptions m_options;
    SubmissionInfo m_info;
    Session::Done<SubmissionInfo> m_loginDone;
    Progress m_progress;
};

} // namespace postbag::smtp
