// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/account/OutgoingServer.h"
#include "core/store/AccountStore.h"

#include <QList>
#include <optional>

namespace postbag::account {

// Typed accounts on top of the store's account rows. Why: the store keeps settings as opaque text
// next to the mail; this is the one place that knows what that text means.
// Guarantees: settings are validated before they are written; names stay unique; an account with
// an address has a default identity carrying its display name and address (kept in step when
// update() changes them, unless the user gave the identity other values), and its outgoing server
// is that identity's, written together with it.
class AccountRepository
{
public:
    explicit AccountRepository(store::Database& db) : m_db(db), m_store(db) {}

    // Saves a new account; returns it with its id and creates its Inbox and, in the same
    // transaction, its default identity (when it has an address) with `outgoing` as that
    // identity's server (an outgoing server needs an address: else InvalidSetting "address").
    [[nodiscard]] Result<AccountSettings> add(AccountSettings settings,
                                              const std::optional<OutgoingServer>& outgoing = {});
    [[nodiscard]] Status update(const AccountSettings& settings);
    // The outgoing server `serverId` of the account, or with 0 its default identity's; nullopt
    // when it has none (profiles from before sending, an account without an address).
    [[nodiscard]] Result<std::optional<OutgoingServer>> outgoingServer(qint64 accountId,
                                                                       qint64 serverId = 0);
    // Saves the default identity's outgoing server, creating the identity (from the account's
    // address) and the server when there is none yet.
    [[nodiscard]] Status setOutgoingServer(qint64 accountId, const OutgoingServer& server);
    enum class Messages
    {
        Delete,
        Keep
    };
    // Removes the account, its folders and its seen-UIDL records. With Messages::Keep its mail
    // first moves to a new local folder named after the account, whose id is returned. With
    // Messages::Delete only what the account downloaded goes: other mail in its folders (another
    // account's that delivers there, local mail filed there) moves to that folder too, whose id
    // is returned when there was any (else 0).
    [[nodiscard]] Result<qint64> remove(qint64 id, Messages messages = Messages::Delete);
    // Gives the accounts the order of `ids` (the folder pane and the unified inbox follow it).
    [[nodiscard]] Status reorder(const QList<qint64>& ids);
    [[nodiscard]] Result<QList<AccountSettings>> list();
    [[nodiscard]] Result<AccountSettings> byName(const QString& name);
    [[nodiscard]] Result<AccountSettings> byId(qint64 id);
    // Another account on the same mailbox (user name, host and port; `settings.id` excluded).
    [[nodiscard]] Result<std::optional<AccountSettings>>
    sameMailbox(const AccountSettings& settings);
    // Whether another account keeps its password in the same keyring entry as `settings` (then
    // erasing that entry would lock the other account out).
    [[nodiscard]] Result<bool> keyringEntryShared(const AccountSettings& settings);
    // The folder new mail of this account goes to: its destination, or its own Inbox.
    [[nodiscard]] Result<qint64> inboxOf(const AccountSettings& settings);

private:
    // `othersOnly`: only messages the account did not download; no folder when there are none.
    [[nodiscard]] Result<qint64> keepMessages(const AccountSettings& account, bool othersOnly);
    // Gives the default identity the account's name and address where it still had `before`'s;
    // creates it when there is none and the account now has an address. Returns its id (0: none).
    [[nodiscard]] Result<qint64> followIdentity(const AccountSettings& before,
                                                const AccountSettings& after);

    store::Database& m_db;
    store::AccountStore m_store;
};

} // namespace postbag::account
