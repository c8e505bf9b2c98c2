// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/doctor/SubmissionCheck.h"

namespace postbag::doctor {

SubmissionCheck::SubmissionCheck(transport::TransportFactory transports, QObject* parent)
    : QObject(parent), m_transports(std::move(transports)), m_lookup(this)
{
}

SubmissionCheck::~SubmissionCheck() = default;

void SubmissionCheck::start(const Request& request)
{
    m_request = request;
    m_request.options.authenticate = true;
    m_step = Step::Resolve;
    m_lookup.start(request.endpoint.host, [this](Result<QStringList> found) {
        if (!found.ok())
            return fail(found.error());
        m_outcome.addresses = found.value();
        Q_EMIT stepPassed(Step::Resolve, m_outcome.addresses.join(QStringLiteral(", ")));
        connectAndLogin();
    });
}

void SubmissionCheck::connectAndLogin()
{
    m_step = Step::Connect;
    m_client = std::make_unique<smtp::Client>(m_transports());
    connect(m_client.get(), &smtp::Client::step, this, &SubmissionCheck::onClientStep);
    m_client->connectAndLogin(m_request.endpoint, m_request.options,
                              [this](Result<smtp::SubmissionInfo> r) { onLogin(r); });
}

void SubmissionCheck::onLogin(const Result<smtp::SubmissionInfo>& r)
{
    if (!r.ok()) {
        // A TLS failure during an implicit-TLS connect, and a STARTTLS that is missing or
        // refused, belong to the TLS step (a 530 "STARTTLS first" to AUTH does not).
        if ((m_step == Step::Connect && r.error().kind == ErrorKind::Tls) ||
            r.error().code == ErrorCode::StlsUnavailable)
            m_step = Step::Tls;
        return fail(r.error());
    }
    m_outcome.info = r.value();
    Q_EMIT stepPassed(Step::Login, auth::methodName(r->method));
    m_step = Step::Done;
    m_client->quit([this](Status) {
        if (m_done)
            return;
        m_outcome.ok = true;
        m_done = true;
        Q_EMIT stepPassed(Step::Done, QString());
        Q_EMIT finished(m_outcome);
    });
}

void SubmissionCheck::onClientStep(smtp::Client::Step s)
{
    const transport::Endpoint& e = m_request.endpoint;
    switch (s) {
    case smtp::Client::Step::Greeted:
        Q_EMIT stepPassed(Step::Connect, QStringLiteral("%1:%2").arg(e.host).arg(e.port));
        if (e.security == transport::Security::ImplicitTls)
            Q_EMIT stepPassed(Step::Tls, QString());
        m_step = Step::Capabilities;
        break;
    case smtp::Client::Step::StartingTls:
        m_step = Step::Tls;
        break;
    case smtp::Client::Step::TlsEstablished:
        Q_EMIT stepPassed(Step::Tls, QStringLiteral("STARTTLS"));
        m_step = Step::Capabilities;
        break;
    case smtp::Client::Step::Authenticating:
        Q_EMIT stepPassed(Step::Capabilities, summary(m_client->session().capabilities()));
        m_step = Step::Login;
        break;
    default:
        break;
    }
}

void SubmissionCheck::fail(const Error& error)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome.ok = false;
    m_outcome.failedAt = m_step;
    m_outcome.error = error;
    m_outcome.advice = adviceFor(error, m_request.appPasswordProvider);
    Q_EMIT finished(m_outcome);
}

void SubmissionCheck::cancel()
{
    if (m_client)
        m_client->abort();
    fail(Error::make(ErrorCode::Cancelled));
}

Advice SubmissionCheck::adviceFor(const Error& error, bool appPasswordProvider)
{
    switch (error.code) {
    case ErrorCode::EncryptionRequired:
    case ErrorCode::InsecureAuthRefused:
        return Advice::UseEncryption;
    case ErrorCode::StlsUnavailable:
        return Advice::EncryptionRefused;
    case ErrorCode::CertificateUntrusted:
        return Advice::TrustCertificate;
    case ErrorCode::WrongCredentials:
        return appPasswordProvider ? Advice::UseAppPassword : Advice::CheckPassword;
    case ErrorCode::PasswordLoginDisabled:
        if (error.responseCode == "5.7.139" || error.responseCode == "5.7.30")
            return Advice::UseOAuth;
        return appPasswordProvider ? Advice::UseAppPassword : Advice::UseOAuth;
    default:
        return Advice::None;
    }
}

QString SubmissionCheck::summary(const smtp::Capabilities& c)
{
    QStringList parts;
    if (!c.saslMechanisms.isEmpty())
        parts.append(QStringLiteral("AUTH ") + c.saslMechanisms.join(u' '));
    if (c.size)
        parts.append(c.sizeLimit > 0 ? QStringLiteral("SIZE %1").arg(c.sizeLimit)
                                     : QStringLiteral("SIZE"));
    const std::pair<bool, const char16_t*> flags[] = {
        {c.pipelining, u"PIPELINING"}, {c.eightBitMime, u"8BITMIME"}, {c.smtpUtf8, u"SMTPUTF8"}};
    for (const auto& [on, name] : flags) {
        if (on)
            parts.append(QString::fromUtf16(name));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace postbag::doctor
