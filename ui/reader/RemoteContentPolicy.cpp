// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/RemoteContentPolicy.h"

namespace postbag::ui {

RemoteContentPolicy::~RemoteContentPolicy() = default;

bool InMemoryRemoteContentPolicy::isAllowed(const QString& senderAddress) const
{
    const QString key = senderAddress.trimmed().toCaseFolded();
    return !key.isEmpty() && m_allowed.contains(key);
}

void InMemoryRemoteContentPolicy::allow(const QString& senderAddress)
{
    const QString key = senderAddress.trimmed().toCaseFolded();
    if (!key.isEmpty()) {
        m_allowed.insert(key);
    }
}

} // namespace postbag::ui
