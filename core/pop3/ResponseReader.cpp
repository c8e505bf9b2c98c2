// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/ResponseReader.h"

#include <cstring>

namespace postbag::pop3 {

namespace {
QByteArrayView chompEol(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool startsWithNoCase(QByteArrayView s, QByteArrayView prefix)
{
    return s.size() >= prefix.size() && s.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

qsizetype findNewline(QByteArrayView data, qsizetype from)
{
    const void* p = std::memchr(data.data() + from, '\n', size_t(data.size() - from));
    return p ? static_cast<const char*>(p) - data.data() : -1;
}
} // namespace

void ResponseReader::expect(Shape shape)
{
    m_shape = shape;
    m_expecting = true;
    if (!m_buffer.isEmpty() && m_state == State::Idle) {
        QByteArray pending;
        pending.swap(m_buffer);
        feed(pending);
    }
}

void ResponseReader::reset()
{
    m_buffer.clear();
    m_state = State::Idle;
    m_expecting = false;
    m_atLineStart = true;
    m_skippingOverlong = false;
}

void ResponseReader::feed(QByteArrayView data)
{
    if (m_state == State::Failed)
        return;
    if (m_buffer.isEmpty()) {
        const qsizetype used = process(data);
        if (m_state != State::Failed && used < data.size())
            m_buffer = data.sliced(used).toByteArray();
        return;
    }
    // Bytes left from an earlier read (a partial line, or a "." / ".\r" at a line start that may
    // be the terminator) are joined with the new data. The buffer is grown in place and handed
    // back by swap, so a line that arrives one byte per read costs linear, not quadratic, time.
    QByteArray work;
    work.swap(m_buffer);
    work.append(data);
    const qsizetype used = process(work);
    if (m_state == State::Failed)
        return;
    if (used == 0)
        m_buffer.swap(work);
    else if (used < work.size())
        m_buffer = work.sliced(used);
}

qsizetype ResponseReader::process(QByteArrayView data)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (m_state == State::Failed)
            return pos;
        if (m_state == State::Idle) {
            if (!m_expecting) {
                // Bytes nobody asked for: keep a little (the answer may just be early), but a
                // server that floods us unasked is not speaking POP3.
                if (data.size() - pos > kMaxStatusLine) {
                    m_state = State::Failed;
                    m_handler.onProtocolError(ErrorCode::MalformedResponse, data.sliced(pos, 80));
                }
                return pos;
            }
            m_expecting = false;
            m_state = State::StatusLine;
        }
        const QByteArrayView rest = data.sliced(pos);
        qsizetype used = 0;
        switch (m_state) {
        case State::StatusLine:
            used = consumeStatus(rest);
            break;
        case State::DataLines:
            used = consumeDataLines(rest);
            break;
        case State::Body:
            used = consumeBody(rest);
            break;
        case State::Idle:
        case State::Done:
        case State::Failed:
            return pos;
        }
        if (used == 0)
            return pos; // not enough for progress: the caller keeps the tail
        pos += used;
    }
    return pos;
}

qsizetype ResponseReader::consumeStatus(QByteArrayView data)
{
    const qsizetype nl = findNewline(data, 0);
    if (nl < 0) {
        if (data.size() > kMaxStatusLine) {
            m_state = State::Failed;
            m_handler.onProtocolError(ErrorCode::LineTooLong, data.first(80));
        }
        return 0;
    }
    if (nl + 1 > kMaxStatusLine) {
        m_state = State::Failed;
        m_handler.onProtocolError(ErrorCode::LineTooLong, data.first(80));
        return nl + 1;
    }
    const QByteArrayView line = chompEol(data.first(nl + 1));
    if (startsWithNoCase(line, "+OK") && (line.size() == 3 || line[3] == ' ')) {
        const QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
        if (m_shape == Shape::Lines || m_shape == Shape::Body) {
            m_state = m_shape == Shape::Lines ? State::DataLines : State::Body;
            m_atLineStart = true;
            m_handler.onStatus(true, text);
        } else {
            finishResponse();
            m_handler.onStatus(true, text);
        }
    } else if (startsWithNoCase(line, "-ERR") && (line.size() == 4 || line[4] == ' ')) {
        finishResponse();
        m_handler.onStatus(false, line.size() > 5 ? line.sliced(5) : QByteArrayView());
    } else if (m_shape == Shape::Sasl && line.startsWith('+')
               && (line.size() == 1 || line[1] == ' ')) {
        // Stays in StatusLine: the exchange goes on until a +OK or -ERR.
        m_handler.onContinuation(line.size() > 2 ? line.sliced(2) : QByteArrayView());
    } else {
        m_state = State::Failed;
        m_handler.onProtocolError(ErrorCode::MalformedResponse, line.first(qMin(line.size(), 80)));
    }
    return nl + 1;
}

qsizetype ResponseReader::consumeDataLines(QByteArrayView data)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype nl = findNewline(data, pos);
        if (nl < 0) {
            if (data.size() - pos > kMaxDataLine) {
                // Drop what we have of the over-long line and skip to its end.
                if (!m_skippingOverlong)
                    m_handler.onOverlongDataLine();
                m_skippingOverlong = true;
                return data.size();
            }
            return pos; // keep the partial line
        }
        QByteArrayView line = chompEol(data.sliced(pos, nl + 1 - pos));
        pos = nl + 1;
        if (m_skippingOverlong) {
            m_skippingOverlong = false;
            continue;
        }
        if (line.size() > kMaxDataLine) {
            m_handler.onOverlongDataLine();
            continue;
        }
        if (line.startsWith('.')) {
            if (line.size() == 1) {
                finishResponse();
                m_handler.onEnd();
                return pos;
            }
            line = line.sliced(1);
        }
        m_handler.onDataLine(line);
    }
    return pos;
}

qsizetype ResponseReader::consumeBody(QByteArrayView data)
{
    const char* const p = data.data();
    const qsizetype n = data.size();
    qsizetype pos = 0;
    qsizetype chunkStart = 0;
    while (pos < n) {
        if (m_atLineStart && p[pos] == '.') {
            // ".\r\n" or ".\n" ends the response; "..x" is an escaped "."; "." or ".\r" at the end
            // of the read cannot be decided yet.
            if (pos + 1 >= n || (p[pos + 1] == '\r' && pos + 2 >= n)) {
                if (pos > chunkStart)
                    m_handler.onBodyChunk(data.sliced(chunkStart, pos - chunkStart));
                return pos == 0 ? 0 : pos;
            }
            const bool terminator =
                p[pos + 1] == '\n' || (p[pos + 1] == '\r' && p[pos + 2] == '\n');
            if (pos > chunkStart)
                m_handler.onBodyChunk(data.sliced(chunkStart, pos - chunkStart));
            if (terminator) {
                finishResponse();
                m_handler.onEnd();
                return pos + (p[pos + 1] == '\n' ? 2 : 3);
            }
            ++pos; // drop the stuffing dot
            chunkStart = pos;
        }
        const void* nl = std::memchr(p + pos, '\n', size_t(n - pos));
        if (!nl) {
            m_atLineStart = false;
            pos = n;
            break;
        }
        pos = static_cast<const char*>(nl) - p + 1;
        m_atLineStart = true;
    }
    if (pos > chunkStart)
        m_handler.onBodyChunk(data.sliced(chunkStart, pos - chunkStart));
    return n;
}

void ResponseReader::finishResponse()
{
    m_state = State::Idle;
    m_atLineStart = true;
    m_skippingOverlong = false;
}

} // namespace postbag::pop3
