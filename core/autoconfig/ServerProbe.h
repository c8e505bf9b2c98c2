// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/autoconfig/ServerCandidate.h"
#include "core/pop3/Handshake.h"
#include "core/pop3/Session.h"
#include "core/smtp/Client.h"
#include "core/transport/SessionLink.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>

namespace postbag::autoconfig {

class HostResolver;

// Looks at one host:port for a POP3 server without logging in: greeting → CAPA → (STLS → CAPA)
// → QUIT; for a candidate of Service::Submission the same through smtp::Client without a login:
// greeting → EHLO → (STARTTLS → EHLO) → QUIT. Why: a server that answers is worth more than a
// guess, and its CAPA or EHLO tells the wizard which login methods exist, all before the user's
// password is used anywhere. Guarantees: sends CAPA, STLS and QUIT only (never USER, PASS, APOP
// or AUTH), to a submission server EHLO, STARTTLS and QUIT only; ends within
// `timeout` (name lookup included); a certificate that fails verification is recorded and the
// server looked at again accepting exactly that certificate (by its SHA-256), so a self-signed
// server is still found, marked; a STARTTLS port whose server offers no STLS gives a candidate
// with Security::None (pop3::Handshake reads the server, as the login does; a submission port
// whose STARTTLS is missing or refused, 454 included, likewise, with the EHLO answer in the
// clear and no QUIT), and a port said to be
// unencrypted where STLS works gives StartTls: a probe reports what the port does; `done` is called
// exactly once (not from inside start()), with nullopt when nothing POP3 (SMTP) answered, a 554
// greeting included. Single use.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    using TransportFactory = transport::TransportFactory;
    using Done = std::function<void(std::optional<ServerCandidate>)>;

    struct Settings
    {
        TransportFactory transports;
        QHostAddress nameserver; // null: the transport resolves the name itself
        std::chrono::milliseconds timeout{5000};
    };

    ServerProbe(Settings settings, QObject* parent = nullptr);
    ~ServerProbe() override;

    // `base` carries host, port, security, source and detail; the result is it, completed.
    void start(const ServerCandidate& base, Done done);
    void cancel(); // done(nullopt) unless already done

private:
    void connectTo(const QString& address);
    void connectSubmission(std::unique_ptr<transport::Transport> transport,
                           const transport::Endpoint& endpoint, int generation);
    [[nodiscard]] transport::Security endpointSecurity() const;
    void onFailure(const Error& error);
    void markVerified(transport::Security security);
    void succeed(transport::Security security); // and QUIT
    void finish(std::optional<ServerCandidate> result);
    void finishWithWhatIsKnown();
    void dropConnection();

    Settings m_settings;
    ServerCandidate m_candidate;
    Done m_done;
    QTimer m_deadline;
    HostResolver* m_resolver = nullptr;
    QString m_address; // what the transport connects to
    std::unique_ptr<transport::Transport> m_transport;
    std::unique_ptr<pop3::Session> m_session;
    std::unique_ptr<transport::SessionLink> m_link; // the two above, joined
    std::unique_ptr<pop3::Handshake> m_handshake;   // of the current connection
    std::unique_ptr<smtp::Client> m_smtp;         // a submission server's connection
    QByteArray m_pin;
    int m_generation = 0; // of the current connection: callbacks of an older one are ignored
    bool m_succeeded = false;
    bool m_finished = false;
};

} // namespace postbag::autoconfig
