// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mime/ParsedMessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

namespace postbag::mime {

// Turns raw RFC 5322 bytes into a ParsedMessage, using GMime for everything MIME. It exists so
// that the rest of Postbag never sees GMime and never has to handle a parse failure: every input,
// however hostile, yields a ParsedMessage (with warnings), within bounded time and memory.
// Stateless and thread-safe: several threads may parse different messages at the same time.
class MessageParser
{
public:
    static constexpr int MaxDepth = 32;                // MIME nesting levels walked
    static constexpr int MaxParts = 1000;              // MIME parts walked per message
    static constexpr qsizetype MaxTextChars = 4 << 20; // body text kept, over all parts
    static constexpr int MaxAddressesPerHeader = 1000;

    // Whether parse() keeps the decoded bytes of pictures with a Content-ID (Attachment::
    // pictureData), so that a reader shows a message's inline pictures from one parse.
    enum class Pictures
    {
        Skip,
        Keep
    };

    // receivedAt is used as the date when the Date header is missing or unusable.
    [[nodiscard]] static ParsedMessage parse(QByteArrayView raw, const QDateTime& receivedAt,
                                             Pictures pictures = Pictures::Skip);

    // The decoded bytes of one part, by the partPath a previous parse() reported (an Attachment's
    // partPath, a uuencoded block "1.u1", or a message/rfc822 part, which yields the whole inner
    // message). Fails with ErrorCode::MimeUnparseable when no such part exists.
    [[nodiscard]] static Result<QByteArray> attachmentData(QByteArrayView raw,
                                                           const QByteArray& partPath);
};

} // namespace postbag::mime
