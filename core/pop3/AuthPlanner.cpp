// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/AuthPlanner.h"

namespace postbag::pop3 {

bool revealsSecret(AuthMethod method)
{
    switch (method) {
    case AuthMethod::CramMd5:
    case AuthMethod::Apop:
        return false;
    default:
        return true;
    }
}

QString methodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Automatic:
        return QStringLiteral("automatic");
    case AuthMethod::CramMd5:
        return QStringLiteral("CRAM-MD5");
    case AuthMethod::Plain:
        return QStringLiteral("PLAIN");
    case AuthMethod::Login:
        return QStringLiteral("LOGIN");
    case AuthMethod::Apop:
        return QStringLiteral("APOP");
    case AuthMethod::UserPass:
        return QStringLiteral("USER/PASS");
    case AuthMethod::XOAuth2:
        return QStringLiteral("XOAUTH2");
    case AuthMethod::OAuthBearer:
        return QStringLiteral("OAUTHBEARER");
    }
    return {};
}

static bool offered(AuthMethod m, const Capabilities& caps, const Greeting& greeting)
{
    switch (m) {
    case AuthMethod::Apop:
        return !greeting.apopTimestamp.isEmpty();
    case AuthMethod::UserPass:
        // Without CAPA, USER is the RFC 1939 baseline; with CAPA, trust what it lists, but a
        // server that lists no login method at all still gets USER as the last resort.
        return !caps.known || caps.user || caps.saslMechanisms.isEmpty();
    case AuthMethod::Automatic:
        return false;
    default:
        return caps.hasSasl(methodName(m));
    }
}

Result<QList<AuthMethod>> planAuthentication(const Capabilities& caps, const Greeting& greeting,
                                             bool encrypted, const AuthPolicy& policy)
{
    QList<AuthMethod> candidates;
    if (policy.preference != AuthMethod::Automatic) {
        candidates = {policy.preference};
    } else if (policy.oauth) {
        candidates = {AuthMethod::OAuthBearer, AuthMethod::XOAuth2};
    } else if (encrypted) {
        // PLAIN sends its initial response with AUTH: a login of one round trip, where
        // CRAM-MD5 takes two and obliges the server to keep a password equivalent. TLS (verified
        // or pinned) already hides the password on the way.
        candidates = {AuthMethod::Plain, AuthMethod::Login, AuthMethod::UserPass,
                      AuthMethod::CramMd5, AuthMethod::Apop};
    } else {
        // In the clear (where the account allows it), whatever hides the password first.
        candidates = {AuthMethod::CramMd5, AuthMethod::Apop, AuthMethod::Plain, AuthMethod::Login,
                      AuthMethod::UserPass};
    }
    QList<AuthMethod> plan;
    bool refusedForSecurity = false;
    for (AuthMethod m : std::as_const(candidates)) {
        if (!offered(m, caps, greeting))
            continue;
        if (!encrypted && !policy.allowInsecure) {
            refusedForSecurity = true;
            continue;
        }
        plan.append(m);
    }
    if (!plan.isEmpty())
        return plan;
    return Error::make(refusedForSecurity ? ErrorCode::InsecureAuthRefused
                                          : ErrorCode::NoUsableMechanism);
}

bool tryNextMethodAfter(AuthMethod method, const Error& error)
{
    switch (error.code) {
    case ErrorCode::ServerRejected:
    case ErrorCode::CommandUnsupported:
        return true;
    case ErrorCode::WrongCredentials:
        return !revealsSecret(method);
    default:
        return false;
    }
}

} // namespace postbag::pop3
