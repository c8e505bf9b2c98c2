// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/Client.h"

#include "core/common/Logging.h"
#include "core/transport/CommandArgument.h"

namespace postbag::pop3 {

Client::Client(std::unique_ptr<Transport> transport, QObject* parent)
    : QObject(parent), m_transport(std::move(transport)), m_session(std::make_unique<Session>()),
      m_link(*m_transport, *m_session,
             {.opened = [this] { Q_EMIT step(Step::Connected); },
              .failed = [this](const Error& e) { fail(e); },
              .sessionFailed =
                  [this](const Error& e) {
                      qCDebug(lcPop3) << "session failed:" << e.toLogString();
                      // While waiting for the secret no command is pending to report this (a
                      // hang-up, a line the server sent unasked): the login itself ends with it.
                      if (m_parkedPlan)
                          fail(e);
                  },
              .deadlineMs = [this] { return m_options.responseTimeoutMs; }})
{
}

Client::~Client() = default;

void Client::setProtocolLog(ProtocolLog* log)
{
    m_session->setProtocolLog(log);
}

void Client::fail(const Error& error)
{
    m_parkedPlan.reset();
    if (auto done = std::exchange(m_loginDone, nullptr))
        done(error);
    m_link.drop(error);
}

void Client::abort()
{
    fail(Error::make(ErrorCode::Cancelled));
}

void Client::connectAndLogin(const Endpoint& endpoint, const LoginOptions& options,
                             Session::Done<LoginInfo> done)
{
    m_endpoint = endpoint;
    m_options = options;
    m_loginDone = std::move(done);
    m_parkedPlan.reset();
    m_info = {};
    m_utf8Asked = false;
    m_options.credentials.host = endpoint.host;
    m_options.credentials.port = endpoint.port;
    Q_EMIT step(Step::Connecting);
    m_handshake =
        std::make_unique<Handshake>(*m_session, endpoint.security, [this](Handshake::Stage s) {
            Q_EMIT step(transport::clientStep<Step>(s));
        });
    m_handshake->start([this](Result<Handshake::Outcome> way) {
        if (!way.ok())
            return fail(way.error());
        m_info.greeting = way->greeting;
        afterCapabilities(way->capabilities);
    });
    m_transport->open(endpoint);
}

void Client::afterCapabilities(const Capabilities& caps)
{
    m_info.capabilities = caps;
    auto plan = planAuthentication(caps, m_info.greeting, m_transport->isEncrypted(), m_options.auth);
    if (!plan.ok())
        return fail(plan.error());
    if (m_options.secretPending) {
        m_parkedPlan = plan.value();
        return; // no command pending, so no response deadline either
    }
    authenticate(plan.value());
}

void Client::provideSecret(Result<QString> secret)
{
    if (!m_loginDone || !m_options.secretPending)
        return;
    if (!secret.ok())
        return fail(secret.error());
    m_options.credentials.secret = secret.value();
    m_options.secretPending = false;
    if (auto plan = std::exchange(m_parkedPlan, std::nullopt))
        authenticate(*plan);
}

void Client::authenticate(QList<AuthMethod> plan)
{
    Q_EMIT step(Step::Authenticating);
    for (const QString* value : {&m_options.credentials.user, &m_options.credentials.secret}) {
        if (Status s = transport::checkArgument(*value, "credentials"); !s.ok())
            return fail(s.error());
    }
    // RFC 6856: before authentication, so that a UTF-8 user name is read as one (UTF8 USER).
    m_utf8Asked = m_info.capabilities.utf8;
    if (m_utf8Asked)
        return enableUtf8([this, plan] { tryPlan(plan); });
    tryPlan(std::move(plan));
}

void Client::enableUtf8(std::function<void()> then)
{
    m_session->utf8([this, then](Status s) {
        if (!s.ok() && s.error().kind != ErrorKind::Command)
            return fail(s.error());
        // Refused: the session goes on in ASCII, as without the capability.
        m_info.utf8 = s.ok();
        then();
    });
}

void Client::tryPlan(QList<AuthMethod> plan)
{
    const AuthMethod method = plan.takeFirst();
    tryMethod(method, [this, method, plan](Status s) {
        if (s.ok()) {
            m_info.method = method;
            return finishLogin();
        }
        const Error& e = s.error();
        if (tryNextMethodAfter(method, e) && !plan.isEmpty() &&
            m_session->state() == Session::State::Authorization)
            return tryPlan(plan);
        fail(e);
    });
}

void Client::tryMethod(AuthMethod method, std::function<void(Status)> done)
{
    const Credentials& c = m_options.credentials;
    switch (method) {
    case AuthMethod::UserPass:
        m_session->user(c.user, [this, done, secret = c.secret](Status s) {
            if (!s.ok())
                return done(s);
            m_session->pass(secret, done);
        });
        return;
    case AuthMethod::Apop:
        m_session->apop(c.user, c.secret, m_info.greeting.apopTimestamp, done);
        return;
    default:
        if (auto mechanism = SaslMechanism::create(methodName(method), c))
            m_session->authenticate(std::move(mechanism), done);
        else
            done(Error::make(ErrorCode::NoUsableMechanism, methodName(method)));
        return;
    }
}

void Client::finishLogin()
{
    // RFC 2449: capabilities may differ after login (e.g. PIPELINING, EXPIRE, LOGIN-DELAY).
    // A server that pipelined before login gets the caller's first commands together with this
    // CAPA (one round trip less); its answer still comes first, so it is known by then.
    const bool early =
        m_options.earlyLogin && m_options.allowPipelining && m_info.capabilities.pipelining;
    if (early)
        m_session->setPipelining(true, m_options.pipelineWindow);
    m_session->capa([this, early](Result<Capabilities> caps) {
        if (!caps.ok() && caps.error().kind != ErrorKind::Command)
            return fail(caps.error());
        if (caps.ok())
            m_info.capabilities = caps.value();
        m_session->setPipelining(m_options.allowPipelining && m_info.capabilities.pipelining,
                                 m_options.pipelineWindow);
        // A server that lists UTF8 only once logged in (as some do for Outlook) still gets it
        // before the first message is retrieved.
        const bool utf8Late = !m_utf8Asked && m_info.capabilities.utf8;
        m_utf8Asked = m_utf8Asked || utf8Late;
        if (utf8Late)
            return enableUtf8([this, early] {
                if (!early)
                    loggedIn();
            });
        if (!early)
            loggedIn();
    });
    if (early)
        loggedIn();
}

void Client::loggedIn()
{
    m_info.encrypted = m_transport->isEncrypted();
    Q_EMIT step(Step::LoggedIn);
    if (auto done = std::exchange(m_loginDone, nullptr))
        done(m_info);
}

void Client::quit(Session::Done<Ok> done)
{
    m_session->quit(m_link.closingAfter(std::move(done)));
}

} // namespace postbag::pop3
