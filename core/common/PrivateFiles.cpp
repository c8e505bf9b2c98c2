// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace postbag {

bool PrivateFiles::makeFolder(const QString& path)
{
    QString existing = QDir::cleanPath(QDir(path).absolutePath());
    QStringList missing;
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).path();
        if (parent == existing)
            return false;
        missing.prepend(QFileInfo(existing).fileName());
        existing = parent;
    }
    if (!QFileInfo(existing).isDir())
        return false;
    QDir dir(existing);
    for (const QString& name : std::as_const(missing)) {
        // A folder made meanwhile by another process is fine; it must be a folder, though.
        if (!dir.mkdir(name, kFolder) && !QFileInfo(dir.filePath(name)).isDir())
            return false;
        if (!dir.cd(name))
            return false;
    }
    return true;
}

bool PrivateFiles::makeFile(const QString& path)
{
    QFile file(path);
    return open(file, QIODevice::WriteOnly | QIODevice::Append);
}

bool PrivateFiles::narrowIfPresent(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    return (info.permissions() & ~(kFile | QFileDevice::ReadUser | QFileDevice::WriteUser)) == 0 ||
           QFile::setPermissions(path, kFile);
}

bool PrivateFiles::open(QFile& file, QIODevice::OpenMode mode)
{
    // Qt gives `kFile` to a file this call creates (open(2) with O_CREAT and that mode).
    if (!file.open(mode, kFile))
        return false;
    if ((file.permissions() & ~(kFile | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0 &&
        !file.setPermissions(kFile)) {
        file.close();
        return false;
    }
    return true;
}

} // namespace postbag
