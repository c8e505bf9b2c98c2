// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/ProtocolLog.h"
#include "core/net/SslTransport.h"
#include "core/pop3/Client.h"
#include "tests/support/Outcome.h"

#include <QTest>
#include <memory>

namespace postbag::testing {

// A real Client over the real SslTransport, with its protocol log captured as text, for tests
// against Dovecot and the scripted server. Waits are event-driven (QTRY_*), never fixed sleeps.
struct NetTestClient
{
    std::unique_ptr<pop3::Client> client =
        std::make_unique<pop3::Client>(std::make_unique<net::SslTransport>());
    ProtocolLog log;
    QByteArray logText;

    NetTestClient()
    {
        log.addSink([this](const ProtocolLog::Entry& e) { logText += ProtocolLog::format(e) + '\n'; });
        client->setProtocolLog(&log);
    }
    pop3::Session& session() { return client->session(); }
    // The most RETR and TOP commands the log shows on the wire at once, not yet answered to
    // their end: the depth the session pipelined them to, as the server saw it.
    [[nodiscard]] int maxBodiesInFlight() const
    {
        int inFlight = 0;
        int most = 0;
        for (const QByteArray& line : logText.split('\n')) {
            if (line.contains(" C: RETR ") || line.contains(" C: TOP "))
                most = qMax(most, ++inFlight);
            else if (line.endsWith(" bytes of message data]"))
                --inFlight;
        }
        return most;
    }
};

inline transport::Endpoint endpoint(quint16 port, transport::Security security, QByteArray pin = {})
{
    transport::Endpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = port;
    e.security = security;
    e.pinnedSha256 = std::move(pin);
    e.connectTimeoutMs = 5000;
    e.handshakeTimeoutMs = 5000;
    return e;
}

inline pop3::LoginOptions loginAs(const QString& user, const QString& password,
                                  bool allowInsecure = false,
                                  pop3::AuthMethod method = pop3::AuthMethod::Automatic)
{
    pop3::LoginOptions o;
    o.credentials.user = user;
    o.credentials.secret = password;
    o.auth.allowInsecure = allowInsecure;
    o.auth.preference = method;
    o.responseTimeoutMs = 10000;
    return o;
}

} // namespace postbag::testing

// Waits for an Outcome; Dovecot answers a wrong password after a short delay, so be generous.
#define POSTBAG_WAIT(outcome) QTRY_VERIFY_WITH_TIMEOUT((outcome).done(), 15000)
