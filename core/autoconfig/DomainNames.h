// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace postbag::autoconfig {

// The host names to probe for a domain, in order: pop., pop3., mail., the bare domain.
[[nodiscard]] QStringList probeHostsFor(const QString& domain);
// The host names to probe for a domain's submission server, in order: smtp., mail., the bare
// domain.
[[nodiscard]] QStringList submissionProbeHostsFor(const QString& domain);

// Whether `host` belongs to the address's own domain: both have the same registrable domain by
// the Public Suffix List ("pop.mail.example.co.uk" for "example.co.uk" and "mail.example.co.uk",
// never "attacker.co.uk"). False when the address's domain is itself a public suffix or empty.
[[nodiscard]] bool isInsideAddressDomain(const QString& host, const QString& addressDomain);

// Whether `name` looks like a DNS host name (letters, digits, '-', '.', labels of 1..63).
[[nodiscard]] bool isPlausibleHostName(const QString& name);

} // namespace postbag::autoconfig
