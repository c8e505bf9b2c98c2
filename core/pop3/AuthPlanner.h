// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/LoginPlanner.h"
#include "core/pop3/Capabilities.h"
#include "core/pop3/Replies.h"

namespace postbag::pop3 {

// The login rules live in core/auth, shared with SMTP; POP3 code keeps spelling them pop3::.
using auth::AuthMethod;
using auth::AuthPolicy;
using auth::methodName;
using auth::revealsSecret;
using auth::tryNextMethodAfter;

// auth::planLogin() over what a POP3 server offers: the SASL mechanisms CAPA lists, APOP when the
// greeting has a timestamp, and USER/PASS when CAPA lists USER, when there is no CAPA (RFC 1939's
// baseline) or when CAPA lists no login method at all (the last resort).
[[nodiscard]] Result<QList<AuthMethod>> planAuthentication(const Capabilities& caps,
                                                           const Greeting& greeting, bool encrypted,
                                                           const AuthPolicy& policy);

} // namespace postbag::pop3
