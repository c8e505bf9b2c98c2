// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/autoconfig/ServerCandidate.h"

#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>

namespace postbag::autoconfig {

// How to look. `nameserver`, when set, is asked for the SRV and MX records and for the addresses
// of probed hosts (QDnsLookup; Qt 6.4 always asks its port 53); a probe then connects to the
// address it got, so TLS name checks are made against that address and a certificate problem is
// reported (the wizard's connection check, which connects by name, has the last word). HTTP
// fetches always resolve through the system or go through `proxy`.
struct DetectOptions
{
    std::chrono::milliseconds timeout{8000}; // overall; each step has its own short timeout
    QHostAddress nameserver;                 // null = the system's resolver config
    QNetworkProxy proxy = QNetworkProxy::DefaultProxy; // for autoconfig HTTP fetches
    QList<quint16> implicitTlsPorts{995}; // probing ports (tests use the fixture's ports)
    QList<quint16> startTlsPorts{110};
    QList<quint16> submissionImplicitTlsPorts{465}; // RFC 8314, probed first
    QList<quint16> submissionStartTlsPorts{587};    // RFC 6409
    bool probe = true; // also verifies what the other sources name
    std::function<std::unique_ptr<transport::Transport>()> transports; // empty = core/net SslTransport
    // Per-step limits, each also capped by what is left of `timeout`.
    std::chrono::milliseconds httpTimeout{5000};
    std::chrono::milliseconds dnsTimeout{4000};
    std::chrono::milliseconds probeTimeout{5000};
};

// Finds POP3 settings, and the outgoing server, for an address from every source at once: built-in
// presets, the ISPDB autoconfig XML (autoconfig.<domain> and <domain>/.well-known), DNS SRV (RFC
// 6186/8314), the MX host's domain, and probing pop./pop3./mail./bare domain for a POP3 greeting
// and CAPA. Guarantees: never sends a password or user name (a probe says CAPA, STLS, QUIT, or
// EHLO, STARTTLS, QUIT, and nothing else); every source has its own deadline and the whole run
// ends within `options.timeout`;
// `finished` is emitted exactly once per start(), also after cancel(); candidates are ranked
// encrypted first, then those needing no confirmation, then verified, then by source, with one
// entry per host:port (Ranking.h); a host that DNS or plain http named outside the address's own
// domain is marked needsConfirmation (RFC 6186 section 6).
// candidateFound reports each finding as it comes, one per source; a probe that verifies another
// source's server reports a Probe candidate for the same host:port, merged in the ranked list.
// The outgoing (submission) server is learned alongside from the same sources (presets, the
// autoconfig document's outgoingServer, SRV _submissions/_submission, an MX-matched preset), with
// the same confirmation rule and ranking (465 implicit TLS before 587 STARTTLS before plain);
// outgoingCandidateFound reports those and outgoingCandidates() ranks them. Each is probed with
// EHLO like a POP3 server with CAPA (ServerProbe: no login, QUIT), which verifies it, carries its
// submissionCapabilities, and may raise its security but never lower it (encryptionRefused);
// smtp./mail./bare domain are probed on 465, then 587, as the POP3 guesses are.
class Autodetector : public QObject
{
    Q_OBJECT
public:
    explicit Autodetector(DetectOptions options = {}, QObject* parent = nullptr);
    ~Autodetector() override;

    void start(const QString& emailAddress); // all sources in parallel, sends no password ever
    void cancel();                           // stops everything; emits finished with what was found
    [[nodiscard]] QList<ServerCandidate> candidates() const; // ranked best first
    [[nodiscard]] QList<ServerCandidate> outgoingCandidates() const; // submission, ranked
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void sourceStarted(postbag::autoconfig::Source source, const QString& detail);
    void sourceFinished(postbag::autoconfig::Source source, bool foundSomething);
    void candidateFound(const postbag::autoconfig::ServerCandidate& candidate);
    void outgoingCandidateFound(const postbag::autoconfig::ServerCandidate& candidate);
    void finished(const QList<postbag::autoconfig::ServerCandidate>& ranked);

private:
    class Run;
    friend class Run;

    void add(const ServerCandidate& candidate);
    void finish();

    DetectOptions m_options;
    std::unique_ptr<Run> m_run;
    QList<ServerCandidate> m_found;    // POP3
    QList<ServerCandidate> m_outgoing; // submission
    QTimer m_deadline;
    bool m_running = false;
};

} // namespace postbag::autoconfig
