// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/OutboxTypes.h"

#include <QList>

namespace postbag::store {

class Database;
class Transaction;

// Identities and the outgoing servers they send through. Why: a reply must go out from the right
// address through that account's own server, so both need a durable home beside the account.
// Guarantees: an account has at most one default identity, and the first identity it gets is the
// default; removing the default hands it to the account's next identity; an identity's server
// belongs to the same account (else InvalidSetting); removing a server leaves its identities
// without one, never with a dangling id; everything goes with its account.
class IdentityStore
{
public:
    explicit IdentityStore(Database& db) : m_db(db) {}

    [[nodiscard]] Result<qint64> create(const Identity& identity);
    [[nodiscard]] Status update(const Identity& identity); // by id; the account stays
    [[nodiscard]] Status remove(qint64 id);
    [[nodiscard]] Status setDefault(qint64 id);
    [[nodiscard]] Result<Identity> identity(qint64 id);
    // The account's identities, the default first, then by position and address.
    [[nodiscard]] Result<QList<Identity>> list(qint64 accountId);
    [[nodiscard]] Result<Identity> defaultOf(qint64 accountId);

    [[nodiscard]] Result<qint64> createServer(qint64 accountId, const QString& settings);
    [[nodiscard]] Status setServerSettings(qint64 id, const QString& settings);
    [[nodiscard]] Status removeServer(qint64 id);
    [[nodiscard]] Result<OutgoingServerRow> server(qint64 id);
    [[nodiscard]] Result<QList<OutgoingServerRow>> servers(qint64 accountId);

private:
    [[nodiscard]] Status checkServer(qint64 accountId, qint64 serverId);
    // Begins `tx` and reads the identity the change is about, as it is before it.
    [[nodiscard]] Result<Identity> beginChange(Transaction& tx, qint64 id);

    Database& m_db;
};

} // namespace postbag::store
