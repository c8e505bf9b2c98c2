// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

namespace postbag {

// Files and folders that only their owner may read: the mail database and its journal files,
// the settings, the protocol logs. Why one place: the umask (often 022) would make each of them
// world-readable, whatever folder the profile is in (a `--profile` the user named may be open to
// others). Guarantees: a file made here is 0600 from its creation on, never readable by others
// even for a moment; an existing file is narrowed to 0600; a folder made here is 0700 (every
// missing level of it), while a folder that already exists keeps its permissions.
class PrivateFiles
{
public:
    static constexpr QFileDevice::Permissions kFile =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions kFolder = kFile | QFileDevice::ExeOwner;

    // Makes the folder and its missing parents; true when it is there afterwards.
    [[nodiscard]] static bool makeFolder(const QString& path);
    // Makes an empty file, or narrows the one there; true when it is private afterwards.
    [[nodiscard]] static bool makeFile(const QString& path);
    // Narrows the file if it is there (a database's -wal, -shm); true unless that failed.
    [[nodiscard]] static bool narrowIfPresent(const QString& path);
    // Opens `file` for writing (`mode` includes WriteOnly), made private as above.
    [[nodiscard]] static bool open(QFile& file, QIODevice::OpenMode mode);
};

} // namespace postbag
