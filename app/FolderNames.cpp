// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/FolderNames.h"

#include "core/account/AccountRepository.h"
#include "core/store/FolderStore.h"

namespace postbag::app {

bool FolderNames::load(store::Database& db, Output& out, int& code)
{
    auto f = store::FolderStore(db).list();
    auto a = account::AccountRepository(db).list();
    if (!f.ok() || !a.ok()) {
        code = out.fail(!f.ok() ? f.error() : a.error());
        return false;
    }
    for (const store::Folder& folder : f.value())
        folders.insert(folder.id, folder);
    for (const account::AccountSettings& acc : a.value())
        accounts.insert(acc.id, acc.name);
    return true;
}

QString FolderNames::path(qint64 id) const
{
    const store::Folder f = folders.value(id);
    QString name = f.kind == store::FolderKind::Inbox ? accounts.value(f.accountId) + QStringLiteral("/Inbox") : f.name;
    return f.parentId ? path(f.parentId) + u'/' + name : name;
}

std::optional<qint64> FolderNames::find(const QString& spec) const
{
    bool isNumber = false;
    const qint64 id = spec.toLongLong(&isNumber);
    if (isNumber && folders.contains(id))
        return id;
    QList<qint64> byName;
    for (const store::Folder& f : folders) {
        if (path(f.id).compare(spec, Qt::CaseInsensitive) == 0)
            return f.id;
        if (f.name.compare(spec, Qt::CaseInsensitive) == 0)
            byName.append(f.id);
    }
    if (byName.size() == 1)
        return byName.first();
    return std::nullopt;
}

} // namespace postbag::app
