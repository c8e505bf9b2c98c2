// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postbag {

// Host names judged by the Public Suffix List (libpsl, with the newest of its built-in list and
// Debian's `publicsuffix` data). Why: whether a host belongs to an address's own domain, and
// whether text in a mail names a real host, must not rest on a hand-kept list of suffixes.
// Every function takes host names in any case, with or without a final dot, in Unicode or ACE
// form; results are lower-case ACE. Thread-safe.
class PublicSuffix
{
public:
    // The public suffix plus one label ("mx1.mail.example.co.uk" → "example.co.uk"); empty for a
    // public suffix itself ("co.uk"), an empty or malformed name.
    [[nodiscard]] static QString registrableDomain(const QString& host);

    // Whether the name is a public suffix (under the list's default rule any unknown top-level
    // label counts as one).
    [[nodiscard]] static bool isPublicSuffix(const QString& name);

    // Whether the host ends in a suffix the list names explicitly ("example.com", "a.b.co.uk"),
    // not only through the default rule ("example.notatld").
    [[nodiscard]] static bool hasListedSuffix(const QString& host);

    // Whether `host` is `domain` or a name below it, and `domain` is not a public suffix on its own
    // ("pop.example.org" is inside "example.org"; nothing is inside "co.uk").
    [[nodiscard]] static bool isInsideDomain(const QString& host, const QString& domain);

    // The lower-case ACE form of a host name without a final dot; empty when it cannot be one.
    [[nodiscard]] static QString normalized(const QString& host);
};

} // namespace postbag
