// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/smtp/Reply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace postbag::smtp {

// The one reader of SMTP replies: bytes in, whole replies out, one at a time, so that the session
// can stop taking replies at any point (after the 220 to STARTTLS) and drop what is left.
// Guarantees: accepts CRLF and bare LF; a reply split across any read boundary is found the same;
// "250-" lines continue a reply and "250 " (or a bare "250") ends it; every line of a reply must
// carry the same code; a line longer than kMaxLineBytes or a reply longer than kMaxLines is a
// LineTooLong error, anything that is not a reply line a MalformedResponse, both with what the
// server said. After an error the reader keeps failing until reset().
class ReplyReader
{
public:
    // RFC 5321 section 4.5.3.1.5 allows 512 octets; servers that exceed it a little still work.
    static constexpr qsizetype kMaxLineBytes = 4096;
    static constexpr int kMaxLines = 1000;

    void feed(QByteArrayView bytes) { m_buffer.append(bytes); }
    // The next complete reply, nullopt while it is incomplete.
    [[nodiscard]] Result<std::optional<Reply>> take();
    // Drops everything buffered, whole lines and a partial one alike.
    void reset();
    [[nodiscard]] bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }
    [[nodiscard]] const QByteArray& bufferedBytes() const { return m_buffer; }
    // Lines of a multi-line reply have been read, its last has not.
    [[nodiscard]] bool inReply() const { return m_pending.has_value(); }

private:
    Result<std::optional<Reply>> fail(ErrorCode code, QByteArrayView said);

    QByteArray m_buffer;
    std::optional<Reply> m_pending;
    std::optional<Error> m_error;
};

} // namespace postbag::smtp
