// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/ServerProbe.h"

#include "core/autoconfig/HostResolver.h"
#include "core/net/SslTransport.h"

namespace postbag::autoconfig {

ServerProbe::ServerProbe(Settings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ServerProbe::finishWithWhatIsKnown);
}

ServerProbe::~ServerProbe()
{
    // Not from inside a session completion (owners delete probes later), so at once.
    m_handshake.reset();
    m_link.reset(); // disconnects the two and aborts the transport
    m_session.reset();
    m_transport.reset();
    m_smtp.reset();
}

void ServerProbe::start(const ServerCandidate& base, Done done)
{
    m_candidate = base;
    m_done = std::move(done);
    m_finished = false;
    m_deadline.start(m_settings.timeout);
    QHostAddress literal;
    if (m_settings.nameserver.isNull() || literal.setAddress(base.host)) {
        QTimer::singleShot(0, this, [this] { connectTo(m_candidate.host); });
        return;
    }
    m_resolver = new HostResolver(m_settings.nameserver, m_settings.timeout, this);
    connect(m_resolver, &HostResolver::finished, this, [this](const QList<QHostAddress>& found) {
        if (found.isEmpty())
            return finish(std::nullopt);
        connectTo(found.first().toString());
    });
    m_resolver->start(base.host);
}

void ServerProbe::connectTo(const QString& address)
{
    if (m_finished)
        return;
    dropConnection();
    m_address = address;
    const int generation = ++m_generation;
    auto transport =
        m_settings.transports ? m_settings.transports() : std::make_unique<net::SslTransport>();
    transport::Endpoint endpoint;
    endpoint.host = address;
    endpoint.port = m_candidate.port;
    endpoint.security = endpointSecurity();
    endpoint.pinnedSha256 = m_pin;
    const int left = std::max(1, m_deadline.remainingTime());
    endpoint.connectTimeoutMs = left;
    endpoint.handshakeTimeoutMs = left;
    if (m_candidate.service == Service::Submission)
        return connectSubmission(std::move(transport), endpoint, generation);
    m_transport = std::move(transport);
    m_session = std::make_unique<pop3::Session>();
    transport::SessionLink::Hooks hooks; // no deadline: the probe's covers the whole connection
    hooks.failed = [s = m_session.get()](const Error& e) { s->abort(e); };
    m_link = std::make_unique<transport::SessionLink>(*m_transport, *m_session, std::move(hooks));

    m_handshake = std::make_unique<pop3::Handshake>(*m_session, endpoint.security);
    m_handshake->start([this, generation](Result<pop3::Handshake::Outcome> way) {
        if (generation != m_generation)
            return;
        if (way.ok()) {
            m_candidate.capabilities = way->capabilities;
            return succeed(endpointSecurity());
        }
        // A STARTTLS port without STLS (not announced, or refused) is a server that only speaks
        // in the clear: worth showing, ranked last, never silently upgraded to. Where a source
        // claimed STARTTLS, the ranking keeps the claim and marks the refusal.
        const Error& e = way.error();
        const auto& plain = m_handshake->plainCapabilities();
        if (plain && (e.kind == ErrorKind::Command || e.code == ErrorCode::StlsUnavailable)) {
            m_candidate.capabilities = *plain;
            return succeed(transport::Security::None);
        }
        onFailure(e);
    });
    m_transport->open(endpoint);
}

// The same look for a submission server, through smtp::Client without a login: greeting, EHLO,
// STARTTLS and EHLO again on a STARTTLS port, then QUIT.
void ServerProbe::connectSubmission(std::unique_ptr<transport::Transport> transport,
                                    const transport::Endpoint& endpoint, int generation)
{
    m_smtp = std::make_unique<smtp::Client>(std::move(transport));
    smtp::SubmissionOptions options;
    options.authenticate = false;
    options.responseTimeoutMs = endpoint.connectTimeoutMs;
    smtp::Client* client = m_smtp.get();
    client->connectAndLogin(endpoint, options,
                            [this, client, generation](Result<smtp::SubmissionInfo> way) {
                                if (generation != m_generation)
                                    return;
                                if (way.ok()) {
                                    m_candidate.submissionCapabilities = way->capabilities;
                                    return succeed(endpointSecurity());
                                }
                                // As for POP3: a STARTTLS port that does not offer it, or refuses
                                // it, is shown as unencrypted with what it said in the clear; the
                                // ranking keeps a source's claim.
                                const Error& e = way.error();
                                const smtp::Capabilities& plain = client->session().capabilities();
                                if (e.code == ErrorCode::StlsUnavailable && plain.extended) {
                                    // smtp::Client ends such a connection itself, without QUIT.
                                    m_candidate.submissionCapabilities = plain;
                                    markVerified(transport::Security::None);
                                    return finish(m_candidate);
                                }
                                onFailure(e);
                            });
}

transport::Security ServerProbe::endpointSecurity() const
{
    return m_candidate.security == transport::Security::ImplicitTls
               ? transport::Security::ImplicitTls
               : transport::Security::StartTls;
}

void ServerProbe::onFailure(const Error& error)
{
    const bool untrusted = error.code == ErrorCode::CertificateUntrusted ||
                           error.code == ErrorCode::CertificatePinMismatch;
    if (untrusted && error.certificate && m_pin.isEmpty() && !error.certificate->sha256.isEmpty()) {
        // Look again, accepting exactly this certificate: nothing secret is ever sent by a probe,
        // and the wizard's trust step shows the certificate to the user.
        m_candidate.certificateProblem = error.certificate;
        m_candidate.certificateProblem->host = m_candidate.host;
        m_pin = error.certificate->sha256;
        const QString address = m_address;
        QTimer::singleShot(0, this, [this, address] { connectTo(address); });
        return;
    }
    finishWithWhatIsKnown();
}

void ServerProbe::markVerified(transport::Security security)
{
    m_candidate.security = security;
    m_candidate.verified = true;
    m_succeeded = true;
}

void ServerProbe::succeed(transport::Security security)
{
    markVerified(security);
    const int generation = m_generation;
    auto afterQuit = [this, generation](Status) {
        if (generation != m_generation)
            return;
        if (m_transport)
            m_transport->close();
        finish(m_candidate);
    };
    if (m_smtp)
        return m_smtp->quit(afterQuit);
    m_session->quit(afterQuit);
}

// At the deadline or after a failure: a server already read counts; a TLS server whose
// certificate failed and that could not be read even so is still shown, unverified.
void ServerProbe::finishWithWhatIsKnown()
{
    if (m_succeeded || m_candidate.certificateProblem)
        finish(m_candidate);
    else
        finish(std::nullopt);
}

void ServerProbe::finish(std::optional<ServerCandidate> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    ++m_generation;
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(result));
}

void ServerProbe::cancel()
{
    if (m_finished)
        return;
    dropConnection();
    finish(std::nullopt);
}

void ServerProbe::dropConnection()
{
    m_handshake.reset(); // nothing of the old connection reports any more
    m_link.reset();      // nor do the transport and the session to each other
    if (m_transport) {
        m_transport->abort();
        m_transport.release()->deleteLater();
    }
    if (m_session)
        m_session.release()->deleteLater();
    if (m_smtp) // its callbacks carry the old generation; deleted, it calls none
        m_smtp.release()->deleteLater();
}

} // namespace postbag::autoconfig
