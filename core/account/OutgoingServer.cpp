// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/OutgoingServer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace postbag::account {

namespace {
Error invalid(const char* field)
{
    return Error::make(ErrorCode::InvalidSetting,
                       QStringLiteral("outgoing.") + QLatin1String(field));
}
} // namespace

quint16 OutgoingServer::defaultPort(Security security)
{
    return security == Security::ImplicitTls ? 465 : 587;
}

QString OutgoingServer::effectiveUsername(const AccountSettings& account) const
{
    return username.isEmpty() ? account.username : username;
}

AccountSettings OutgoingServer::credentialAccount(const AccountSettings& account) const
{
    if (username.isEmpty() || username == account.username)
        return account;
    AccountSettings own = account;
    own.username = username;
    own.host = host;
    own.port = port;
    return own;
}

QString OutgoingServer::toJson() const
{
    QJsonObject o;
    o[u"host"] = host;
    o[u"port"] = port;
    o[u"security"] = securityName(security);
    o[u"auth"] = authName(auth);
    o[u"username"] = username;
    o[u"allowInsecureAuth"] = allowInsecureAuth;
    o[u"pinnedSha256"] = QString::fromLatin1(pinnedSha256.toHex());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<OutgoingServer> OutgoingServer::fromJson(const QString& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(ErrorCode::StoreCorrupt,
                           QStringLiteral("outgoing server settings: ") + err.errorString());
    const QJsonObject o = doc.object();
    OutgoingServer s;
    s.host = o[u"host"].toString();
    s.security = securityFromName(o[u"security"].toString()).value_or(Security::ImplicitTls);
    s.port = quint16(o[u"port"].toInt(defaultPort(s.security)));
    s.auth = authFromName(o[u"auth"].toString()).value_or(AuthPreference::Automatic);
    s.username = o[u"username"].toString();
    s.allowInsecureAuth = o[u"allowInsecureAuth"].toBool();
    s.pinnedSha256 = QByteArray::fromHex(o[u"pinnedSha256"].toString().toLatin1());
    return s;
}

Status OutgoingServer::validate() const
{
    if (host.trimmed().isEmpty() || host.contains(u' ') || host.contains(u'/'))
        return invalid("host");
    if (port == 0)
        return invalid("port");
    if (auth == AuthPreference::UserPass || auth == AuthPreference::Apop)
        return invalid("auth");
    if (username.contains(u'\r') || username.contains(u'\n'))
        return invalid("username");
    if (!pinnedSha256.isEmpty() && pinnedSha256.size() != 32)
        return invalid("pinnedSha256");
    return Ok{};
}

} // namespace postbag::account
