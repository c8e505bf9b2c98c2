// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/Provider.h"

namespace postbag::oauth {

namespace {

// Google: https://developers.google.com/identity/protocols/oauth2/native-app and
// https://developers.google.com/gmail/imap/xoauth2-protocol (POP and SMTP take XOAUTH2).
Provider google()
{
    Provider p;
    p.id = QStringLiteral("google");
    p.authorizationUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    p.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    p.scopes = {QStringLiteral("https://mail.google.com/")};
    p.pop3Hosts = {QStringLiteral("pop.gmail.com")};
    p.smtpHosts = {QStringLiteral("smtp.gmail.com")};
    p.mechanism = auth::AuthMethod::XOAuth2;
    p.authorizationParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                                 {QStringLiteral("prompt"), QStringLiteral("consent")}};
    return p;
}

// Microsoft: https://learn.microsoft.com/exchange/client-developer/legacy-protocols/
// how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth (XOAUTH2 only).
Provider microsoft()
{
    Provider p;
    p.id = QStringLiteral("microsoft");
    p.authorizationUrl =
        QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
    p.tokenUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
    p.scopes = {QStringLiteral("https://outlook.office.com/POP.AccessAsUser.All"),
                QStringLiteral("https://outlook.office.com/SMTP.Send"),
                QStringLiteral("offline_access")};
    p.pop3Hosts = {QStringLiteral("outlook.office365.com")};
    p.smtpHosts = {QStringLiteral("smtp.office365.com")};
    p.mechanism = auth::AuthMethod::XOAuth2;
    return p;
}

} // namespace

bool Provider::appliesTo(QStringView host) const
{
    const QString h = host.toString().toLower();
    return pop3Hosts.contains(h) || smtpHosts.contains(h);
}

const QList<Provider>& Provider::builtIn()
{
    static const QList<Provider> providers = {google(), microsoft()};
    return providers;
}

const Provider* Provider::forHost(QStringView host)
{
    for (const Provider& p : builtIn()) {
        if (p.appliesTo(host))
            return &p;
    }
    return nullptr;
}

const Provider* Provider::byId(QStringView id)
{
    for (const Provider& p : builtIn()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace postbag::oauth
