// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/autoconfig/ServerCandidate.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace postbag::autoconfig {

// One documented submission endpoint of a provider.
struct SubmissionEndpoint
{
    QString host;
    quint16 port = 465;
    transport::Security security = transport::Security::ImplicitTls;
};

// A big provider's POP3 settings and submission servers, curated by hand (checked against the
// providers' help pages and Thunderbird's ISPDB), with what the user must do at the provider first.
// The submission servers log in with the same user name as POP3.
struct ProviderPreset
{
    QString id;            // stable, e.g. "gmail"
    QString displayName;   // "Gmail"
    QStringList domains;   // address domains, lower case
    QStringList mxDomains; // registrable domains of the provider's MX hosts (hosted domains)
    QString host;
    quint16 port = 995;
    transport::Security security = transport::Security::ImplicitTls;
    QString usernamePattern; // ISPDB placeholders, e.g. "%EMAILADDRESS%"
    QList<ProviderNote> notes;
    QList<SubmissionEndpoint> submission; // empty when none is documented

    // This preset applied to an address: placeholders substituted, source Preset.
    [[nodiscard]] ServerCandidate candidateFor(const QString& emailAddress) const;
    // Its submission servers applied to an address, as candidates of Service::Submission; only
    // the notes that also hold for sending are kept (app password, OAuth only, paid plan).
    [[nodiscard]] QList<ServerCandidate> submissionCandidatesFor(const QString& emailAddress) const;
};

// Every built-in preset.
[[nodiscard]] const QList<ProviderPreset>& allPresets();
// The preset whose domains include the address's domain.
[[nodiscard]] std::optional<ServerCandidate> presetFor(const QString& emailAddress);
// The preset whose MX domains include `registrableDomain` (a custom domain hosted there), applied
// to the address, with source MxDomain.
[[nodiscard]] std::optional<ServerCandidate> presetForMxDomain(const QString& registrableDomain,
                                                               const QString& emailAddress);

// The preset one of whose servers (POP3 or submission) is `host`, e.g. for the notes that hold
// for an account whose address is at a custom domain; nullptr when none is.
[[nodiscard]] const ProviderPreset* presetForServer(const QString& host);

// The submission servers of the preset for the address's domain, or for the MX domain, as
// presetFor() and presetForMxDomain() choose it.
[[nodiscard]] QList<ServerCandidate> submissionPresetsFor(const QString& emailAddress);
[[nodiscard]] QList<ServerCandidate> submissionPresetsForMxDomain(const QString& registrableDomain,
                                                                  const QString& emailAddress);

// Gmail's "recent mode" user name: the last 30 days of mail to every client that logs in this
// way, instead of each message once to whichever client comes first.
[[nodiscard]] QString gmailRecentModeUsername(const QString& username);

} // namespace postbag::autoconfig
