// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/AuthPlanner.h"

namespace postbag::pop3 {

Result<QList<AuthMethod>> planAuthentication(const Capabilities& caps, const Greeting& greeting,
                                             bool encrypted, const AuthPolicy& policy)
{
    const auto offered = [&](AuthMethod m) {
        switch (m) {
        case AuthMethod::Apop:
            return !greeting.apopTimestamp.isEmpty();
        case AuthMethod::UserPass:
            return !caps.known || caps.user || caps.saslMechanisms.isEmpty();
        default:
            return caps.hasSasl(methodName(m));
        }
    };
    return auth::planLogin(offered, encrypted, policy);
}

} // namespace postbag::pop3
