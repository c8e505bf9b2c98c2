// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/pop3/Capabilities.h"
#include "core/pop3/Replies.h"

#include <QList>

namespace postbag::pop3 {

enum class AuthMethod { Automatic, CramMd5, Plain, Login, Apop, UserPass, XOAuth2, OAuthBearer };

struct AuthPolicy
{
    AuthMethod preference = AuthMethod::Automatic;
    bool allowInsecure = false; // the account explicitly allows a password in the clear
    bool oauth = false;         // the secret is an OAuth 2 token
};

// Whether the method lets an eavesdropper on an unencrypted link learn a reusable secret.
[[nodiscard]] bool revealsSecret(AuthMethod method);
[[nodiscard]] QString methodName(AuthMethod method);

// Decides how to log in: the methods to try, strongest first. A pure function of what the server
// offers and what the account allows, so every rule is tested as a table.
// Rules: over TLS, SASL PLAIN first (one round trip), then LOGIN, CRAM-MD5, APOP; in the clear,
// CRAM-MD5 and APOP (only with a greeting timestamp) first and nothing that reveals the password
// unless the account allows it; USER/PASS always last.
// Errors: InsecureAuthRefused when only revealing methods were possible, NoUsableMechanism else.
[[nodiscard]] Result<QList<AuthMethod>> planAuthentication(const Capabilities& caps,
                                                           const Greeting& greeting, bool encrypted,
                                                           const AuthPolicy& policy);

} // namespace postbag::pop3
