// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pop3/Session.h"
#include "tests/support/Outcome.h"
#include "tests/support/Transcript.h"

namespace postbag::pop3::testing {

using postbag::testing::addDeliveryRows;
using postbag::testing::Delivery;
using postbag::testing::Outcome;
using Transcript = postbag::testing::Transcript<Session>;

// What a login needs, for the tests of the login commands.
inline Credentials creds(const QString& user, const QString& secret, bool oauth = false)
{
    Credentials c;
    c.user = user;
    c.secret = secret;
    c.isOAuthToken = oauth;
    return c;
}

} // namespace postbag::pop3::testing
