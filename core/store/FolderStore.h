// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/StoreTypes.h"

#include <QList>

namespace postbag::store {

class Database;

// The folder tree. Why: one place enforces the tree rules. Guarantees: each account has exactly
// one Inbox (created with the account, see AccountStore) and the profile exactly one Archive and
// one Trash, Outbox, Drafts and Sent (created by the schema); those special folders cannot be renamed away, moved or
// removed; a folder never becomes its own ancestor. Removing a folder removes its whole subtree
// and moves every message in it to Trash (restorable there; restore falls back to the account's
// Inbox or Archive because the origin is gone) - nothing is deleted without passing Trash.
class FolderStore
{
public:
    explicit FolderStore(Database& db) : m_db(db) {}

    // A user folder; parentId 0 = top level. It belongs to the parent's account, if any.
    [[nodiscard]] Result<qint64> create(qint64 parentId, const QString& name, int position = 0);
    [[nodiscard]] Status rename(qint64 id, const QString& name);
    [[nodiscard]] Status move(qint64 id, qint64 newParentId);
    [[nodiscard]] Status setPosition(qint64 id, int position);
    [[nodiscard]] Status remove(qint64 id);

    // Every folder with its counts, parents before children, siblings by position then name.
    [[nodiscard]] Result<QList<Folder>> list();
    [[nodiscard]] Result<Folder> folder(qint64 id);
    [[nodiscard]] Result<qint64> inboxOf(qint64 accountId);
    [[nodiscard]] Result<qint64> trash();
    [[nodiscard]] Result<qint64> archive();
    // The local folder of a role: Archive, Trash, Outbox, Drafts or Sent.
    [[nodiscard]] Result<qint64> special(FolderKind role);
    // Recomputes the total/unread counters from the messages (repair tool; triggers keep them).
    [[nodiscard]] Status recount();

private:
    [[nodiscard]] Result<qint64> idOf(const QString& statement, qint64 arg);

    Database& m_db;
};

} // namespace postbag::store
