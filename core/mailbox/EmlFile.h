// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace postbag::mailbox {

// A single message file (.eml, also what "Save as" writes). Why a class for so little: the one
// rule - the file's bytes are the message, nothing added or removed - and the typed errors live
// here. Guarantees: read() returns the bytes unchanged (an empty file is refused as NotMailbox);
// write() replaces the file atomically (QSaveFile), so a full disk leaves no half-written file.
class EmlFile
{
public:
    [[nodiscard]] static Result<QByteArray> read(const QString& path);
    [[nodiscard]] static Status write(const QString& path, QByteArrayView raw);
};

} // namespace postbag::mailbox
