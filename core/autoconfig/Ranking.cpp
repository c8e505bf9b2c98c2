// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/Ranking.h"

#include <QHash>
#include <algorithm>

namespace postbag::autoconfig {

int securityRank(transport::Security security)
{
    switch (security) {
    case transport::Security::ImplicitTls:
        return 0;
    case transport::Security::StartTls:
        return 1;
    case transport::Security::None:
        return 10;
    }
    return 10;
}

namespace {

void mergeInto(ServerCandidate& kept, const ServerCandidate& other)
{
    if (other.verified && !kept.verified) {
        kept.verified = true;
        kept.capabilities = other.capabilities;
        kept.submissionCapabilities = other.submissionCapabilities;
        // A probe may raise the security a source claimed, never lower it: a STARTTLS port that
        // showed no STLS when asked may be an attacker stripping it, so the claim stands and
        // the connection check will refuse to go on in the clear.
        if (securityRank(other.security) < securityRank(kept.security))
            kept.security = other.security;
        else if (securityRank(other.security) > securityRank(kept.security))
            kept.encryptionRefused = true;
    }
    if (!kept.capabilities && other.capabilities)
        kept.capabilities = other.capabilities;
    if (!kept.submissionCapabilities && other.submissionCapabilities)
        kept.submissionCapabilities = other.submissionCapabilities;
    if (!kept.certificateProblem && other.certificateProblem)
        kept.certificateProblem = other.certificateProblem;
    if (kept.username.isEmpty())
        kept.username = other.username;
    if (kept.providerName.isEmpty())
        kept.providerName = other.providerName;
    // Also named by an authenticated source: no longer only the word of plain http.
    kept.unauthenticatedSource = kept.unauthenticatedSource && other.unauthenticatedSource;
    // Named by a trusted source as well: the host is no longer only the word of DNS.
    kept.needsConfirmation = kept.needsConfirmation && other.needsConfirmation;
    for (ProviderNote n : other.notes) {
        if (!kept.notes.contains(n))
            kept.notes.append(n);
    }
    for (const QString& a : other.authentication) {
        if (!kept.authentication.contains(a))
            kept.authentication.append(a);
    }
}

} // namespace

QList<ServerCandidate> rankCandidates(const QList<ServerCandidate>& found)
{
    // Most trusted source first, so the first entry per endpoint is the one kept.
    QList<ServerCandidate> bySource = found;
    std::stable_sort(bySource.begin(), bySource.end(),
                     [](const ServerCandidate& a, const ServerCandidate& b) {
                         return int(a.source) < int(b.source);
                     });
    QList<ServerCandidate> merged;
    QHash<QString, qsizetype> index;
    for (const ServerCandidate& c : std::as_const(bySource)) {
        // A POP3 and a submission server are never the same entry, even on one host:port.
        const QString key = serviceName(c.service) + u' ' + c.endpointKey();
        if (auto it = index.constFind(key); it != index.cend()) {
            mergeInto(merged[*it], c);
            continue;
        }
        index.insert(key, merged.size());
        merged.append(c);
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const ServerCandidate& a, const ServerCandidate& b) {
                         const bool ea = a.security != transport::Security::None;
                         const bool eb = b.security != transport::Security::None;
                         if (ea != eb)
                             return ea;
                         // A host only DNS or plain http named may be an attacker's.
                         if (a.needsConfirmation != b.needsConfirmation)
                             return !a.needsConfirmation;
                         // What came over plain http may be an attacker's: anything else first.
                         if (a.unauthenticatedSource != b.unauthenticatedSource)
                             return !a.unauthenticatedSource;
                         if (a.encryptionRefused != b.encryptionRefused)
                             return !a.encryptionRefused;
                         if (a.verified != b.verified)
                             return a.verified;
                         if (a.certificateProblem.has_value() != b.certificateProblem.has_value())
                             return !a.certificateProblem.has_value();
                         const int sa = securityRank(a.security);
                         const int sb = securityRank(b.security);
                         if (sa != sb)
                             return sa < sb;
                         return int(a.source) < int(b.source);
                     });
    return merged;
}

} // namespace postbag::autoconfig
