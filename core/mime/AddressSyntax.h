// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace postbag::mime {

// Checks an addr-spec ("jane@example.org", RFC 5322 §3.4.1) before it goes into a header or an
// SMTP envelope, and gives its 7-bit form. Why: a malformed address is otherwise mangled by the
// MIME writer or refused far away by a server; here it is refused up front, by name.
// Guarantees: asciiForm() returns a dot-atom or quoted-string local part of printable ASCII, "@",
// and a domain in lower-case ACE (punycode) or an address literal, within RFC 5321's lengths; any
// other input fails with ErrorCode::InvalidAddress whose serverText is the address as given.
// A non-ASCII local part is refused: it needs SMTPUTF8 and 8-bit headers, which Postbag never
// writes.
class AddressSyntax
{
public:
    static constexpr qsizetype MaxLocalPart = 64; // RFC 5321 §4.5.3.1.1
    static constexpr qsizetype MaxDomain = 255;   // RFC 5321 §4.5.3.1.2

    [[nodiscard]] static Result<QString> asciiForm(const QString& address);
};

} // namespace postbag::mime
