// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/AccountRepository.h"

#include "core/account/CredentialStore.h"
#include "core/store/FolderStore.h"
#include "core/store/IdentityStore.h"
#include "core/store/MessageStore.h"
#include "core/store/Transaction.h"

#include <algorithm>

namespace postbag::account {

Result<AccountSettings> AccountRepository::add(AccountSettings settings,
                                               const std::optional<OutgoingServer>& outgoing)
{
    if (Status v = settings.validate(); !v.ok())
        return v.error();
    if (outgoing) {
        if (Status v = outgoing->validate(); !v.ok())
            return v.error();
        if (settings.address.trimmed().isEmpty())
            return Error::make(ErrorCode::InvalidSetting, QStringLiteral("address"));
    }
    store::Transaction tx(m_db);
    if (const Status s = tx.begin(); !s.ok())
        return s.error();
    auto created = m_store.create(settings.name, settings.toJson());
    if (!created.ok())
        return created.error();
    settings.id = created.value().id;
    if (settings.destinationFolderId != 0) {
        if (const Status s = m_store.setDestination(settings.id, settings.destinationFolderId); !s)
            return s.error();
    }
    if (const auto identity = followIdentity(AccountSettings{}, settings); !identity)
        return identity.error();
    if (outgoing) {
        if (const Status s = setOutgoingServer(settings.id, *outgoing); !s)
            return s.error();
    }
    if (const Status s = tx.commit(); !s.ok())
        return s.error();
    return settings;
}

Status AccountRepository::update(const AccountSettings& settings)
{
    if (Status v = settings.validate(); !v.ok())
        return v;
    store::Transaction tx(m_db);
    if (const Status s = tx.begin(); !s.ok())
        return s;
    auto current = byId(settings.id);
    if (!current.ok())
        return current.error();
    if (current.value().name != settings.name) {
        if (Status s = m_store.rename(settings.id, settings.name); !s.ok())
            return s;
    }
    if (Status s = m_store.setSettings(settings.id, settings.toJson()); !s.ok())
        return s;
    if (Status s = m_store.setDestination(settings.id, settings.destinationFolderId); !s.ok())
        return s;
    if (const auto identity = followIdentity(current.value(), settings); !identity)
        return identity.error();
    return tx.commit();
}

Result<qint64> AccountRepository::followIdentity(const AccountSettings& before,
                                                 const AccountSettings& after)
{
    store::IdentityStore identities(m_db);
    const auto all = identities.list(after.id);
    if (!all)
        return all.error();
    if (all->isEmpty()) {
        if (after.address.trimmed().isEmpty())
            return qint64(0);
        store::Identity identity;
        identity.accountId = after.id;
        identity.name = after.displayName;
        identity.address = after.address;
        identity.isDefault = true;
        return identities.create(identity);
    }
    store::Identity identity = all->first();
    bool changed = false;
    if (identity.name == before.displayName && identity.name != after.displayName) {
        identity.name = after.displayName;
        changed = true;
    }
    // Profiles from before identities got one without an address: it is the account's.
    if ((identity.address == before.address || identity.address.trimmed().isEmpty()) &&
        identity.address != after.address && !after.address.trimmed().isEmpty()) {
        identity.address = after.address;
        changed = true;
    }
    if (changed && !identity.address.trimmed().isEmpty()) {
        if (const Status s = identities.update(identity); !s)
            return s.error();
    }
    return identity.id;
}

Result<std::optional<OutgoingServer>> AccountRepository::outgoingServer(qint64 accountId,
                                                                        qint64 serverId)
{
    store::IdentityStore identities(m_db);
    if (serverId == 0) {
        const auto all = identities.list(accountId);
        if (!all)
            return all.error();
        if (all->isEmpty() || all->first().outgoingServerId == 0)
            return std::optional<OutgoingServer>();
        serverId = all->first().outgoingServerId;
    }
    const auto row = identities.server(serverId);
    if (!row)
        return row.error();
    if (row->accountId != accountId)
        return Error::make(ErrorCode::InvalidSetting,
                           QStringLiteral("the server belongs to another account"));
    auto server = OutgoingServer::fromJson(row->settings);
    if (!server)
        return server.error();
    return std::optional<OutgoingServer>(std::move(server).value());
}

Status AccountRepository::setOutgoingServer(qint64 accountId, const OutgoingServer& server)
{
    if (Status v = server.validate(); !v.ok())
        return v;
    store::Transaction tx(m_db);
    if (const Status s = tx.begin(); !s.ok())
        return s;
    const auto account = byId(accountId);
    if (!account)
        return account.error();
    const auto identityId = followIdentity(account.value(), account.value());
    if (!identityId)
        return identityId.error();
    if (identityId.value() == 0)
        return Error::make(ErrorCode::InvalidSetting, QStringLiteral("address"));
    store::IdentityStore identities(m_db);
    auto identity = identities.identity(identityId.value());
    if (!identity)
        return identity.error();
    if (identity->outgoingServerId != 0) {
        if (const Status s =
                identities.setServerSettings(identity->outgoingServerId, server.toJson());
            !s)
            return s;
    } else {
        const auto serverId = identities.createServer(accountId, server.toJson());
        if (!serverId)
            return serverId.error();
        identity->outgoingServerId = serverId.value();
        if (const Status s = identities.update(identity.value()); !s)
            return s;
    }
    return tx.commit();
}

Result<qint64> AccountRepository::remove(qint64 id, Messages messages)
{
    // One transaction: a sync of the account (another connection, another process) cannot
    // store a message between the move of its mail and the removal, which would delete it.
    store::Transaction tx(m_db);
    if (const Status s = tx.begin(); !s.ok())
        return s.error();
    auto account = byId(id);
    if (!account)
        return account.error();
    auto keptIn = keepMessages(account.value(), messages == Messages::Delete);
    if (!keptIn)
        return keptIn.error();
    if (const Status s = m_store.remove(id); !s)
        return s.error();
    if (const Status s = tx.commit(); !s.ok())
        return s.error();
    return keptIn.value();
}

Result<qint64> AccountRepository::keepMessages(const AccountSettings& account, bool othersOnly)
{
    // Moving first and removing after is safe at every step: if the process dies in between, the
    // mail sits in the new folder and the account is still there to be removed again.
    store::FolderStore folders(m_db);
    auto all = folders.list();
    if (!all)
        return all.error();
    QList<qint64> ids;
    store::MessageStore messages(m_db);
    for (const store::Folder& f : all.value()) {
        if (f.accountId != account.id)
            continue;
        auto inFolder = othersOnly ? messages.idsNotFrom(f.id, account.id) : messages.ids(f.id);
        if (!inFolder)
            return inFolder.error();
        ids += inFolder.value();
    }
    if (othersOnly && ids.isEmpty())
        return qint64(0);
    QString name = account.name;
    for (int n = 2; std::any_of(all->cbegin(), all->cend(),
                                [&](const store::Folder& f) {
                                    return f.parentId == 0 && f.accountId == 0 && f.name == name;
                                });
         ++n)
        name = account.name + QStringLiteral(" (%1)").arg(n);
    auto folder = folders.create(0, name);
    if (!folder)
        return folder.error();
    if (!ids.isEmpty()) {
        if (const Status s = messages.move(ids, folder.value()); !s)
            return s.error();
    }
    return folder.value();
}

Status AccountRepository::reorder(const QList<qint64>& ids)
{
    for (int i = 0; i < ids.size(); ++i) {
        if (Status s = m_store.setPosition(ids[i], i); !s)
            return s;
    }
    return Ok{};
}

Result<std::optional<AccountSettings>>
AccountRepository::sameMailbox(const AccountSettings& settings)
{
    auto all = list();
    if (!all) {
        return all.error();
    }
    for (const AccountSettings& a : all.value()) {
        if (a.id != settings.id && a.port == settings.port && a.username == settings.username &&
            a.host.compare(settings.host, Qt::CaseInsensitive) == 0) {
            return std::optional<AccountSettings>(a);
        }
    }
    return std::optional<AccountSettings>();
}

Result<bool> AccountRepository::keyringEntryShared(const AccountSettings& settings)
{
    auto all = list();
    if (!all) {
        return all.error();
    }
    const QString key = CredentialStore::keyFor(settings);
    for (const AccountSettings& a : all.value()) {
        if (a.id != settings.id && a.passwordSource == PasswordSource::Keyring &&
            CredentialStore::keyFor(a) == key) {
            return true;
        }
    }
    return false;
}

Result<QList<AccountSettings>> AccountRepository::list()
{
    auto rows = m_store.list();
    if (!rows.ok())
        return rows.error();
    QList<AccountSettings> out;
    for (const store::Account& row : rows.value()) {
        auto s = AccountSettings::fromJson(row.settings);
        if (!s.ok())
            return s.error();
        AccountSettings settings = std::move(s).value();
        settings.id = row.id;
        settings.name = row.name;
        settings.destinationFolderId = row.destinationId;
        out.append(settings);
    }
    return out;
}

Result<AccountSettings> AccountRepository::byName(const QString& name)
{
    auto all = list();
    if (!all.ok())
        return all.error();
    for (const AccountSettings& s : all.value()) {
        if (s.name == name)
            return s;
    }
    return Error::make(ErrorCode::InvalidSetting, QStringLiteral("no account named ") + name);
}

Result<AccountSettings> AccountRepository::byId(qint64 id)
{
    auto all = list();
    if (!all.ok())
        return all.error();
    for (const AccountSettings& s : all.value()) {
        if (s.id == id)
            return s;
    }
    return Error::make(ErrorCode::InvalidSetting, QStringLiteral("no account with id %1").arg(id));
}

Result<qint64> AccountRepository::inboxOf(const AccountSettings& settings)
{
    if (settings.destinationFolderId != 0)
        return settings.destinationFolderId;
    auto rows = m_store.list();
    if (!rows.ok())
        return rows.error();
    for (const store::Account& row : rows.value()) {
        if (row.id == settings.id)
            return row.inboxId;
    }
    return Error::make(ErrorCode::InvalidSetting, QStringLiteral("account has no inbox"));
}

} // namespace postbag::account
