// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/FolderNames.h"

#include "core/account/AccountRepository.h"
#include "core/store/FolderStore.h"

#include <QCoreApplication>
#include <functional>

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

FolderNames::Match FolderNames::match(const QString& spec) const
{
    bool isNumber = false;
    const qint64 id = spec.toLongLong(&isNumber);
    if (isNumber && folders.contains(id))
        return {id, {}};
    // Tiers, most precise first; the first tier with any folder in it decides.
    const std::function<bool(const store::Folder&)> tiers[] = {
        [&](const store::Folder& f) { return path(f.id) == spec; },
        [&](const store::Folder& f) { return path(f.id).compare(spec, Qt::CaseInsensitive) == 0; },
        [&](const store::Folder& f) { return f.name == spec; },
        [&](const store::Folder& f) { return f.name.compare(spec, Qt::CaseInsensitive) == 0; },
    };
    for (const auto& fits : tiers) {
        QList<qint64> found;
        for (const store::Folder& f : folders) {
            if (fits(f))
                found.append(f.id);
        }
        if (found.size() == 1)
            return {found.first(), {}};
        if (found.size() > 1) {
            QStringList paths;
            for (const qint64 f : std::as_const(found))
                paths.append(path(f) + QStringLiteral(" (") + QString::number(f) + u')');
            paths.sort();
            return {0, paths};
        }
    }
    return {};
}

std::optional<qint64> FolderNames::resolve(const QString& spec, Output& out, int& code) const
{
    const Match m = match(spec);
    if (m.id > 0)
        return m.id;
    if (m.others.isEmpty()) {
        code = out.usage(
            QCoreApplication::translate("postbag::app", "no folder '%1' (see 'postbag folders')")
                .arg(spec));
    } else {
        code = out.usage(
            QCoreApplication::translate(
                "postbag::app", "'%1' could be any of: %2; give the path or the id in brackets")
                .arg(spec, m.others.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

} // namespace postbag::app
