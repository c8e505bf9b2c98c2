// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/StoreTypes.h"

#include <QList>

namespace postbag::store {

class Database;

// Account rows. Why: an account and its Inbox must appear together, and its settings blob needs a
// durable home next to the mail it describes. Guarantees: create() makes the account and its
// Inbox in one transaction; names are unique; the settings text is stored verbatim and never
// interpreted (core/account owns it; it must never hold a password). remove() deletes the
// account's folder tree with the messages in it and its UIDL records; messages the user filed in
// local folders stay, with no account of origin. A destination folder that is removed (or whose
// account is) turns back into the account's own Inbox, never into a dangling id.
class AccountStore
{
public:
    explicit AccountStore(Database& db) : m_db(db) {}

    [[nodiscard]] Result<Account> create(const QString& name, const QString& settings = {},
                                         int position = 0);
    [[nodiscard]] Status rename(qint64 id, const QString& name);
    [[nodiscard]] Status setSettings(qint64 id, const QString& settings);
    [[nodiscard]] Status setPosition(qint64 id, int position);
    // Where the account's new mail goes; 0: its own Inbox.
    [[nodiscard]] Status setDestination(qint64 id, qint64 folderId);
    [[nodiscard]] Status remove(qint64 id);
    [[nodiscard]] Result<QList<Account>> list(); // by position, then name

private:
    [[nodiscard]] Status update(const QString& statement, const QVariant& value, qint64 id);

    Database& m_db;
};

} // namespace postbag::store
