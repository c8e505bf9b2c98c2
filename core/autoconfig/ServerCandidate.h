// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/CertificateInfo.h"
#include "core/pop3/Capabilities.h"
#include "core/smtp/Capabilities.h"
#include "core/transport/Transport.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace postbag::autoconfig {

// Where a candidate came from, in the order of trust used for ranking (a preset is curated, a
// probe only shows that something answers).
enum class Source
{
    Preset,
    IspAutoconfig,
    WellKnown,
    DnsSrv,
    MxDomain,
    Probe
};

// Things the user must know or do at the provider before a POP3 login can work.
enum class ProviderNote
{
    EnablePopInWebSettings,
    AppPasswordRequired,
    GmailRecentMode,
    OAuthOnly, // password login refused by provider
    PaidPlanOnly,
};

// What a candidate server is for: fetching mail over POP3, or sending it (message submission,
// RFC 6409; implicit TLS on 465 per RFC 8314, STARTTLS on 587).
enum class Service
{
    Pop3,
    Submission
};

// One way to reach a POP3 or submission server for an address, with where the suggestion came
// from. Never holds a password: autodetection sends none.
struct ServerCandidate
{
    Service service = Service::Pop3;
    QString host;
    quint16 port = 995;
    transport::Security security = transport::Security::ImplicitTls;
    QString username; // %EMAILADDRESS% / %EMAILLOCALPART% / %EMAILDOMAIN% substituted
    Source source = Source::Probe;
    QString sourceDetail; // the URL, the DNS record, "pop.example.com:995", preset id
    QString providerName; // display name from preset/ISPDB, else empty
    QList<ProviderNote> notes;
    bool verified = false; // a probe reached the server there (POP3: read CAPA; SMTP: EHLO)
    // The suggestion came over plain http: anyone on the network path could have written it.
    bool unauthenticatedSource = false;
    // Named by DNS (SRV, MX) or plain http for a host outside the address's own domain (RFC 6186
    // section 6): whoever can forge that answer chooses the host, and a certificate valid for
    // the attacker's own name passes. Never preselected; used only once the user confirms it.
    bool needsConfirmation = false;
    // A probe found no working STARTTLS where a source said the port has it: the server, or
    // someone between it and this computer, refused encryption. The claimed security is kept.
    bool encryptionRefused = false;
    std::optional<pop3::Capabilities> capabilities; // POP3, when probed
    // Submission, when probed: the EHLO answer over the connection a login would use (after
    // STARTTLS), so AUTH mechanisms, SIZE and PIPELINING are the ones that count.
    std::optional<smtp::Capabilities> submissionCapabilities;
    // The server's certificate failed verification (self-signed, wrong name, expired, ...). The
    // probe then looked again accepting exactly that certificate (no password is ever sent), so
    // `verified` and `capabilities` can still be set; the wizard's trust step shows this.
    std::optional<CertificateInfo> certificateProblem;
    // Authentication the source announced, e.g. "password-cleartext", "OAuth2" (ISPDB words).
    QStringList authentication;

    [[nodiscard]] QString endpointKey() const; // "host:port", lower-case host
};

// Stable untranslated names, for logs and tests ("Preset", "DnsSrv", ...).
[[nodiscard]] QString sourceName(Source source);
[[nodiscard]] QString noteName(ProviderNote note);
[[nodiscard]] QString serviceName(Service service); // "pop3", "submission"

// Whether the candidate's host must be confirmed by the user before a password goes there: not
// from a preset or an https autoconfig document of the provider, and not inside `addressDomain`.
[[nodiscard]] bool needsHostConfirmation(const ServerCandidate& candidate,
                                         const QString& addressDomain);

// Replaces %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% (ISPDB placeholders).
[[nodiscard]] QString substitutePlaceholders(const QString& pattern, const QString& emailAddress);
// The part after the last '@', lower case, without a trailing dot; empty when there is none.
[[nodiscard]] QString domainOf(const QString& emailAddress);

} // namespace postbag::autoconfig

Q_DECLARE_METATYPE(postbag::autoconfig::ServerCandidate)
