// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/oauth/Provider.h"

class QSettings;

namespace postbag::oauth {

// Postbag's registration with a provider: the client id (and, for Google's installed-app flow,
// its client secret, which Google does not treat as a secret for installed apps). Why apart from
// Provider: the endpoints are the same for everyone, the registration is the builder's. Where it
// comes from, first match wins: the settings file (`oauth/<provider id>/clientId` and
// `clientSecret`, for a packager or a user with their own registration), then the CMake cache
// variables the build was configured with. Guarantees: no client id is the typed answer
// OAuthClientMissing (serverText: the provider's id), never an empty id sent to a provider.
struct ClientRegistration
{
    QString clientId;
    QString clientSecret; // empty when the provider takes none

    [[nodiscard]] static Result<ClientRegistration> forProvider(const Provider& provider,
                                                                const QSettings* settings);
    // What the build itself carries for a provider id (empty fields when nothing).
    [[nodiscard]] static ClientRegistration fromBuild(QStringView providerId);
};

} // namespace postbag::oauth
