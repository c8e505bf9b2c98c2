// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Output.h"
#include "core/store/Database.h"
#include "core/store/StoreTypes.h"

#include <QHash>
#include <optional>

namespace postbag::app {

// Folder and account names as the command line shows and accepts them ("Work/Inbox",
// "Archive", "Projects/2026", or a folder id), read once per command.
struct FolderNames
{
    QHash<qint64, store::Folder> folders;
    QHash<qint64, QString> accounts;

    // Prints the error and sets the exit code when the store cannot be read.
    bool load(store::Database& db, Output& out, int& code);
    [[nodiscard]] QString path(qint64 id) const;
    // A folder by id, by path, or by a name that is unique.
    [[nodiscard]] std::optional<qint64> find(const QString& spec) const;
};

} // namespace postbag::app
