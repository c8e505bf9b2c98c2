// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/DomainNames.h"

#include <QSet>

namespace postbag::autoconfig {

namespace {

// Second-level labels under which country registries hand out names ("example.co.uk").
bool isMultiLabelSuffix(const QString& secondLevel, const QString& topLevel)
{
    static const QSet<QString> generic = {
        QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"),
        QStringLiteral("ac"),  QStringLiteral("gov"), QStringLiteral("edu"), QStringLiteral("ne"),
        QStringLiteral("or"),  QStringLiteral("go"),  QStringLiteral("ltd"), QStringLiteral("plc"),
        QStringLiteral("gen"), QStringLiteral("biz"), QStringLiteral("info")};
    return topLevel.size() == 2 && generic.contains(secondLevel);
}

} // namespace

QString registrableDomain(const QString& hostName)
{
    QString name = hostName.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    const QStringList labels = name.split(u'.');
    if (labels.size() < 2 || labels.contains(QString()))
        return {};
    int keep = 2;
    if (isMultiLabelSuffix(labels.at(labels.size() - 2), labels.last()))
        keep = 3;
    if (labels.size() < keep)
        return {};
    return labels.mid(labels.size() - keep).join(u'.');
}

QStringList probeHostsFor(const QString& domain)
{
    return {QStringLiteral("pop.") + domain, QStringLiteral("pop3.") + domain,
            QStringLiteral("mail.") + domain, domain};
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
