// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/ServerCandidate.h"

#include "core/autoconfig/DomainNames.h"

namespace postbag::autoconfig {

QString ServerCandidate::endpointKey() const
{
    QString h = host.toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    return h + u':' + QString::number(port);
}

QString sourceName(Source source)
{
    switch (source) {
    case Source::Preset:
        return QStringLiteral("Preset");
    case Source::IspAutoconfig:
        return QStringLiteral("IspAutoconfig");
    case Source::WellKnown:
        return QStringLiteral("WellKnown");
    case Source::DnsSrv:
        return QStringLiteral("DnsSrv");
    case Source::MxDomain:
        return QStringLiteral("MxDomain");
    case Source::Probe:
        return QStringLiteral("Probe");
    }
    return {};
}

QString noteName(ProviderNote note)
{
    switch (note) {
    case ProviderNote::EnablePopInWebSettings:
        return QStringLiteral("EnablePopInWebSettings");
    case ProviderNote::AppPasswordRequired:
        return QStringLiteral("AppPasswordRequired");
    case ProviderNote::GmailRecentMode:
        return QStringLiteral("GmailRecentMode");
    case ProviderNote::OAuthOnly:
        return QStringLiteral("OAuthOnly");
    case ProviderNote::PaidPlanOnly:
        return QStringLiteral("PaidPlanOnly");
    }
    return {};
}

QString serviceName(Service service)
{
    return service == Service::Submission ? QStringLiteral("submission") : QStringLiteral("pop3");
}

bool needsHostConfirmation(const ServerCandidate& candidate, const QString& addressDomain)
{
    switch (candidate.source) {
    case Source::Preset:
        return false; // curated by hand
    case Source::IspAutoconfig:
    case Source::WellKnown:
        // Fetched over https from the address's own domain: the domain's owner named the host.
        if (!candidate.unauthenticatedSource)
            return false;
        break;
    case Source::DnsSrv:
    case Source::MxDomain:
    case Source::Probe:
        break;
    }
    return !isInsideAddressDomain(candidate.host, addressDomain);
}

QString domainOf(const QString& emailAddress)
{
    const qsizetype at = emailAddress.lastIndexOf(u'@');
    if (at < 0)
        return {};
    QString domain = emailAddress.mid(at + 1).trimmed().toLower();
    while (domain.endsWith(u'.'))
        domain.chop(1);
    return domain;
}

QString substitutePlaceholders(const QString& pattern, const QString& emailAddress)
{
    const QString address = emailAddress.trimmed();
    const qsizetype at = address.lastIndexOf(u'@');
    const QString local = at < 0 ? address : address.left(at);
    QString out = pattern;
    out.replace(QStringLiteral("%EMAILADDRESS%"), address, Qt::CaseInsensitive);
    out.replace(QStringLiteral("%EMAILLOCALPART%"), local, Qt::CaseInsensitive);
    out.replace(QStringLiteral("%EMAILDOMAIN%"), domainOf(address), Qt::CaseInsensitive);
    return out;
}

} // namespace postbag::autoconfig
