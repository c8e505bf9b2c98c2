// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/EmlFile.h"

#include "core/mailbox/FileProblem.h"
#include "core/mailbox/MaildirReader.h"

#include <QFileInfo>
#include <QSaveFile>

namespace postbag::mailbox {

Result<QByteArray> EmlFile::read(const QString& path)
{
    if (QFileInfo(path).isDir()) {
        return fileError(FileProblem::NotMailbox, path, QStringLiteral("a directory"));
    }
    auto bytes = MaildirReader::read(path);
    if (bytes && bytes->isEmpty()) {
        return fileError(FileProblem::NotMailbox, path, QStringLiteral("empty file"));
    }
    return bytes;
}

Status EmlFile::write(const QString& path, QByteArrayView raw)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return writeError(&file, path);
    }
    if (file.write(raw.data(), raw.size()) != raw.size()) {
        const Error e = writeError(&file, path);
        file.cancelWriting();
        return e;
    }
    if (!file.commit()) {
        return writeError(&file, path);
    }
    return Ok{};
}

} // namespace postbag::mailbox
