// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/UidlStore.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QVariant>

namespace postbag::store {

Result<QSet<QString>> UidlStore::seen(qint64 accountId)
{
    const auto q = m_db.prepare(QStringLiteral("SELECT uidl FROM uidls WHERE account_id = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, accountId);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    sql::Finisher finish(*q.value());
    QSet<QString> out;
    while (q.value()->next()) {
        out.insert(q.value()->value(0).toString());
    }
    if (const Status s = m_db.rowsEnded(*q.value()); !s) {
        return s.error();
    }
    return out;
}

Result<QList<UidlEntry>> UidlStore::entries(qint64 accountId)
{
    const auto q = m_db.prepare(QStringLiteral(
        "SELECT u.uidl, u.message_row, u.downloaded_at, u.deleted_locally, u.removed_from_server, "
        "COALESCE(m.headers_only, 0) FROM uidls u LEFT JOIN messages m ON m.id = u.message_row "
        "WHERE u.account_id = ? ORDER BY u.downloaded_at, u.uidl"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, accountId);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    sql::Finisher finish(*q.value());
    QList<UidlEntry> out;
    while (q.value()->next()) {
        const QSqlQuery& r = *q.value();
        out.append({r.value(0).toString(), r.value(1).toLongLong(),
                    sql::fromSecs(r.value(2).toLongLong()), r.value(3).toBool(),
                    r.value(4).toBool(), r.value(5).toBool()});
    }
    if (const Status s = m_db.rowsEnded(*q.value()); !s) {
        return s.error();
    }
    return out;
}

Status UidlStore::markSeen(qint64 accountId, const QStringList& uidls, const QDateTime& at)
{
    return forEach(QStringLiteral("INSERT INTO uidls(account_id, uidl, downloaded_at) "
                                  "VALUES(?,?,?) ON CONFLICT(account_id, uidl) DO NOTHING"),
                   accountId, uidls, sql::toSecs(at, QDateTime::currentSecsSinceEpoch()));
}

Status UidlStore::markDeletedLocally(qint64 accountId, const QStringList& uidls)
{
    return forEach(
        QStringLiteral("UPDATE uidls SET deleted_locally = 1 WHERE account_id = ? AND uidl = ?"),
        accountId, uidls);
}

Status UidlStore::markRemovedFromServer(qint64 accountId, const QStringList& uidls)
{
    return forEach(
        QStringLiteral(
            "UPDATE uidls SET removed_from_server = 1 WHERE account_id = ? AND uidl = ?"),
        accountId, uidls);
}

Status UidlStore::forget(qint64 accountId, const QStringList& uidls)
{
    return forEach(QStringLiteral("DELETE FROM uidls WHERE account_id = ? AND uidl = ?"), accountId,
                   uidls);
}

Result<int> UidlStore::forgetRemoved(qint64 accountId, const QSet<QString>& listed)
{
    const auto q = m_db.prepare(
        QStringLiteral("SELECT uidl FROM uidls WHERE account_id = ? AND removed_from_server = 1"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, accountId);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    QStringList gone;
    {
        sql::Finisher finish(*q.value());
        while (q.value()->next()) {
            QString uidl = q.value()->value(0).toString();
            if (!listed.contains(uidl)) {
                gone.append(std::move(uidl));
            }
        }
        if (const Status s = m_db.rowsEnded(*q.value()); !s) {
            return s.error();
        }
    }
    if (gone.isEmpty()) {
        return 0;
    }
    if (const Status s = forget(accountId, gone); !s) {
        return s.error();
    }
    return int(gone.size());
}

Result<QByteArray> UidlStore::knownListing(qint64 accountId)
{
    const auto q =
        m_db.prepare(QStringLiteral("SELECT digest FROM uidl_listings WHERE account_id = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, accountId);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    sql::Finisher finish(*q.value());
    return q.value()->next() ? q.value()->value(0).toByteArray() : QByteArray();
}

Status UidlStore::setKnownListing(qint64 accountId, const QByteArray& digest)
{
    const auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO uidl_listings(account_id, digest) VALUES(?, ?) "
        "ON CONFLICT(account_id) DO UPDATE SET digest = excluded.digest"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, accountId);
    q.value()->bindValue(1, digest);
    const Status s = m_db.exec(*q.value());
    q.value()->finish();
    return s;
}

Status UidlStore::forEach(const QString& sql, qint64 accountId, const QStringList& uidls,
                          const QVariant& extra)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    const auto q = m_db.prepare(sql);
    if (!q) {
        return q.error();
    }
    for (const QString& uidl : uidls) {
        q.value()->bindValue(0, accountId);
        q.value()->bindValue(1, uidl);
        if (extra.isValid()) {
            q.value()->bindValue(2, extra);
        }
        if (const Status s = m_db.exec(*q.value()); !s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace postbag::store
