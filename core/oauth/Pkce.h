// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace postbag::oauth {

// Proof Key for Code Exchange (RFC 7636) with the S256 method, which Qt 6.4's NetworkAuth lacks.
// Why: a loopback redirect can be read by another program on the machine; the code it carries is
// worthless without the verifier, which never leaves this process until the token request.
// Guarantees: the verifier is 43 characters of base64url from 32 random bytes (the RFC's
// recommendation), the challenge is BASE64URL(SHA-256(verifier)) without padding.
struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;

    [[nodiscard]] static Pkce generate();
    [[nodiscard]] static QByteArray challengeOf(const QByteArray& verifier);
    // `bytes` random bytes from the system's secure generator, base64url without padding (also
    // the sign-in's `state`).
    [[nodiscard]] static QByteArray randomToken(int bytes = 32);
};

} // namespace postbag::oauth
