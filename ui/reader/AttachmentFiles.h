// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace postbag::ui {

// Where an attachment lands on disk. Why: the file name comes from the sender, who may write
// "../../.bashrc", control characters, a right-to-left override or a 5,000-character name.
// Guarantees: safeFileName() returns one plain path component - no separators, no "." or "..",
// no control or format characters, no leading dot or trailing dot/space, not a reserved device
// name, at most kMaxBytes of UTF-8 with the extension kept, never empty. saveInto() writes only
// inside `folder` and never replaces an existing file: the name gets " (1)", " (2)" ... and the
// file is created exclusively (O_EXCL), so a file or link appearing meanwhile is not followed.
class AttachmentFiles
{
public:
    static constexpr int kMaxBytes = 200;

    [[nodiscard]] static QString safeFileName(const QString& proposed);
    // "name (n).ext" for n >= 1.
    [[nodiscard]] static QString numbered(const QString& fileName, int n);
    // Returns the absolute path written.
    [[nodiscard]] static Result<QString> saveInto(const QString& folder, const QString& proposed,
                                                  const QByteArray& data);
    // Types a desktop may execute when "opened" (by extension); they are only saved.
    [[nodiscard]] static bool isRiskyToOpen(const QString& fileName);

    // What opening an attachment with the desktop's default application would do. A web page
    // opens in a browser, which loads its remote pictures (a tracking pixel) and runs its
    // scripts; a file without an extension is opened by whatever its bytes look like. Only
    // documents, pictures, audio and video open (an allow-list); any other type is SaveOnly.
    enum class OpenVerdict
    {
        Open,
        Program,
        WebPage,
        Unknown,
        SaveOnly
    };
    // `fileName` is a safeFileName(); `mimeType` the type the message declares.
    [[nodiscard]] static OpenVerdict openVerdict(const QString& fileName, const QString& mimeType);
    // The name to open it under: `fileName`, with the declared type's usual extension when it
    // has none (so the desktop goes by the declared type, not by sniffing the bytes).
    [[nodiscard]] static QString nameForOpening(const QString& fileName, const QString& mimeType);
};

} // namespace postbag::ui
