// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/AccountRepository.h"

namespace postbag::account {

Result<AccountSettings> AccountRepository::add(AccountSettings settings)
{
    if (Status v = settings.validate(); !v.ok())
        return v.error();
    auto created = m_store.create(settings.name, settings.toJson());
    if (!created.ok())
        return created.error();
    settings.id = created.value().id;
    return settings;
}

Status AccountRepository::update(const AccountSettings& settings)
{
    if (Status v = settings.validate(); !v.ok())
        return v;
    auto current = byId(settings.id);
    if (!current.ok())
        return current.error();
    if (current.value().name != settings.name) {
        if (Status s = m_store.rename(settings.id, settings.name); !s.ok())
            return s;
    }
    return m_store.setSettings(settings.id, settings.toJson());
}

Status AccountRepository::remove(qint64 id)
{
    return m_store.remove(id);
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
