// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/LoginPlanner.h"

#include <QList>
#include <QStringList>
#include <QUrl>
#include <utility>

namespace postbag::oauth {

// An OAuth 2 provider Postbag signs in with, as data: where its sign-in page and token endpoint
// are, the scopes that allow POP3 and SMTP, the servers the tokens are good for and the SASL
// mechanism they take. Why data: one flow serves every provider, and the wizard, the sync and
// the tests (a provider on loopback) differ only in these values.
struct Provider
{
    QString id; // stable, also the settings file's group: "google", "microsoft"
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QStringList scopes;
    QStringList pop3Hosts; // lower case
    QStringList smtpHosts;
    auth::AuthMethod mechanism = auth::AuthMethod::XOAuth2;
    // Added to the sign-in page's query (Google gives a refresh token only when asked offline).
    QList<std::pair<QString, QString>> authorizationParameters;

    [[nodiscard]] bool appliesTo(QStringView host) const;

    // Google and Microsoft (personal and work accounts alike, through the "common" tenant).
    [[nodiscard]] static const QList<Provider>& builtIn();
    // The built-in provider whose POP3 or SMTP servers include `host`; nullptr when none does.
    [[nodiscard]] static const Provider* forHost(QStringView host);
    [[nodiscard]] static const Provider* byId(QStringView id);
};

} // namespace postbag::oauth
