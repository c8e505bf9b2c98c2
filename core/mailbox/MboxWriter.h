// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QIODevice>

namespace postbag::mailbox {

// Writes messages to an mbox in mboxrd form, streaming (one message in memory at a time).
// Why mboxrd: it is the only variant that is lossless and that Thunderbird, mutt and Python read.
// Per message: its From_ line (the one it was imported with, else "From <sender or MAILER-DAEMON>
// <asctime UTC date>"), the message with '>' added to every line matching ^>*From , then one
// blank line. A message not ending with a line end gets one first, so the separator is a real
// blank line (RFC 4155; this is also how the shared corpus file was written); reading the file
// back then yields the message plus that line end - an mbox cannot hold a last line without one.
// Line ends follow the message: the From_ line and the blank line are CRLF when the message's
// first line ends in CRLF. Guarantees: MboxReader(MboxRd) gives back exactly the bytes written
// (except for that added line end); a failed write is reported, DiskFull when the device says so.
class MboxWriter
{
public:
    explicit MboxWriter(QIODevice& device) : m_device(device) {}

    // fromLine without its line end; one that does not start with "From " or spans lines is
    // replaced by "From MAILER-DAEMON Thu Jan  1 00:00:00 1970".
    [[nodiscard]] Status write(QByteArrayView raw, QByteArrayView fromLine);
    [[nodiscard]] Status write(QByteArrayView raw, QByteArrayView sender, const QDateTime& date);

    [[nodiscard]] qint64 bytesWritten() const { return m_written; }
    [[nodiscard]] int messagesWritten() const { return m_messages; }

    // The mboxrd-quoted form of `raw` (exposed for tests).
    [[nodiscard]] static QByteArray quoted(QByteArrayView raw);

private:
    [[nodiscard]] Status put(QByteArrayView bytes);

    QIODevice& m_device;
    qint64 m_written = 0;
    int m_messages = 0;
};

} // namespace postbag::mailbox
