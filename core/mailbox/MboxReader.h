// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mailbox/FileProblem.h"
#include "core/mailbox/LineSource.h"
#include "core/mailbox/MboxMessage.h"

#include <QIODevice>
#include <optional>

namespace postbag::mailbox {

// Streams the messages of an mbox file one at a time, so a multi-gigabyte file never sits in
// memory (only the current message and one read chunk do).
//
// Where a message ends (Thunderbird's MboxParser and mutt's is_from() combined, so that files
// written by Netscape without blank lines between messages are read too): a line starting with
// "From " is a separator at the start of the file, or when two header fields follow it, or when
// it is a well-formed From_ line with a date and what follows can start a message (a header
// field, a blank line, the end of the file). So "From Russia with love" inside a body stays body
// text even after a blank line, unquoted mboxo bodies survive,
// and no blank line before a separator is required. The blank line before a separator (or at the
// end of the file) belongs to the mbox, not the message, and is removed: one "\n" or "\r\n". A
// last message without a final newline is returned as it is. A UTF-8 byte order mark before the
// first From_ line is skipped. Lines keep their own line ends (CRLF files stay CRLF).
//
// Guarantees: raw bytes are never altered except for removing the From_ line, the separator blank
// line and one '>' of quoting as the variant says (see MboxVariant); an empty input is an empty
// mbox; a non-empty input that does not start with a From_ line is refused with
// FileProblem::NotMailbox; a read failure is FileProblem::Unreadable, never a short message.
class MboxReader
{
public:
    // chunkSize: bytes per device read (tests use tiny ones to split lines across reads).
    explicit MboxReader(QIODevice& device, MboxVariant variant = MboxVariant::MboxRd,
                        qsizetype chunkSize = qsizetype(1) << 16);

    // The next message; std::nullopt at the end of the file.
    [[nodiscard]] Result<std::optional<MboxMessage>> next();
    // Bytes of the file consumed so far (for progress).
    [[nodiscard]] qint64 position() const { return m_source.position(); }

private:
    [[nodiscard]] bool separatorAhead();
    // Reads the header block and, when Content-Length can be trusted, the body. False when the
    // rest of the message still has to be found by scanning.
    [[nodiscard]] bool readByContentLength(QByteArray& raw);
    void append(QByteArray& raw, QByteArrayView line);
    [[nodiscard]] Error problem(FileProblem kind) const;

    QIODevice& m_device;
    LineSource m_source;
    MboxVariant m_variant;
    bool m_started = false;
    qsizetype m_lastLine = -1; // where the last appended line starts in the current raw
};

} // namespace postbag::mailbox
