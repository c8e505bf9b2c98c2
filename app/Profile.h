// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Database.h"

#include <functional>
#include <memory>

namespace postbag::app {

// A profile is one folder: the mail database, its settings and the protocol logs; all of them
// private to their owner (PrivateFiles). Backing up the folder backs
// up everything but the passwords (those live in the keyring).
class Profile
{
public:
    // `dir` empty: the XDG data location (~/.local/share/Postbag/postbag).
    // Opens the profile, making it when it does not exist yet. `migrationProgress` is told how far
    // an older profile's long migration work has come (store::Database::Options).
    [[nodiscard]] static Result<std::unique_ptr<Profile>>
    open(const QString& dir,
         const std::function<bool(qint64 done, qint64 total)>& migrationProgress = {});
    // Whether `dir` holds a profile (commands that only read must not make one at a typo).
    [[nodiscard]] static bool exists(const QString& dir);
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] store::Database& db() { return *m_db; }
    [[nodiscard]] QString directory() const { return m_dir; }
    [[nodiscard]] QString logDirectory() const { return m_dir + QStringLiteral("/logs"); }
    // The profile's own settings (remote content decisions, search history), private like the mail.
    [[nodiscard]] QString settingsFile() const { return m_dir + QStringLiteral("/postbag.ini"); }

private:
    QString m_dir;
    std::unique_ptr<store::Database> m_db;
};

} // namespace postbag::app
