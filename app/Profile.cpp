// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Profile.h"

#include "core/common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace postbag::app {

namespace {
constexpr QLatin1String kDatabase("postbag.sqlite");
}

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool Profile::exists(const QString& dir)
{
    return QFileInfo::exists(QDir(dir.isEmpty() ? defaultDirectory() : dir).filePath(kDatabase));
}

Result<std::unique_ptr<Profile>>
Profile::open(const QString& dir, const std::function<bool(qint64, qint64)>& migrationProgress)
{
    auto profile = std::make_unique<Profile>();
    profile->m_dir = QDir(dir.isEmpty() ? defaultDirectory() : dir).absolutePath();
    // Mail is private: a profile folder made here, and the default one, are for their owner only.
    // A folder the user named that already exists keeps its permissions (it may be $HOME); what
    // Postbag puts in it is private all the same (the database makes its own file so).
    const bool ours = !QFileInfo::exists(profile->m_dir) || dir.isEmpty();
    if (!PrivateFiles::makeFolder(profile->m_dir) ||
        !PrivateFiles::makeFolder(profile->logDirectory()))
        return Error::make(ErrorCode::StorageFailed, QStringLiteral("cannot create ") + profile->m_dir);
    if (ours)
        QFile::setPermissions(profile->m_dir, PrivateFiles::kFolder);
    QFile::setPermissions(profile->logDirectory(), PrivateFiles::kFolder);
    if (!PrivateFiles::makeFile(profile->settingsFile()))
        return Error::make(ErrorCode::StorageFailed,
                           QStringLiteral("cannot create ") + profile->settingsFile());
    store::Database::Options options;
    options.migrationProgress = migrationProgress;
    auto db = store::Database::open(QDir(profile->m_dir).filePath(kDatabase), options);
    if (!db.ok())
        return db.error();
    profile->m_db = std::move(db).value();
    return profile;
}

} // namespace postbag::app
