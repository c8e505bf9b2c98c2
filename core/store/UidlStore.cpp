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
    const auto uidls =
        sql::rows(m_db, QStringLiteral("SELECT uidl FROM uidls WHERE account_id = ?"), {accountId},
                  [](const sql::Statement& r) { return r.value(0).toString(); });
    if (!uidls) {
        return uidls.error();
    }
    return QSet<QString>(uidls->cbegin(), uidls->cend());
}

Result<QList<UidlEntry>> UidlStore::entries(qint64 accountId)
{
    return sql::rows(
        m_db,
        QStringLiteral("SELECT u.uidl, u.message_row, u.downloaded_at, u.deleted_locally, "
                       "u.removed_from_server, COALESCE(m.headers_only, 0) FROM uidls u LEFT JOIN "
                       "messages m ON m.id = u.message_row WHERE u.account_id = ? "
                       "ORDER BY u.downloaded_at, u.uidl"),
        {accountId}, [](const sql::Statement& r) {
            return UidlEntry{r.value(0).toString(),
                             r.value(1).toLongLong(),
                             sql::fromSecs(r.value(2).toLongLong()),
                             r.value(3).toBool(),
                             r.value(4).toBool(),
                             r.value(5).toBool()};
        });
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
    const auto removed = sql::rows(
        m_db,
        QStringLiteral("SELECT uidl FROM uidls WHERE account_id = ? AND removed_from_server = 1"),
        {accountId}, [](const sql::Statement& r) { return r.value(0).toString(); });
    if (!removed) {
        return removed.error();
    }
    QStringList gone;
    for (const QString& uidl : removed.value()) {
        if (!listed.contains(uidl)) {
            gone.append(uidl);
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
    const auto digest = sql::firstRow(
        m_db, QStringLiteral("SELECT digest FROM uidl_listings WHERE account_id = ?"), {accountId},
        [](const sql::Statement& r) { return r.value(0).toByteArray(); });
    if (!digest) {
        return digest.error();
    }
    return digest->value_or(QByteArray());
}

Status UidlStore::setKnownListing(qint64 accountId, const QByteArray& digest)
{
    return sql::run(
        m_db,
        QStringLiteral("INSERT INTO uidl_listings(account_id, digest) VALUES(?, ?) "
                       "ON CONFLICT(account_id) DO UPDATE SET digest = excluded.digest"),
        {accountId, digest});
}

Status UidlStore::forEach(const QString& statement, qint64 accountId, const QStringList& uidls)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    for (const QString& uidl : uidls) {
        if (const Status s = sql::run(m_db, statement, {accountId, uidl}); !s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace postbag::store
