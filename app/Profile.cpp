// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Profile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace postbag::app {

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<Profile>> Profile::open(const QString& dir)
{
    auto profile = std::make_unique<Profile>();
    profile->m_dir = QDir(dir.isEmpty() ? defaultDirectory() : dir).absolutePath();
    if (!QDir().mkpath(profile->m_dir))
        return Error::make(ErrorCode::StorageFailed, QStringLiteral("cannot create ") + profile->m_dir);
    // Mail is private: the profile folder is readable by its owner only.
    QFile::setPermissions(profile->m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto db = store::Database::open(profile->m_dir + QStringLiteral("/postbag.sqlite"));
    if (!db.ok())
        return db.error();
    profile->m_db = std::move(db).value();
    return profile;
}

} // namespace postbag::app
