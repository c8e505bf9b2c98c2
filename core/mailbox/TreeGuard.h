// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileInfo>
#include <QSet>
#include <QString>

namespace postbag::mailbox {

// The folder tree being read, and what counts as inside it. Why: a tree handed to an import may
// be hostile: a link to a file outside it (~/.ssh/id_rsa) must not become a message, and links
// back to a folder (two links to ".") must not multiply the walk. Guarantees: contains() holds
// only for an entry that, with every link resolved, lies in the tree (a broken link is outside);
// enter() holds once per real folder, so a walk that enters before descending ends.
class TreeGuard
{
public:
    explicit TreeGuard(const QString& root);

    [[nodiscard]] bool contains(const QFileInfo& entry) const;
    // contains(dir), and dir was not entered before (under any name).
    [[nodiscard]] bool enter(const QFileInfo& dir);

private:
    QString m_root; // canonical; empty when the root itself cannot be resolved
    QSet<QString> m_entered;
};

} // namespace postbag::mailbox
