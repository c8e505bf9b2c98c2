// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace postbag::autoconfig {

// The registrable domain of a host name ("aspmx.l.google.com" → "google.com",
// "mx01.mail.example.co.uk" → "example.co.uk"): the public suffix plus one label. Why: an MX host
// names the mail provider, and the provider is known by that domain, not by the host.
// Qt has no public API for the Public Suffix List, so this knows the common multi-label suffixes
// (co.uk, com.au, ...) and otherwise takes the last label as the suffix. Lower case, no final dot;
// empty for a name with fewer labels than that.
[[nodiscard]] QString registrableDomain(const QString& hostName);

// The host names to probe for a domain, in order: pop., pop3., mail., the bare domain.
[[nodiscard]] QStringList probeHostsFor(const QString& domain);

// Whether `name` looks like a DNS host name (letters, digits, '-', '.', labels of 1..63).
[[nodiscard]] bool isPlausibleHostName(const QString& name);

} // namespace postbag::autoconfig
