// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/doctor/SubmissionCheck.h"

namespace postbag::doctor {

SubmissionCheck::SubmissionCheck(transport::TransportFactory transports, QObject* parent)
    : StepRunner(std::move(transports), parent)
{
}

SubmissionCheck::~SubmissionCheck() = default;

void SubmissionCheck::start(const Request& request)
{
    m_request = request;
    m_request.options.authenticate = true;
    resolve(request.endpoint.host, [this](const QStringList& addresses) {
        m_outcome.addresses = addresses;
        connectAndLogin();
    });
}

void SubmissionCheck::connectAndLogin()
{
    m_client = std::make_unique<smtp::Client>(newTransport());
    connect(m_client.get(), &smtp::Client::step, this, [this](smtp::Client::Step s) {
        follow(s, m_request.endpoint,
               [this] { return summary(m_client->session().capabilities()); });
    });
    m_client->connectAndLogin(m_request.endpoint, m_request.options,
                              [this](Result<smtp::SubmissionInfo> r) { onLogin(r); });
}

void SubmissionCheck::onLogin(const Result<smtp::SubmissionInfo>& r)
{
    if (!r.ok()) {
        // A TLS failure during an implicit-TLS connect, and a STARTTLS that is missing or
        // refused, belong to the TLS step (a 530 "STARTTLS first" to AUTH does not).
        if ((step() == Step::Connect && r.error().kind == ErrorKind::Tls) ||
            r.error().code == ErrorCode::StlsUnavailable)
            setStep(Step::Tls);
        return fail(r.error());
    }
    m_outcome.info = r.value();
    loggedIn(auth::methodName(r->method), *m_client);
}

void SubmissionCheck::finish(const std::optional<Error>& error)
{
    m_outcome.ok = !error;
    m_outcome.failedAt = step();
    m_outcome.error = error;
    m_outcome.advice = error ? adviceFor(*error, m_request.appPasswordProvider) : Advice::None;
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
