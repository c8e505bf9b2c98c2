// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/OutgoingServer.h"

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
