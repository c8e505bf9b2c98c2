// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/IdentityStore.h"

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

const QString kIdentityColumns = QStringLiteral(
    "id, account_id, name, address, reply_to, signature, outgoing_server_id, is_default, position");

Identity readIdentity(const sql::Statement& r)
{
    return Identity{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                    r.value(3).toString(),   r.value(4).toString(),   r.value(5).toString(),
                    r.value(6).toLongLong(), r.value(7).toBool(),     r.value(8).toInt()};
}

OutgoingServerRow readServer(const sql::Statement& r)
{
    return OutgoingServerRow{r.value(0).toLongLong(), r.value(1).toLongLong(),
                             r.value(2).toString()};
}

} // namespace

Result<qint64> IdentityStore::create(const Identity& identity)
{
    if (identity.address.trimmed().isEmpty()) {
        return invalid(QStringLiteral("identity without an address"));
    }
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s.error();
    }
    if (const Status s = checkServer(identity.accountId, identity.outgoingServerId); !s) {
        return s.error();
    }
    const auto existing = sql::firstRow(
        m_db, QStringLiteral("SELECT 1 FROM identities WHERE account_id = ? AND is_default = 1"),
        {identity.accountId}, [](const sql::Statement&) { return true; });
    if (!existing) {
        return existing.error();
    }
    const bool makeDefault = identity.isDefault || !existing->has_value();
    if (makeDefault) {
        if (const Status s = sql::run(
                m_db, QStringLiteral("UPDATE identities SET is_default = 0 WHERE account_id = ?"),
                {identity.accountId});
            !s) {
            return s.error();
        }
    }
    const auto id = sql::insert(
        m_db,
        QStringLiteral("INSERT INTO identities(account_id, name, address, reply_to, signature, "
                       "outgoing_server_id, is_default, position) VALUES(?,?,?,?,?,?,?,?)"),
        {identity.accountId, sql::text(identity.name), identity.address,
         sql::text(identity.replyTo), sql::text(identity.signature),
         sql::idOrNull(identity.outgoingServerId), makeDefault ? 1 : 0, identity.position});
    if (!id) {
        return id.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return id.value();
}

Status IdentityStore::update(const Identity& identity)
{
    if (identity.address.trimmed().isEmpty()) {
        return invalid(QStringLiteral("identity without an address"));
    }
    Transaction tx(m_db);
    const auto current = beginChange(tx, identity.id);
    if (!current) {
        return current.error();
    }
    if (const Status s = checkServer(current->accountId, identity.outgoingServerId); !s) {
        return s;
    }
    if (const Status s = sql::run(
            m_db,
            QStringLiteral("UPDATE identities SET name = ?, address = ?, reply_to = ?, "
                           "signature = ?, outgoing_server_id = ?, position = ? WHERE id = ?"),
            {sql::text(identity.name), identity.address, sql::text(identity.replyTo),
             sql::text(identity.signature), sql::idOrNull(identity.outgoingServerId),
             identity.position, identity.id});
        !s) {
        return s;
    }
    if (identity.isDefault && !current->isDefault) {
        if (const Status s = setDefault(identity.id); !s) {
            return s;
        }
    }
    return tx.commit();
}

Status IdentityStore::remove(qint64 id)
{
    Transaction tx(m_db);
    const auto current = beginChange(tx, id);
    if (!current) {
        return current.error();
    }
    if (const Status s =
            sql::run(m_db, QStringLiteral("DELETE FROM identities WHERE id = ?"), {id});
        !s) {
        return s;
    }
    if (current->isDefault) {
        if (const Status s = sql::run(
                m_db,
                QStringLiteral("UPDATE identities SET is_default = 1 WHERE id = (SELECT id FROM "
                               "identities WHERE account_id = ? ORDER BY position, address, id "
                               "LIMIT 1)"),
                {current->accountId});
            !s) {
            return s;
        }
    }
    return tx.commit();
}

Status IdentityStore::setDefault(qint64 id)
{
    Transaction tx(m_db);
    const auto current = beginChange(tx, id);
    if (!current) {
        return current.error();
    }
    if (const Status s = sql::run(
            m_db,
            QStringLiteral("UPDATE identities SET is_default = 0 WHERE account_id = ? AND id <> ?"),
            {current->accountId, id});
        !s) {
        return s;
    }
    if (const Status s = sql::run(
            m_db, QStringLiteral("UPDATE identities SET is_default = 1 WHERE id = ?"), {id});
        !s) {
        return s;
    }
    return tx.commit();
}

Result<Identity> IdentityStore::beginChange(Transaction& tx, qint64 id)
{
    if (const Status s = tx.begin(); !s) {
        return s.error();
    }
    return identity(id);
}

Result<Identity> IdentityStore::identity(qint64 id)
{
    return sql::oneRow(
        m_db, QStringLiteral("SELECT %1 FROM identities WHERE id = ?").arg(kIdentityColumns), {id},
        readIdentity, invalid(QStringLiteral("no such identity")));
}

Result<QList<Identity>> IdentityStore::list(qint64 accountId)
{
    return sql::rows(m_db,
                     QStringLiteral("SELECT %1 FROM identities WHERE account_id = ? "
                                    "ORDER BY is_default DESC, position, address, id")
                         .arg(kIdentityColumns),
                     {accountId}, readIdentity);
}

Result<Identity> IdentityStore::defaultOf(qint64 accountId)
{
    return sql::oneRow(
        m_db,
        QStringLiteral("SELECT %1 FROM identities WHERE account_id = ? AND is_default = 1")
            .arg(kIdentityColumns),
        {accountId}, readIdentity, invalid(QStringLiteral("the account has no identity")));
}

Result<qint64> IdentityStore::createServer(qint64 accountId, const QString& settings)
{
    return sql::insert(
        m_db, QStringLiteral("INSERT INTO outgoing_servers(account_id, settings) VALUES(?,?)"),
        {accountId, sql::text(settings)});
}

Status IdentityStore::setServerSettings(qint64 id, const QString& settings)
{
    const auto changed =
        sql::change(m_db, QStringLiteral("UPDATE outgoing_servers SET settings = ? WHERE id = ?"),
                    {sql::text(settings), id});
    if (!changed) {
        return changed.error();
    }
    return changed.value() == 1 ? Status(Ok{}) : invalid(QStringLiteral("no such server"));
}

Status IdentityStore::removeServer(qint64 id)
{
    return sql::run(m_db, QStringLiteral("DELETE FROM outgoing_servers WHERE id = ?"), {id});
}

Result<OutgoingServerRow> IdentityStore::server(qint64 id)
{
    return sql::oneRow(
        m_db, QStringLiteral("SELECT id, account_id, settings FROM outgoing_servers WHERE id = ?"),
        {id}, readServer, invalid(QStringLiteral("no such server")));
}

Result<QList<OutgoingServerRow>> IdentityStore::servers(qint64 accountId)
{
    return sql::rows(m_db,
                     QStringLiteral("SELECT id, account_id, settings FROM outgoing_servers "
                                    "WHERE account_id = ? ORDER BY id"),
                     {accountId}, readServer);
}

Status IdentityStore::checkServer(qint64 accountId, qint64 serverId)
{
    if (serverId == 0) {
        return Ok{};
    }
    const auto row = server(serverId);
    if (!row) {
        return row.error();
    }
    return row->accountId == accountId
               ? Status(Ok{})
               : invalid(QStringLiteral("the server belongs to another account"));
}

} // namespace postbag::store
