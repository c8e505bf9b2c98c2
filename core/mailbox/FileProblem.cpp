// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/FileProblem.h"

namespace postbag::mailbox {

namespace {

struct Name
{
    FileProblem problem;
    const char* code;
};

constexpr Name names[] = {
    {FileProblem::Missing, "FILE/MISSING"},        {FileProblem::Unreadable, "FILE/UNREADABLE"},
    {FileProblem::NotMailbox, "FILE/NOT-MAILBOX"}, {FileProblem::WriteFailed, "FILE/WRITE"},
    {FileProblem::DiskFull, "FILE/DISK-FULL"},
};

ErrorCode commonCode(FileProblem problem)
{
    switch (problem) {
    case FileProblem::NotMailbox:
        return ErrorCode::MimeUnparseable;
    case FileProblem::DiskFull:
        return ErrorCode::DiskFull;
    case FileProblem::None:
    case FileProblem::Missing:
    case FileProblem::Unreadable:
    case FileProblem::WriteFailed:
        break;
    }
    return ErrorCode::StorageFailed;
}

} // namespace

Error fileError(FileProblem problem, const QString& path, const QString& detail)
{
    Error e =
        Error::make(commonCode(problem), detail.isEmpty() ? path : QString(path + u": " + detail));
    for (const Name& n : names) {
        if (n.problem == problem) {
            e.responseCode = n.code;
        }
    }
    return e;
}

FileProblem problemOf(const Error& error)
{
    for (const Name& n : names) {
        if (error.responseCode == n.code) {
            return n.problem;
        }
    }
    return FileProblem::None;
}

Error writeError(const QFileDevice* device, const QString& path)
{
    const bool full = device && device->error() == QFileDevice::ResourceError;
    return fileError(full ? FileProblem::DiskFull : FileProblem::WriteFailed, path,
                     device ? device->errorString() : QString());
}

} // namespace postbag::mailbox
