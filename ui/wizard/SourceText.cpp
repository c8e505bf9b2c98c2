// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/SourceText.h"

#include <QCoreApplication>

namespace postbag::ui {

namespace {
QString tr(const char* text, const char* comment = nullptr)
{
    return QCoreApplication::translate("postbag::ui", text, comment);
}
} // namespace

QString sourceDescription(autoconfig::Source source)
{
    switch (source) {
    case autoconfig::Source::Preset:
        return tr("Postbag's list of well-known providers");
    case autoconfig::Source::IspAutoconfig:
        return tr("the provider's autoconfiguration server");
    case autoconfig::Source::WellKnown:
        return tr("the domain's published mail settings");
    case autoconfig::Source::DnsSrv:
        return tr("the domain's DNS service records");
    case autoconfig::Source::MxDomain:
        return tr("the domain's mail exchanger (MX)");
    case autoconfig::Source::Probe:
        return tr("trying likely server names");
    }
    return {};
}

QString providerNoteText(autoconfig::ProviderNote note)
{
    switch (note) {
    case autoconfig::ProviderNote::EnablePopInWebSettings:
        return tr("POP access must first be enabled in the provider's web settings.");
    case autoconfig::ProviderNote::AppPasswordRequired:
        return tr(
            "With two-step verification, log in with an app password created in the provider's "
            "security settings, not your usual password.");
    case autoconfig::ProviderNote::GmailRecentMode:
        return tr("Gmail gives each message to POP only once. To fetch the last 30 days on several "
                  "devices, use \"recent:\" before your address as the user name.");
    case autoconfig::ProviderNote::OAuthOnly:
        return tr("This provider no longer accepts passwords over POP for most accounts; it may "
                  "refuse the login.");
    case autoconfig::ProviderNote::PaidPlanOnly:
        return tr("POP access may need a paid plan with this provider.");
    }
    return {};
}

QString securityText(account::Security security)
{
    switch (security) {
    case account::Security::ImplicitTls:
        return tr("SSL/TLS");
    case account::Security::StartTls:
        return tr("STARTTLS");
    case account::Security::None:
        return tr("not encrypted");
    }
    return {};
}

namespace {
account::Security toAccount(transport::Security s)
{
    switch (s) {
    case transport::Security::ImplicitTls:
        return account::Security::ImplicitTls;
    case transport::Security::StartTls:
        return account::Security::StartTls;
    case transport::Security::None:
        break;
    }
    return account::Security::None;
}
} // namespace

QString candidateText(const autoconfig::ServerCandidate& c)
{
    QString where = sourceDescription(c.source);
    if (!c.sourceDetail.isEmpty())
        where += QStringLiteral(" (") + c.sourceDetail + u')';
    //: %1 host, %2 port, %3 security, %4 where the settings came from
    QString text = tr("%1:%2, %3 — from %4")
                       .arg(c.host)
                       .arg(c.port)
                       .arg(securityText(toAccount(c.security)), where);
    if (!c.providerName.isEmpty())
        text = c.providerName + QStringLiteral(": ") + text;
    if (c.verified)
        //: Suffix of a found server that answered
        text += tr(" — the server answered");
    if (c.needsConfirmation)
        //: Suffix of a found server that DNS or plain http named outside the address's domain
        text += tr(" — not in your address's domain: confirm it before use");
    if (c.unauthenticatedSource)
        //: Suffix of a found server whose settings came over unencrypted http
        text += tr(" — found over an unencrypted connection: check that this is your provider's "
                   "server");
    return text;
}

account::AccountSettings applyCandidate(account::AccountSettings base,
                                        const autoconfig::ServerCandidate& c)
{
    if (base.host.compare(c.host, Qt::CaseInsensitive) != 0 || base.port != c.port)
        base.pinnedSha256.clear(); // a certificate trusted for another server says nothing here
    base.host = c.host;
    base.port = c.port;
    base.security = toAccount(c.security);
    if (!c.username.isEmpty())
        base.username = c.username;
    base.allowInsecureAuth = false;
    return base;
}

account::OutgoingServer applyOutgoingCandidate(account::OutgoingServer base,
                                               const autoconfig::ServerCandidate& c,
                                               const account::AccountSettings& incoming)
{
    if (base.host.compare(c.host, Qt::CaseInsensitive) != 0 || base.port != c.port)
        base.pinnedSha256.clear(); // a certificate trusted for another server says nothing here
    base.host = c.host;
    base.port = c.port;
    base.security = toAccount(c.security);
    base.username =
        c.username.isEmpty() || c.username == incoming.username ? QString() : c.username;
    base.allowInsecureAuth = false;
    return base;
}

} // namespace postbag::ui
