// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/ClientRegistration.h"

#include "core/oauth/BuildClients.h"

#include <QSettings>

namespace postbag::oauth {

ClientRegistration ClientRegistration::fromBuild(QStringView providerId)
{
    ClientRegistration r;
    if (providerId == u"google") {
        r.clientId = QString::fromUtf8(build::kGoogleClientId);
        r.clientSecret = QString::fromUtf8(build::kGoogleClientSecret);
    } else if (providerId == u"microsoft") {
        r.clientId = QString::fromUtf8(build::kMicrosoftClientId);
    }
    return r;
}

Result<ClientRegistration> ClientRegistration::forProvider(const Provider& provider,
                                                           const QSettings* settings)
{
    ClientRegistration r;
    if (settings) {
        const QString group = QStringLiteral("oauth/") + provider.id + u'/';
        r.clientId = settings->value(group + QStringLiteral("clientId")).toString().trimmed();
        r.clientSecret =
            settings->value(group + QStringLiteral("clientSecret")).toString().trimmed();
    }
    if (r.clientId.isEmpty())
        r = fromBuild(provider.id);
    if (r.clientId.isEmpty())
        return Error::make(ErrorCode::OAuthClientMissing, provider.id);
    return r;
}

} // namespace postbag::oauth
