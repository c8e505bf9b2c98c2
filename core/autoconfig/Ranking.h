// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/autoconfig/ServerCandidate.h"

#include <QList>

namespace postbag::autoconfig {

// Orders what all sources found, best first, one entry per service and host:port. Why: several
// sources often name the same server (the ISPDB, SRV and a probe), and the wizard offers the first
// entry. Order: encrypted far ahead of unencrypted; then hosts needing no confirmation; then what
// did not come only over plain http; then those where no probe saw encryption refused; then servers
// a probe reached (verified), those with a trusted certificate first; then implicit TLS before
// STARTTLS; then by source (preset, ISPDB autoconfig, .well-known, SRV, MX, probe); then as found.
// Merging: the entry from the most trusted source keeps its name, username and notes, and gains
// what the others learned (verified, capabilities, certificate problem, authentication); it needs
// confirmation only if every source naming it does. A probe may raise the security a source
// claimed, never lower it: a lower finding keeps the claim and sets encryptionRefused.
[[nodiscard]] QList<ServerCandidate> rankCandidates(const QList<ServerCandidate>& found);

// The sort weight of a security setting: lower is better.
[[nodiscard]] int securityRank(transport::Security security);

} // namespace postbag::autoconfig
