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
    const auto id = sql::insert(
        m_db, QStringLiteral("INSERT INTO accounts(name, position, settings) VALUES(?,?,?)"),
        {a.name, a.position, a.settings});
    if (!id) {
        return id.error();
    }
    a.id = id.value();
    const auto inbox = sql::insert(m_db,
                                   QStringLiteral("INSERT INTO folders(account_id, kind, name, "
                                                  "position) VALUES(?, 1, 'Inbox', ?)"),
                                   {a.id, a.position});
    if (!inbox) {
        return inbox.error();
    }
    a.inboxId = inbox.value();
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
                  sql::idOrNull(folderId), id);
}

Status AccountStore::remove(qint64 id)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    // Folders (and through them their messages) and UIDL records go by ON DELETE CASCADE; the
    // message triggers clean index rows, bytes and counters.
    if (const Status s = sql::run(m_db, QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id});
        !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<Account>> AccountStore::list()
{
    return sql::rows(
        m_db,
        QStringLiteral("SELECT a.id, a.name, a.position, a.settings, "
                       "(SELECT f.id FROM folders f WHERE f.kind = 1 AND f.account_id = a.id), "
                       "a.destination_folder FROM accounts a ORDER BY a.position, a.name"),
        {}, [](const sql::Statement& r) {
            return Account{r.value(0).toLongLong(), r.value(1).toString(),
                           r.value(2).toInt(),      r.value(3).toString(),
                           r.value(4).toLongLong(), r.value(5).toLongLong()};
        });
}

Status AccountStore::update(const QString& statement, const QVariant& value, qint64 id)
{
    const auto changed = sql::change(m_db, statement, {value, id});
    if (!changed) {
        return changed.error();
    }
    if (changed.value() != 1) {
        return Error::make(ErrorCode::InvalidSetting, QStringLiteral("no such account"));
    }
    return Ok{};
}

} // namespace postbag::store
