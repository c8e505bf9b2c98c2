// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/TreeGuard.h"

namespace postbag::mailbox {

TreeGuard::TreeGuard(const QString& root) : m_root(QFileInfo(root).canonicalFilePath()) {}

bool TreeGuard::contains(const QFileInfo& entry) const
{
    const QString real = entry.canonicalFilePath();
    if (m_root.isEmpty() || real.isEmpty())
        return false;
    return real == m_root || real.startsWith(m_root.endsWith(u'/') ? m_root : m_root + u'/');
}

bool TreeGuard::enter(const QFileInfo& dir)
{
    if (!contains(dir))
        return false;
    const QString real = dir.canonicalFilePath();
    if (m_entered.contains(real))
        return false;
    m_entered.insert(real);
    return true;
}

} // namespace postbag::mailbox
