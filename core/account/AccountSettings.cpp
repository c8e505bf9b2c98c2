// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/AccountSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace postbag::account {

namespace {
Error invalid(const QString& field)
{
    return Error::make(ErrorCode::InvalidSetting, field);
}

const char* const kAuthNames[] = {"automatic", "userpass", "apop", "cram-md5", "plain", "login", "oauth2"};
const char* const kSourceNames[] = {"keyring", "command", "ask"};

template<typename E, size_t N>
std::optional<E> fromName(const char* const (&names)[N], QStringView name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return E(i);
    }
    return std::nullopt;
}
} // namespace

QString securityName(Security security)
{
    switch (security) {
    case Security::None:
        return QStringLiteral("none");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    }
    return {};
}

std::optional<Security> securityFromName(QStringView name)
{
    for (Security s : {Security::None, Security::StartTls, Security::ImplicitTls}) {
        if (name == securityName(s))
            return s;
    }
    return std::nullopt;
}

QString authName(AuthPreference auth)
{
    return QLatin1String(kAuthNames[int(auth)]);
}

std::optional<AuthPreference> authFromName(QStringView name)
{
    return fromName<AuthPreference>(kAuthNames, name);
}

quint16 AccountSettings::defaultPort(Security security)
{
    return security == Security::ImplicitTls ? 995 : 110;
}

QString AccountSettings::toJson() const
{
    QJsonObject o;
    o[u"address"] = address;
    o[u"displayName"] = displayName;
    o[u"host"] = host;
    o[u"port"] = port;
    o[u"security"] = securityName(security);
    o[u"auth"] = authName(auth);
    o[u"username"] = username;
    o[u"allowInsecureAuth"] = allowInsecureAuth;
    o[u"pinnedSha256"] = QString::fromLatin1(pinnedSha256.toHex());
    o[u"passwordSource"] = QLatin1String(kSourceNames[int(passwordSource)]);
    o[u"passwordCommand"] = passwordCommand;
    o[u"checkIntervalMinutes"] = checkIntervalMinutes;
    o[u"checkAtStartup"] = checkAtStartup;
    o[u"leaveOnServer"] = leaveOnServer;
    o[u"deleteAfterDays"] = deleteAfterDays;
    o[u"deleteWhenDeletedLocally"] = deleteWhenDeletedLocally;
    o[u"sizeLimitBytes"] = double(sizeLimitBytes);
    o[u"enabled"] = enabled;
    o[u"protocolLog"] = protocolLog;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<AccountSettings> AccountSettings::fromJson(const QString& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("account settings: ") + err.errorString());
    const QJsonObject o = doc.object();
    AccountSettings s;
    s.address = o[u"address"].toString();
    s.displayName = o[u"displayName"].toString();
    s.host = o[u"host"].toString();
    s.port = quint16(o[u"port"].toInt(995));
    s.security = securityFromName(o[u"security"].toString()).value_or(Security::ImplicitTls);
    s.auth = authFromName(o[u"auth"].toString()).value_or(AuthPreference::Automatic);
    s.username = o[u"username"].toString();
    s.allowInsecureAuth = o[u"allowInsecureAuth"].toBool();
    s.pinnedSha256 = QByteArray::fromHex(o[u"pinnedSha256"].toString().toLatin1());
    s.passwordSource = fromName<PasswordSource>(kSourceNames, o[u"passwordSource"].toString()).value_or(PasswordSource::Keyring);
    s.passwordCommand = o[u"passwordCommand"].toString();
    s.checkIntervalMinutes = o[u"checkIntervalMinutes"].toInt(10);
    s.checkAtStartup = o[u"checkAtStartup"].toBool(true);
    s.leaveOnServer = o[u"leaveOnServer"].toBool(true);
    s.deleteAfterDays = o[u"deleteAfterDays"].toInt();
    s.deleteWhenDeletedLocally = o[u"deleteWhenDeletedLocally"].toBool();
    s.sizeLimitBytes = qint64(o[u"sizeLimitBytes"].toDouble());
    s.enabled = o[u"enabled"].toBool(true);
    s.protocolLog = o[u"protocolLog"].toBool();
    return s;
}

Status AccountSettings::validate() const
{
    if (name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"));
    if (host.trimmed().isEmpty() || host.contains(u' ') || host.contains(u'/'))
        return invalid(QStringLiteral("host"));
    if (port == 0)
        return invalid(QStringLiteral("port"));
    if (username.isEmpty())
        return invalid(QStringLiteral("username"));
    if (!pinnedSha256.isEmpty() && pinnedSha256.size() != 32)
        return invalid(QStringLiteral("pinnedSha256"));
    if (passwordSource == PasswordSource::Command && passwordCommand.trimmed().isEmpty())
        return invalid(QStringLiteral("passwordCommand"));
    if (checkIntervalMinutes < 0 || deleteAfterDays < 0 || sizeLimitBytes < 0)
        return invalid(QStringLiteral("interval"));
    return Ok{};
}

} // namespace postbag::account
