// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/Client.h"

#include "core/common/Logging.h"

namespace postbag::smtp {

Client::Client(std::unique_ptr<transport::Transport> transport, QObject* parent)
    : QObject(parent), m_transport(std::move(transport)), m_session(std::make_unique<Session>()),
      m_link(*m_transport, *m_session,
             {.opened = [this] { Q_EMIT step(Step::Connected); },
              .failed = [this](const Error& e) { fail(e); },
              .sessionFailed =
                  [this](const Error& e) {
                      qCDebug(lcNet) << "smtp session failed:" << e.toLogString();
                      m_waitTick.stop();
                  },
              .deadlineMs =
                  [this] {
                      return m_session->phase() == Session::Phase::DotSent
                                 ? m_options.finalReplyTimeoutMs
                                 : m_options.responseTimeoutMs;
                  }})
{
    m_waitTick.setInterval(kWaitTickMs);
    connect(&m_waitTick, &QTimer::timeout, this, [this] {
        m_progress.waitedMs = m_waited.elapsed();
        Q_EMIT progress(m_progress);
    });
    connect(m_transport.get(), &transport::Transport::written, this, [this](qint64 bytes) {
        // The dot may follow the data before the first of it reached the network.
        const bool sending = m_progress.phase == Session::Phase::Data
                             || m_progress.phase == Session::Phase::DotSent;
        if (!sending || m_progress.written >= m_progress.total)
            return;
        m_progress.written = qMin(m_progress.total, m_progress.written + bytes);
        Q_EMIT progress(m_progress);
        m_link.armDeadline(); // data that keeps flowing is no stalled server
    });
    connect(m_session.get(), &Session::phaseChanged, this, &Client::onPhase);
}

Client::~Client()
{
    m_transport->disconnect(this);
    m_session->disconnect(this);
}

void Client::onPhase(Session::Phase phase)
{
    m_progress.phase = phase;
    if (phase == Session::Phase::Envelope)
        m_progress.written = 0; // a following transaction writes the data again
    m_waitTick.stop();
    if (phase == Session::Phase::DotSent) {
        m_waited.start();
        m_progress.waitedMs = 0;
        m_waitTick.start();
        m_link.armDeadline();
    }
    Q_EMIT progress(m_progress);
}

void Client::fail(const Error& error)
{
    m_waitTick.stop();
    if (auto done = std::exchange(m_loginDone, nullptr))
        done(error);
    m_link.drop(error);
}

void Client::abort()
{
    fail(Error::make(ErrorCode::Cancelled));
}

void Client::connectAndLogin(const transport::Endpoint& endpoint, const SubmissionOptions& options,
                             Session::Done<SubmissionInfo> done)
{
    m_options = options;
    m_loginDone = std::move(done);
    m_info = {};
    m_options.credentials.host = endpoint.host;
    m_options.credentials.port = endpoint.port;
    m_session->setPipelining(options.allowPipelining);
    Q_EMIT step(Step::Connecting);
    // The client name is only known once connected; the greeting comes after that.
    connect(
        m_transport.get(), &transport::Transport::opened, this,
        [this, security = endpoint.security] {
            const QByteArray name = m_options.clientName.isEmpty()
                                        ? addressLiteral(m_transport->localAddress())
                                        : m_options.clientName;
            m_handshake =
                std::make_unique<Handshake>(*m_session, security, name, [this](Handshake::Stage s) {
                    Q_EMIT step(transport::clientStep<Step>(s));
                });
            m_handshake->start([this](Result<Handshake::Outcome> way) {
                if (!way.ok())
                    return fail(way.error());
                m_info.greeting = way->greeting;
                m_info.capabilities = way->capabilities;
                login(way->capabilities);
            });
            m_link.armDeadline(); // the greeting is due
        },
        Qt::SingleShotConnection);
    m_transport->open(endpoint);
}

void Client::login(const Capabilities& caps)
{
    if (!m_options.authenticate)
        return ready();
    const auto offered = [&caps](auth::AuthMethod m) {
        return m != auth::AuthMethod::Apop && m != auth::AuthMethod::UserPass &&
               caps.hasSasl(auth::methodName(m));
    };
    auto plan = auth::planLogin(offered, m_transport->isEncrypted(), m_options.auth);
    if (!plan.ok())
        return fail(plan.error());
    Q_EMIT step(Step::Authenticating);
    tryPlan(plan.value());
}

void Client::tryPlan(QList<auth::AuthMethod> plan)
{
    const auth::AuthMethod method = plan.takeFirst();
    auto mechanism = auth::SaslMechanism::create(auth::methodName(method), m_options.credentials);
    if (!mechanism)
        return fail(Error::make(ErrorCode::NoUsableMechanism, auth::methodName(method)));
    m_session->authenticate(std::move(mechanism), [this, method, plan](Status s) {
        if (s.ok()) {
            m_info.method = method;
            return ready();
        }
        if (auth::tryNextMethodAfter(method, s.error()) && !plan.isEmpty() &&
            m_session->state() == Session::State::Ready)
            return tryPlan(plan);
        fail(s.error());
    });
}

void Client::ready()
{
    m_info.encrypted = m_transport->isEncrypted();
    Q_EMIT step(Step::Ready);
    if (auto done = std::exchange(m_loginDone, nullptr))
        done(m_info);
}

void Client::send(const Envelope& envelope, const MessageData& data, Session::Hooks hooks,
                  Session::Done<Delivery> done)
{
    m_progress = {};
    m_progress.total = data.wire().size();
    m_session->send(envelope, data, std::move(hooks), std::move(done));
}

void Client::quit(Session::Done<Ok> done)
{
    m_session->quit(m_link.closingAfter(std::move(done)));
}

} // namespace postbag::smtp
