// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

namespace postbag::mailbox {

// Buffered line access to a QIODevice with look-ahead, so that format readers can decide what a
// line means by peeking at the next ones without holding the whole file. Guarantees: lines are
// returned with their own line end ("\n" or "\r\n"; the last line of the input may have none),
// nothing is altered; memory stays at one read chunk plus the longest line looked at. Views stay
// valid only until the next call on the source.
class LineSource
{
public:
    explicit LineSource(QIODevice& device, qsizetype chunkSize = qsizetype(1) << 16);

    // The index-th line ahead (0 = the next one), or an empty view past the end.
    [[nodiscard]] QByteArrayView peekLine(int index = 0);
    // Consumes and returns the next line; empty at the end.
    [[nodiscard]] QByteArrayView takeLine();
    // Up to n bytes ahead, not consumed.
    [[nodiscard]] QByteArrayView peek(qsizetype n);
    // Consumes n bytes (at most what is available).
    void skip(qsizetype n);

    [[nodiscard]] bool atEnd();
    // Bytes consumed so far.
    [[nodiscard]] qint64 position() const { return m_consumed; }
    // True once a read from the device failed (the device's errorString() says why).
    [[nodiscard]] bool failed() const { return m_failed; }

private:
    // Makes at least `bytes` bytes past m_pos available, or all that is left.
    void fill(qsizetype bytes);
    // End (exclusive, relative to m_pos) of the line starting at `from`, reading more as needed.
    [[nodiscard]] qsizetype lineEnd(qsizetype from);

    QIODevice& m_device;
    qsizetype m_chunk;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_failed = false;
};

} // namespace postbag::mailbox
