// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/RemoteContentPolicy.h"

#include <QSettings>

namespace postbag::ui {

namespace {
// Only ASCII letters are folded: full Unicode folding would let "news@\u017Fhop.example" (long s)
// or a Kelvin sign pass for an allowed "news@shop.example".
QString keyOf(const QString& senderAddress)
{
    QString key = senderAddress.trimmed();
    for (QChar& c : key) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return key;
}
const QString kAllowedKey = QStringLiteral("remoteContent/allowedSenders");
} // namespace

RemoteContentPolicy::~RemoteContentPolicy() = default;

bool InMemoryRemoteContentPolicy::isAllowed(const QString& senderAddress) const
{
    const QString key = keyOf(senderAddress);
    return !key.isEmpty() && m_allowed.contains(key);
}

void InMemoryRemoteContentPolicy::allow(const QString& senderAddress)
{
    const QString key = keyOf(senderAddress);
    if (!key.isEmpty()) {
        m_allowed.insert(key);
    }
}

ProfileRemoteContentPolicy::ProfileRemoteContentPolicy(QString settingsFile)
    : m_file(std::move(settingsFile))
{
    const QSettings settings(m_file, QSettings::IniFormat);
    for (const QString& address : settings.value(kAllowedKey).toStringList()) {
        if (const QString key = keyOf(address); !key.isEmpty()) {
            m_allowed.insert(key);
        }
    }
}

bool ProfileRemoteContentPolicy::isAllowed(const QString& senderAddress) const
{
    const QString key = keyOf(senderAddress);
    return !key.isEmpty() && m_allowed.contains(key);
}

void ProfileRemoteContentPolicy::allow(const QString& senderAddress)
{
    const QString key = keyOf(senderAddress);
    if (key.isEmpty() || m_allowed.contains(key)) {
        return;
    }
    m_allowed.insert(key);
    QSettings settings(m_file, QSettings::IniFormat);
    // Merge with the file, in case another window of this profile allowed someone meanwhile.
    QStringList list = settings.value(kAllowedKey).toStringList();
    if (!list.contains(key)) {
        list.append(key);
    }
    list.sort();
    settings.setValue(kAllowedKey, list);
    settings.sync();
}

} // namespace postbag::ui
