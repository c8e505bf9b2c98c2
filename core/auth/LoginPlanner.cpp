// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/LoginPlanner.h"

namespace postbag::auth {

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

Result<QList<AuthMethod>> planLogin(const std::function<bool(AuthMethod)>& offered, bool encrypted,
                                    const AuthPolicy& policy)
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
        if (m == AuthMethod::Automatic || !offered(m))
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

} // namespace postbag::auth
