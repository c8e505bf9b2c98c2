// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/FolderStore.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QVariant>

namespace postbag::store {

namespace {

Error invalid(const QString& why)
{
    return Error::make(ErrorCode::InvalidSetting, why);
}

Folder readFolder(const sql::Statement& r)
{
    return Folder{r.value(0).toLongLong(),
                  r.value(1).toLongLong(),
                  r.value(2).toLongLong(),
                  static_cast<FolderKind>(r.value(3).toInt()),
                  r.value(4).toString(),
                  r.value(5).toInt(),
                  {r.value(6).toLongLong(), r.value(7).toLongLong()}};
}

} // namespace

Result<qint64> FolderStore::create(qint64 parentId, const QString& name, int position)
{
    if (name.trimmed().isEmpty()) {
        return invalid(QStringLiteral("empty folder name"));
    }
    qint64 accountId = 0;
    if (parentId > 0) {
        const auto parent = folder(parentId);
        if (!parent) {
            return parent.error();
        }
        accountId = parent->accountId;
    }
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO folders(parent_id, account_id, kind, name, "
                                      "position) VALUES(?,?,0,?,?)"),
                       {sql::idOrNull(parentId), sql::idOrNull(accountId), name, position});
}

Status FolderStore::rename(qint64 id, const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return invalid(QStringLiteral("empty folder name"));
    }
    const auto changed = sql::change(
        m_db, QStringLiteral("UPDATE folders SET name = ? WHERE id = ? AND kind = 0 AND id NOT IN "
                               "(SELECT folder_id FROM local_folders)"),
        {name, id});
    if (!changed) {
        return changed.error();
    }
    return changed.value() == 1 ? Status(Ok{}) : invalid(QStringLiteral("not a user folder"));
}

Status FolderStore::move(qint64 id, qint64 newParentId)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    const auto moving = folder(id);
    if (!moving) {
        return moving.error();
    }
    if (moving->kind != FolderKind::User) {
        return invalid(QStringLiteral("special folders stay where they are"));
    }
    qint64 accountId = 0;
    if (newParentId > 0) {
        const auto parent = folder(newParentId);
        if (!parent) {
            return parent.error();
        }
        accountId = parent->accountId;
        // Refuse when the new parent is the folder itself or one of its descendants.
        const auto cycle = sql::firstRow(
            m_db,
            QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
                           "SELECT f.id FROM folders f JOIN sub ON f.parent_id = sub.id) "
                           "SELECT count(*) FROM sub WHERE id = ?"),
            {id, newParentId}, [](const sql::Statement& r) { return r.value(0).toInt() > 0; });
        if (!cycle) {
            return cycle.error();
        }
        if (cycle->value_or(false)) {
            return invalid(QStringLiteral("a folder cannot move into itself"));
        }
    }
    // The subtree follows its new parent's account.
    if (const Status s =
            sql::run(m_db,
                     QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
                                    "SELECT f.id FROM folders f JOIN sub ON f.parent_id = sub.id) "
                                    "UPDATE folders SET account_id = ?, "
                                    "parent_id = CASE WHEN id = ? THEN ? ELSE parent_id END "
                                    "WHERE id IN (SELECT id FROM sub)"),
                     {id, sql::idOrNull(accountId), id, sql::idOrNull(newParentId)});
        !s) {
        return s;
    }
    return tx.commit();
}

Status FolderStore::setPosition(qint64 id, int position)
{
    return sql::run(m_db, QStringLiteral("UPDATE folders SET position = ? WHERE id = ?"),
                    {position, id});
}

Status FolderStore::remove(qint64 id)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    const auto target = folder(id);
    if (!target) {
        return target.error();
    }
    if (target->kind != FolderKind::User) {
        return invalid(QStringLiteral("special folders cannot be removed"));
    }
    const auto trashFolder = trash();
    if (!trashFolder) {
        return trashFolder.error();
    }
    if (const Status s =
            sql::run(m_db,
                     QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
                                    "SELECT f.id FROM folders f JOIN sub ON f.parent_id = sub.id) "
                                    "UPDATE messages SET folder_id = ?, trash_origin = NULL "
                                    "WHERE folder_id IN (SELECT id FROM sub)"),
                     {id, trashFolder.value()});
        !s) {
        return s;
    }
    // Children go with it (ON DELETE CASCADE).
    if (const Status s = sql::run(m_db, QStringLiteral("DELETE FROM folders WHERE id = ?"), {id});
        !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<Folder>> FolderStore::list()
{
    // Depth-first order built in SQL: each row's path is its ancestors' sort keys.
    return sql::rows(
        m_db,
        QStringLiteral(
            "WITH RECURSIVE tree(id, path) AS ("
            "SELECT id, printf('%08d/%s/%d', position + 10000000, name, id) FROM folders "
            "WHERE parent_id IS NULL UNION ALL "
            "SELECT f.id, tree.path || '|' || printf('%08d/%s/%d', f.position + 10000000, f.name, "
            "f.id) "
            "FROM folders f JOIN tree ON f.parent_id = tree.id) "
            "SELECT f.id, f.parent_id, f.account_id, "
            "coalesce((SELECT role FROM local_folders WHERE folder_id = f.id), f.kind), "
            "f.name, f.position, f.total, f.unread "
            "FROM folders f JOIN tree ON tree.id = f.id ORDER BY tree.path"),
        {}, readFolder);
}

Result<Folder> FolderStore::folder(qint64 id)
{
    return sql::oneRow(m_db,
                       QStringLiteral("SELECT f.id, f.parent_id, f.account_id, coalesce((SELECT role "
                                      "FROM local_folders WHERE folder_id = f.id), f.kind), "
                                      "f.name, f.position, f.total, f.unread FROM folders f "
                                      "WHERE f.id = ?"),
                       {id}, readFolder, invalid(QStringLiteral("no such folder")));
}

Result<qint64> FolderStore::inboxOf(qint64 accountId)
{
    return idOf(QStringLiteral("SELECT id FROM folders WHERE kind = 1 AND account_id = ?"),
                accountId);
}

Result<qint64> FolderStore::trash()
{
    return idOf(QStringLiteral("SELECT id FROM folders WHERE kind = ?"), qint64(FolderKind::Trash));
}

Result<qint64> FolderStore::archive()
{
    return idOf(QStringLiteral("SELECT id FROM folders WHERE kind = ?"),
                qint64(FolderKind::Archive));
}

Result<qint64> FolderStore::special(FolderKind role)
{
    if (role == FolderKind::Archive) {
        return archive();
    }
    if (role == FolderKind::Trash) {
        return trash();
    }
    return idOf(QStringLiteral("SELECT folder_id FROM local_folders WHERE role = ?"), qint64(role));
}

Status FolderStore::recount()
{
    return m_db.execute(
        QStringLiteral("UPDATE folders SET "
                       "total = (SELECT count(*) FROM messages m WHERE m.folder_id = folders.id), "
                       "unread = (SELECT count(*) FROM messages m WHERE m.folder_id = folders.id "
                       "AND m.seen = 0)"));
}

Result<qint64> FolderStore::idOf(const QString& statement, qint64 arg)
{
    return sql::oneRow(
        m_db, statement, {arg}, [](const sql::Statement& r) { return r.value(0).toLongLong(); },
        invalid(QStringLiteral("no such folder")));
}

} // namespace postbag::store
