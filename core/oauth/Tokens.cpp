// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/Tokens.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace postbag::oauth {

namespace {

Error malformed(int httpStatus, const char* what)
{
    return Error::make(ErrorCode::MalformedResponse, QStringLiteral("token endpoint, HTTP %1: %2")
                                                         .arg(httpStatus)
                                                         .arg(QString::fromLatin1(what)));
}

// expires_in is a number; some providers have sent it as a string.
qint64 secondsOf(const QJsonValue& v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    bool ok = false;
    const qint64 s = v.toString().toLongLong(&ok);
    return ok ? s : -1;
}

} // namespace

Result<Tokens> Tokens::fromResponse(int httpStatus, const QByteArray& body, Grant grant,
                                    const QDateTime& now)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool success = httpStatus >= 200 && httpStatus < 300;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpStatus >= 500)
            return Error::make(ErrorCode::ServerTemporary,
                               QStringLiteral("token endpoint, HTTP %1").arg(httpStatus));
        return malformed(httpStatus, "not a JSON object");
    }
    const QJsonObject o = doc.object();
    if (const QJsonValue error = o.value(u"error"); !error.isUndefined()) {
        const QString code = error.toString();
        if (code.isEmpty())
            return malformed(httpStatus, "an empty error");
        Error e = Error::make(grant == Grant::RefreshToken && code == u"invalid_grant"
                                  ? ErrorCode::SignInAgain
                                  : ErrorCode::ProviderError,
                              o.value(u"error_description").toString());
        e.responseCode = code.toUtf8();
        return e;
    }
    if (!success) {
        if (httpStatus >= 500)
            return Error::make(ErrorCode::ServerTemporary,
                               QStringLiteral("token endpoint, HTTP %1").arg(httpStatus));
        return malformed(httpStatus, "an error without an error code");
    }
    Tokens t;
    t.accessToken = o.value(u"access_token").toString();
    if (t.accessToken.isEmpty())
        return malformed(httpStatus, "no access_token");
    if (const QJsonValue type = o.value(u"token_type");
        !type.isUndefined() && type.toString().compare(u"Bearer", Qt::CaseInsensitive) != 0)
        return malformed(httpStatus, "a token_type other than Bearer");
    t.refreshToken = o.value(u"refresh_token").toString();
    if (const QJsonValue expires = o.value(u"expires_in"); !expires.isUndefined()) {
        const qint64 seconds = secondsOf(expires);
        if (seconds < 0)
            return malformed(httpStatus, "an expires_in that is not a number of seconds");
        t.expiresAt = now.addSecs(seconds);
    }
    return t;
}

} // namespace postbag::oauth
