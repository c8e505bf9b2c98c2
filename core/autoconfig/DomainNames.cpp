// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/DomainNames.h"

#include "core/common/PublicSuffix.h"

namespace postbag::autoconfig {

QStringList probeHostsFor(const QString& domain)
{
    return {QStringLiteral("pop.") + domain, QStringLiteral("pop3.") + domain,
            QStringLiteral("mail.") + domain, domain};
}

QStringList submissionProbeHostsFor(const QString& domain)
{
    return {QStringLiteral("smtp.") + domain, QStringLiteral("mail.") + domain, domain};
}

bool isInsideAddressDomain(const QString& host, const QString& addressDomain)
{
    return PublicSuffix::isInsideDomain(host, PublicSuffix::registrableDomain(addressDomain));
}

bool isPlausibleHostName(const QString& name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(u'.');
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar ch : label) {
            if (!(ch.isLetterOrNumber() || ch == u'-' || ch == u'_'))
                return false;
        }
    }
    return true;
}

} // namespace postbag::autoconfig
