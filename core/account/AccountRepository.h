// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/store/AccountStore.h"

#include <QList>

namespace postbag::account {

// Typed accounts on top of the store's account rows. Why: the store keeps settings as opaque text
// next to the mail; this is the one place that knows what that text means.
// Guarantees: settings are validated before they are written; names stay unique.
class AccountRepository
{
public:
    explicit AccountRepository(store::Database& db) : m_store(db) {}

    // Saves a new account; returns it with its id and creates its Inbox.
    [[nodiscard]] Result<AccountSettings> add(AccountSettings settings);
    [[nodiscard]] Status update(const AccountSettings& settings);
    [[nodiscard]] Status remove(qint64 id);
    [[nodiscard]] Result<QList<AccountSettings>> list();
    [[nodiscard]] Result<AccountSettings> byName(const QString& name);
    [[nodiscard]] Result<AccountSettings> byId(qint64 id);
    // The folder new mail of this account goes to: its destination, or its own Inbox.
    [[nodiscard]] Result<qint64> inboxOf(const AccountSettings& settings);

private:
    store::AccountStore m_store;
};

} // namespace postbag::account
