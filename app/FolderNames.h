// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Output.h"
#include "core/store/Database.h"
#include "core/store/StoreTypes.h"

#include <QHash>
#include <QStringList>
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
    struct Match
    {
        qint64 id = 0;      // 0: no folder, or several
        QStringList others; // the paths `spec` could mean when it names several folders
    };
    // A folder by id, by path, or by name; an exact spelling before one that differs in case.
    // Never a guess: a spelling that fits several folders gives them all and no id.
    [[nodiscard]] Match match(const QString& spec) const;
    // match() for a command: prints the usage error (unknown or ambiguous) and sets the exit
    // code when there is no single folder.
    [[nodiscard]] std::optional<qint64> resolve(const QString& spec, Output& out, int& code) const;
};

} // namespace postbag::app
