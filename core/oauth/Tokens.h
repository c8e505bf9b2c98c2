// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace postbag::oauth {

// What a token endpoint hands out (RFC 6749 section 5.1), and the one reading of its answers.
// Why one reading: the code exchange and every refresh meet the same answers, errors included.
// Guarantees of fromResponse(): a token only from a 2xx JSON object with a non-empty
// access_token of type Bearer; the provider's own `error` (section 5.2) is ProviderError with
// the error in responseCode and error_description in serverText, except invalid_grant to a
// refresh, which is SignInAgain (the refresh token was revoked or expired); a 5xx without one is
// ServerTemporary; anything else MalformedResponse. No token ever appears in an error.
struct Tokens
{
    enum class Grant
    {
        AuthorizationCode,
        RefreshToken
    };

    QString accessToken;
    QString refreshToken; // empty when the answer had none (a refresh may keep the old one)
    QDateTime expiresAt;  // invalid when the provider did not say

    [[nodiscard]] static Result<Tokens> fromResponse(int httpStatus, const QByteArray& body,
                                                     Grant grant, const QDateTime& now);
};

} // namespace postbag::oauth
