// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/ProviderPresets.h"

namespace postbag::autoconfig {

namespace {

using N = ProviderNote;
const QString kAddress = QStringLiteral("%EMAILADDRESS%");
const QString kLocalPart = QStringLiteral("%EMAILLOCALPART%");

// Values checked in November 2026 against the providers' help pages and Thunderbird's ISPDB.
// Every provider here offers POP3 over implicit TLS on 995; none needs STARTTLS on 110.
// Submission servers as Thunderbird's ISPDB lists them (December 2026); Gmail's STARTTLS port 587,
// which the ISPDB leaves out, as Google documents it beside 465. A preset without an entry in
// either source names none (Zoho EU).
QList<ProviderPreset> makePresets()
{
    QList<ProviderPreset> p;
    // Gmail: POP is off until enabled in Settings → Forwarding and POP/IMAP; a password login needs
    // 2-Step Verification plus an app password; "recent:" + address fetches the last 30 days from
    // every client instead of "each message once to the first client".
    p.append({QStringLiteral("gmail"),
              QStringLiteral("Gmail"),
              {QStringLiteral("gmail.com"), QStringLiteral("googlemail.com")},
              {QStringLiteral("google.com"), QStringLiteral("googlemail.com")},
              QStringLiteral("pop.gmail.com"),
              995,
              transport::Security::ImplicitTls,
              kAddress,
              {N::EnablePopInWebSettings, N::AppPasswordRequired, N::GmailRecentMode},
              {{QStringLiteral("smtp.gmail.com"), 465, transport::Security::ImplicitTls},
               {QStringLiteral("smtp.gmail.com"), 587, transport::Security::StartTls}}});
    // Outlook.com: since 16 September 2024 personal Microsoft accounts accept only OAuth2 (no
    // password, no app password) in other mail programs; POP must be allowed in the web settings.
    p.append(
        {QStringLiteral("outlook"),
         QStringLiteral("Outlook.com"),
         {QStringLiteral("outlook.com"), QStringLiteral("hotmail.com"), QStringLiteral("live.com"),
          QStringLiteral("msn.com"), QStringLiteral("windowslive.com"),
          QStringLiteral("hotmail.co.uk"), QStringLiteral("hotmail.de"),
          QStringLiteral("hotmail.fr"), QStringLiteral("hotmail.it"), QStringLiteral("hotmail.es"),
          QStringLiteral("live.co.uk"), QStringLiteral("live.de"), QStringLiteral("live.fr"),
          QStringLiteral("outlook.de"), QStringLiteral("outlook.fr"), QStringLiteral("outlook.es"),
          QStringLiteral("outlook.it")},
         {QStringLiteral("outlook.com")},
         QStringLiteral("outlook.office365.com"),
         995,
         transport::Security::ImplicitTls,
         kAddress,
         {N::EnablePopInWebSettings, N::OAuthOnly},
         {{QStringLiteral("smtp.office365.com"), 587, transport::Security::StartTls}}});
    p.append(
        {QStringLiteral("yahoo"),
         QStringLiteral("Yahoo Mail"),
         {QStringLiteral("yahoo.com"), QStringLiteral("ymail.com"),
          QStringLiteral("rocketmail.com"), QStringLiteral("yahoo.co.uk"),
          QStringLiteral("yahoo.de"), QStringLiteral("yahoo.fr"), QStringLiteral("yahoo.es"),
          QStringLiteral("yahoo.it"), QStringLiteral("yahoo.ca"), QStringLiteral("yahoo.co.jp"),
          QStringLiteral("yahoo.com.au"), QStringLiteral("yahoo.com.br")},
         {QStringLiteral("yahoodns.net")},
         QStringLiteral("pop.mail.yahoo.com"),
         995,
         transport::Security::ImplicitTls,
         kAddress,
         {N::AppPasswordRequired},
         {{QStringLiteral("smtp.mail.yahoo.com"), 465, transport::Security::ImplicitTls},
          {QStringLiteral("smtp.mail.yahoo.com"), 587, transport::Security::StartTls}}});
    p.append(
        {QStringLiteral("aol"),
         QStringLiteral("AOL Mail"),
         {QStringLiteral("aol.com"), QStringLiteral("aim.com"), QStringLiteral("aol.de"),
          QStringLiteral("aol.fr"), QStringLiteral("aol.co.uk"), QStringLiteral("netscape.net"),
          QStringLiteral("compuserve.com"), QStringLiteral("cs.com")},
         {},
         QStringLiteral("pop.aol.com"),
         995,
         transport::Security::ImplicitTls,
         kAddress,
         {N::AppPasswordRequired},
         {{QStringLiteral("smtp.aol.com"), 465, transport::Security::ImplicitTls}}});
    // GMX: POP3/IMAP access must be switched on once in the mailbox settings. gmx.com (the
    // international service) has its own servers.
    p.append({QStringLiteral("gmx"),
              QStringLiteral("GMX"),
              {QStringLiteral("gmx.net"), QStringLiteral("gmx.de"), QStringLiteral("gmx.at"),
               QStringLiteral("gmx.ch"), QStringLiteral("gmx.eu"), QStringLiteral("gmx.org"),
               QStringLiteral("gmx.info"), QStringLiteral("gmx.biz")},
              {QStringLiteral("gmx.net")},
              QStringLiteral("pop.gmx.net"),
              995,
              transport::Security::ImplicitTls,
              kAddress,
              {N::EnablePopInWebSettings},
              {{QStringLiteral("mail.gmx.net"), 465, transport::Security::ImplicitTls},
               {QStringLiteral("mail.gmx.net"), 587, transport::Security::StartTls}}});
    p.append({QStringLiteral("gmx.com"),
              QStringLiteral("GMX"),
              {QStringLiteral("gmx.com"), QStringLiteral("gmx.us"), QStringLiteral("gmx.co.uk"),
               QStringLiteral("gmx.fr"), QStringLiteral("gmx.es")},
              {QStringLiteral("gmx.com")},
              QStringLiteral("pop.gmx.com"),
              995,
              transport::Security::ImplicitTls,
              kAddress,
              {N::EnablePopInWebSettings},
              {{QStringLiteral("mail.gmx.com"), 465, transport::Security::ImplicitTls},
               {QStringLiteral("mail.gmx.com"), 587, transport::Security::StartTls}}});
    // WEB.DE logs in with the part before the @ (the full address works too).
    p.append({QStringLiteral("web.de"),
              QStringLiteral("WEB.DE"),
              {QStringLiteral("web.de")},
              {QStringLiteral("web.de")},
              QStringLiteral("pop3.web.de"),
              995,
              transport::Security::ImplicitTls,
              kLocalPart,
              {N::EnablePopInWebSettings},
              {{QStringLiteral("smtp.web.de"), 465, transport::Security::ImplicitTls},
               {QStringLiteral("smtp.web.de"), 587, transport::Security::StartTls}}});
    // Yandex: mail programs must be allowed in the mail settings, and a password login needs an
    // app password.
    p.append({QStringLiteral("yandex"),
              QStringLiteral("Yandex Mail"),
              {QStringLiteral("yandex.ru"), QStringLiteral("yandex.com"), QStringLiteral("ya.ru"),
               QStringLiteral("yandex.by"), QStringLiteral("yandex.kz"),
               QStringLiteral("yandex.ua"), QStringLiteral("narod.ru")},
              {QStringLiteral("yandex.ru"), QStringLiteral("yandex.net")},
              QStringLiteral("pop.yandex.com"),
              995,
              transport::Security::ImplicitTls,
              kAddress,
              {N::EnablePopInWebSettings, N::AppPasswordRequired},
              {{QStringLiteral("smtp.yandex.com"), 465, transport::Security::ImplicitTls}}});
    // Mail.ru: other programs need a "password for external applications".
    p.append({QStringLiteral("mail.ru"),
              QStringLiteral("Mail.ru"),
              {QStringLiteral("mail.ru"), QStringLiteral("inbox.ru"), QStringLiteral("list.ru"),
               QStringLiteral("bk.ru"), QStringLiteral("internet.ru")},
              {QStringLiteral("mail.ru")},
              QStringLiteral("pop.mail.ru"),
              995,
              transport::Security::ImplicitTls,
              kAddress,
              {N::AppPasswordRequired},
              {{QStringLiteral("smtp.mail.ru"), 465, transport::Security::ImplicitTls},
               {QStringLiteral("smtp.mail.ru"), 587, transport::Security::StartTls}}});
    // Zoho Mail: POP is not part of the free plan, and must be enabled in the mail settings.
    p.append({QStringLiteral("zoho"),
              QStringLiteral("Zoho Mail"),
              {QStringLiteral("zoho.com"), QStringLiteral("zohomail.com")},
              {QStringLiteral("zoho.com")},
              QStringLiteral("pop.zoho.com"),
              995,
              transport::Security::ImplicitTls,
              kAddress,
              {N::EnablePopInWebSettings, N::PaidPlanOnly},
              {{QStringLiteral("smtp.zoho.com"), 465, transport::Security::ImplicitTls},
               {QStringLiteral("smtp.zoho.com"), 587, transport::Security::StartTls}}});
    p.append({QStringLiteral("zoho.eu"),
              QStringLiteral("Zoho Mail (EU)"),
              {QStringLiteral("zohomail.eu")},
              {QStringLiteral("zoho.eu")},
              QStringLiteral("pop.zoho.eu"),
              995,
              transport::Security::ImplicitTls,
              kAddress,
              {N::EnablePopInWebSettings, N::PaidPlanOnly},
              {}});
    // Fastmail: other programs log in with an app password, never the account password.
    p.append({QStringLiteral("fastmail"),
              QStringLiteral("Fastmail"),
              {QStringLiteral("fastmail.com"), QStringLiteral("fastmail.fm"),
               QStringLiteral("fastmail.net"), QStringLiteral("fastmail.org"),
               QStringLiteral("fastmail.to"), QStringLiteral("fastmail.de"),
               QStringLiteral("fastmail.us"), QStringLiteral("fastmail.uk"),
               QStringLiteral("sent.com"), QStringLiteral("messagingengine.com")},
              {QStringLiteral("messagingengine.com")},
              QStringLiteral("pop.fastmail.com"),
              995,
              transport::Security::ImplicitTls,
              kAddress,
              {N::AppPasswordRequired},
              {{QStringLiteral("smtp.fastmail.com"), 465, transport::Security::ImplicitTls}}});
    return p;
}

} // namespace

ServerCandidate ProviderPreset::candidateFor(const QString& emailAddress) const
{
    ServerCandidate c;
    c.host = host;
    c.port = port;
    c.security = security;
    c.username = substitutePlaceholders(usernamePattern, emailAddress);
    c.source = Source::Preset;
    c.sourceDetail = id;
    c.providerName = displayName;
    c.notes = notes;
    if (notes.contains(ProviderNote::OAuthOnly))
        c.authentication = {QStringLiteral("OAuth2")};
    else
        c.authentication = {QStringLiteral("password-cleartext")};
    return c;
}

QList<ServerCandidate> ProviderPreset::submissionCandidatesFor(const QString& emailAddress) const
{
    const ServerCandidate incoming = candidateFor(emailAddress);
    QList<ServerCandidate> out;
    for (const SubmissionEndpoint& e : submission) {
        ServerCandidate c = incoming;
        c.service = Service::Submission;
        c.host = e.host;
        c.port = e.port;
        c.security = e.security;
        c.notes.removeIf([](ProviderNote n) {
            return n == ProviderNote::EnablePopInWebSettings || n == ProviderNote::GmailRecentMode;
        });
        out.append(c);
    }
    return out;
}

const QList<ProviderPreset>& allPresets()
{
    static const QList<ProviderPreset> presets = makePresets();
    return presets;
}

namespace {

const ProviderPreset* presetForDomain(const QString& domain)
{
    if (domain.isEmpty())
        return nullptr;
    for (const ProviderPreset& preset : allPresets()) {
        if (preset.domains.contains(domain))
            return &preset;
    }
    return nullptr;
}

const ProviderPreset* presetForMx(const QString& registrableDomain)
{
    const QString domain = registrableDomain.toLower();
    for (const ProviderPreset& preset : allPresets()) {
        if (preset.mxDomains.contains(domain))
            return &preset;
    }
    return nullptr;
}

void markAsMxFound(ServerCandidate& c, const ProviderPreset& preset,
                   const QString& registrableDomain)
{
    c.source = Source::MxDomain;
    c.sourceDetail = preset.id + QStringLiteral(" (MX in ") + registrableDomain.toLower() + u')';
}

} // namespace

std::optional<ServerCandidate> presetFor(const QString& emailAddress)
{
    if (const ProviderPreset* preset = presetForDomain(domainOf(emailAddress)))
        return preset->candidateFor(emailAddress);
    return std::nullopt;
}

const ProviderPreset* presetForServer(const QString& host)
{
    const QString h = host.trimmed().toLower();
    for (const ProviderPreset& preset : allPresets()) {
        if (preset.host == h)
            return &preset;
        for (const SubmissionEndpoint& e : preset.submission) {
            if (e.host == h)
                return &preset;
        }
    }
    return nullptr;
}

QList<ServerCandidate> submissionPresetsFor(const QString& emailAddress)
{
    if (const ProviderPreset* preset = presetForDomain(domainOf(emailAddress)))
        return preset->submissionCandidatesFor(emailAddress);
    return {};
}

QList<ServerCandidate> submissionPresetsForMxDomain(const QString& registrableDomain,
                                                    const QString& emailAddress)
{
    const ProviderPreset* preset = presetForMx(registrableDomain);
    if (!preset)
        return {};
    QList<ServerCandidate> out = preset->submissionCandidatesFor(emailAddress);
    for (ServerCandidate& c : out)
        markAsMxFound(c, *preset, registrableDomain);
    return out;
}

QString gmailRecentModeUsername(const QString& username)
{
    if (username.startsWith(QStringLiteral("recent:")))
        return username;
    return QStringLiteral("recent:") + username;
}

std::optional<ServerCandidate> presetForMxDomain(const QString& registrableDomain,
                                                 const QString& emailAddress)
{
    const ProviderPreset* preset = presetForMx(registrableDomain);
    if (!preset)
        return std::nullopt;
    ServerCandidate c = preset->candidateFor(emailAddress);
    markAsMxFound(c, *preset, registrableDomain);
    return c;
}

} // namespace postbag::autoconfig
