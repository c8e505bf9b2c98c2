// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QList>
#include <functional>

namespace postbag::auth {

// Every way Postbag logs in. Apop and UserPass are POP3's own; the rest are SASL mechanisms that
// POP3 and SMTP share.
enum class AuthMethod
{
    Automatic,
    CramMd5,
    Plain,
    Login,
    Apop,
    UserPass,
    XOAuth2,
    OAuthBearer
};

struct AuthPolicy
{
    AuthMethod preference = AuthMethod::Automatic;
    bool allowInsecure = false; // the account explicitly allows a password in the clear
    bool oauth = false;         // the secret is an OAuth 2 token
};

// Whether the method shows the password itself to whoever reads the connection (CRAM-MD5 and APOP
// show a digest, which an eavesdropper can still crack offline or a man in the middle relay).
[[nodiscard]] bool revealsSecret(AuthMethod method);
[[nodiscard]] QString methodName(AuthMethod method);

// Decides how to log in: the methods to try, in order, among those `offered` says the server has.
// A pure function of what the server offers and what the account allows, so every rule is tested
// as a table; each protocol says what its server offers (POP3: CAPA, the greeting's APOP timestamp;
// SMTP: EHLO's AUTH).
// Rules: nothing at all over an unencrypted connection unless the account allows it (a challenge
// method relayed by a man in the middle gives him the session, and its digest can be cracked
// offline). Over TLS, SASL PLAIN first (one round trip), then LOGIN and USER/PASS, and the
// challenge methods last: a server may offer CRAM-MD5 or put an APOP timestamp in its greeting
// for users it has no such secret for. In the clear (allowed), CRAM-MD5 and APOP first, so a
// passive listener learns the password only if they fail.
// Errors: InsecureAuthRefused when the account's rule refused what was offered, NoUsableMechanism
// else.
[[nodiscard]] Result<QList<AuthMethod>> planLogin(const std::function<bool(AuthMethod)>& offered,
                                                  bool encrypted, const AuthPolicy& policy);

// Whether the plan goes on to its next method after `method` failed with `error`: when the server
// refused the mechanism itself, and when it rejected a challenge method (CRAM-MD5, APOP), which
// says little about the password. Never after a temporary or connection failure, and never after
// the password itself was rejected. Each method is tried once per connection.
[[nodiscard]] bool tryNextMethodAfter(AuthMethod method, const Error& error);

} // namespace postbag::auth
