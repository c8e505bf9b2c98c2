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

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
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
    const auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO folders(parent_id, account_id, kind, name, position) VALUES(?,?,0,?,?)"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, idOrNull(parentId));
    q.value()->bindValue(1, idOrNull(accountId));
    q.value()->bindValue(2, name);
    q.value()->bindValue(3, position);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    return q.value()->lastInsertId().toLongLong();
}

Status FolderStore::rename(qint64 id, const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return invalid(QStringLiteral("empty folder name"));
    }
    const auto q =
        m_db.prepare(QStringLiteral("UPDATE folders SET name = ? WHERE id = ? AND kind = 0"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, name);
    q.value()->bindValue(1, id);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s;
    }
    return q.value()->numRowsAffected() == 1 ? Status(Ok{})
                                             : invalid(QStringLiteral("not a user folder"));
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
        const auto q = m_db.prepare(
            QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
                           "SELECT f.id FROM folders f JOIN sub ON f.parent_id = sub.id) "
                           "SELECT count(*) FROM sub WHERE id = ?"));
        if (!q) {
            return q.error();
        }
        q.value()->bindValue(0, id);
        q.value()->bindValue(1, newParentId);
        if (const Status s = m_db.exec(*q.value()); !s) {
            return s;
        }
        sql::Finisher finish(*q.value());
        if (q.value()->next() && q.value()->value(0).toInt() > 0) {
            return invalid(QStringLiteral("a folder cannot move into itself"));
        }
    }
    // The subtree follows its new parent's account.
    const auto q = m_db.prepare(QStringLiteral(
        "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
        "SELECT f.id FROM folders f JOIN sub ON f.parent_id = sub.id) "
        "UPDATE folders SET account_id = ?, "
        "parent_id = CASE WHEN id = ? THEN ? ELSE parent_id END WHERE id IN (SELECT id FROM sub)"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, id);
    q.value()->bindValue(1, idOrNull(accountId));
    q.value()->bindValue(2, id);
    q.value()->bindValue(3, idOrNull(newParentId));
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status FolderStore::setPosition(qint64 id, int position)
{
    const auto q = m_db.prepare(QStringLiteral("UPDATE folders SET position = ? WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, position);
    q.value()->bindValue(1, id);
    return m_db.exec(*q.value());
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
    const auto q =
        m_db.prepare(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
                                    "SELECT f.id FROM folders f JOIN sub ON f.parent_id = sub.id) "
                                    "UPDATE messages SET folder_id = ?, trash_origin = NULL "
                                    "WHERE folder_id IN (SELECT id FROM sub)"));
    const auto del = m_db.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    if (!q || !del) {
        return !q ? q.error() : del.error();
    }
    q.value()->bindValue(0, id);
    q.value()->bindValue(1, trashFolder.value());
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s;
    }
    del.value()->bindValue(0, id); // children go with it (ON DELETE CASCADE)
    if (const Status s = m_db.exec(*del.value()); !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<Folder>> FolderStore::list()
{
    // Depth-first order built in SQL: each row's path is its ancestors' sort keys.
    const auto q = m_db.prepare(QStringLiteral(
        "WITH RECURSIVE tree(id, path) AS ("
        "SELECT id, printf('%08d/%s/%d', position + 10000000, name, id) FROM folders "
        "WHERE parent_id IS NULL UNION ALL "
        "SELECT f.id, tree.path || '|' || printf('%08d/%s/%d', f.position + 10000000, f.name, "
        "f.id) "
        "FROM folders f JOIN tree ON f.parent_id = tree.id) "
        "SELECT f.id, f.parent_id, f.account_id, f.kind, f.name, f.position, f.total, f.unread "
        "FROM folders f JOIN tree ON tree.id = f.id ORDER BY tree.path"));
    if (!q) {
        return q.error();
    }
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    sql::Finisher finish(*q.value());
    QList<Folder> out;
    while (q.value()->next()) {
        const QSqlQuery& r = *q.value();
        out.append({r.value(0).toLongLong(),
                    r.value(1).toLongLong(),
                    r.value(2).toLongLong(),
                    static_cast<FolderKind>(r.value(3).toInt()),
                    r.value(4).toString(),
                    r.value(5).toInt(),
                    {r.value(6).toLongLong(), r.value(7).toLongLong()}});
    }
    if (const Status s = m_db.rowsEnded(*q.value()); !s) {
        return s.error();
    }
    return out;
}

Result<Folder> FolderStore::folder(qint64 id)
{
    const auto q = m_db.prepare(QStringLiteral(
        "SELECT id, parent_id, account_id, kind, name, position, total, unread FROM folders "
        "WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, id);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    sql::Finisher finish(*q.value());
    if (!q.value()->next()) {
        return invalid(QStringLiteral("no such folder"));
    }
    const QSqlQuery& r = *q.value();
    return Folder{r.value(0).toLongLong(),
                  r.value(1).toLongLong(),
                  r.value(2).toLongLong(),
                  static_cast<FolderKind>(r.value(3).toInt()),
                  r.value(4).toString(),
                  r.value(5).toInt(),
                  {r.value(6).toLongLong(), r.value(7).toLongLong()}};
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

Status FolderStore::recount()
{
    return m_db.execute(
        QStringLiteral("UPDATE folders SET "
                       "total = (SELECT count(*) FROM messages m WHERE m.folder_id = folders.id), "
                       "unread = (SELECT count(*) FROM messages m WHERE m.folder_id = folders.id "
                       "AND m.seen = 0)"));
}

Result<qint64> FolderStore::idOf(const QString& sql, qint64 arg)
{
    const auto q = m_db.prepare(sql);
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, arg);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    sql::Finisher finish(*q.value());
    if (!q.value()->next()) {
        return invalid(QStringLiteral("no such folder"));
    }
    return q.value()->value(0).toLongLong();
}

} // namespace postbag::store
