// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QFileDevice>
#include <QString>

namespace postbag::mailbox {

// What went wrong with a mailbox file, as a type. Why: "the file is missing", "this is not an
// mbox" and "the disk is full" need different answers in the UI, yet core/common's ErrorCode has
// no file codes. Guarantee: every error made here is a postbag::Error whose code is the nearest
// common code (StorageFailed, MimeUnparseable, DiskFull) and whose responseCode carries the exact
// problem ("FILE/MISSING"...), the way an RFC 2449 code refines -ERR; problemOf() reads it back.
enum class FileProblem
{
    None,       // not a file problem (or no error)
    Missing,    // the path does not exist
    Unreadable, // exists but cannot be opened or read
    NotMailbox, // a file or directory that is not in the format asked for
    WriteFailed,
    DiskFull,
};

[[nodiscard]] Error fileError(FileProblem problem, const QString& path, const QString& detail = {});
[[nodiscard]] FileProblem problemOf(const Error& error);
// The problem behind a failed write on `device`: DiskFull for ENOSPC (Qt reports ResourceError),
// WriteFailed otherwise.
[[nodiscard]] Error writeError(const QFileDevice* device, const QString& path);

} // namespace postbag::mailbox
