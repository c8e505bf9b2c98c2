// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/AccountStore.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QVariant>

namespace postbag::store {

Result<Account> AccountStore::create(const QString& name, const QString& settings, int position)
{
    if (name.trimmed().isEmpty()) {
        return Error::make(ErrorCode::InvalidSetting, QStringLiteral("empty account name"));
    }
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s.error();
    }
    Account a{0, name, position, settings.isEmpty() ? QStringLiteral("{}") : settings, 0};
    const auto q = m_db.prepare(
        QStringLiteral("INSERT INTO accounts(name, position, settings) VALUES(?,?,?)"));
    const auto inbox = m_db.prepare(QStringLiteral(
        "INSERT INTO folders(account_id, kind, name, position) VALUES(?, 1, 'Inbox', ?)"));
    if (!q || !inbox) {
        return !q ? q.error() : inbox.error();
    }
    q.value()->bindValue(0, a.name);
    q.value()->bindValue(1, a.position);
    q.value()->bindValue(2, a.settings);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    a.id = q.value()->lastInsertId().toLongLong();
    inbox.value()->bindValue(0, a.id);
    inbox.value()->bindValue(1, a.position);
    if (const Status s = m_db.exec(*inbox.value()); !s) {
        return s.error();
    }
    a.inboxId = inbox.value()->lastInsertId().toLongLong();
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return a;
}

Status AccountStore::rename(qint64 id, const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return Error::make(ErrorCode::InvalidSetting, QStringLiteral("empty account name"));
    }
    return update(QStringLiteral("UPDATE accounts SET name = ? WHERE id = ?"), name, id);
}

Status AccountStore::setSettings(qint64 id, const QString& settings)
{
    return update(QStringLiteral("UPDATE accounts SET settings = ? WHERE id = ?"), settings, id);
}

Status AccountStore::setPosition(qint64 id, int position)
{
    return update(QStringLiteral("UPDATE accounts SET position = ? WHERE id = ?"), position, id);
}

Status AccountStore::setDestination(qint64 id, qint64 folderId)
{
    return update(QStringLiteral("UPDATE accounts SET destination_folder = ? WHERE id = ?"),
                  folderId > 0 ? QVariant(folderId) : QVariant(QMetaType(QMetaType::LongLong)), id);
}

Status AccountStore::remove(qint64 id)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    // Folders (and through them their messages) and UIDL records go by ON DELETE CASCADE; the
    // message triggers clean index rows, bytes and counters.
    const auto q = m_db.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, id);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<Account>> AccountStore::list()
{
    const auto q = m_db.prepare(
        QStringLiteral("SELECT a.id, a.name, a.position, a.settings, "
                       "(SELECT f.id FROM folders f WHERE f.kind = 1 AND f.account_id = a.id), "
                       "a.destination_folder FROM accounts a ORDER BY a.position, a.name"));
    if (!q) {
        return q.error();
    }
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    sql::Finisher finish(*q.value());
    QList<Account> out;
    while (q.value()->next()) {
        const QSqlQuery& r = *q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toInt(),
                    r.value(3).toString(), r.value(4).toLongLong(), r.value(5).toLongLong()});
    }
    if (const Status s = m_db.rowsEnded(*q.value()); !s) {
        return s.error();
    }
    return out;
}

Status AccountStore::update(const QString& sql, const QVariant& value, qint64 id)
{
    const auto q = m_db.prepare(sql);
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, value);
    q.value()->bindValue(1, id);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s;
    }
    if (q.value()->numRowsAffected() != 1) {
        return Error::make(ErrorCode::InvalidSetting, QStringLiteral("no such account"));
    }
    return Ok{};
}

} // namespace postbag::store
