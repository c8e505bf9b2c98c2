// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/LineSource.h"

namespace postbag::mailbox {

LineSource::LineSource(QIODevice& device, qsizetype chunkSize)
    : m_device(device), m_chunk(qMax<qsizetype>(chunkSize, 1))
{
}

void LineSource::fill(qsizetype bytes)
{
    while (!m_eof && m_buf.size() - m_pos < bytes) {
        if (m_pos > 0 && m_pos >= m_buf.size() / 2) {
            m_buf.remove(0, m_pos); // keep the buffer at about one chunk plus the current line
            m_pos = 0;
        }
        const qsizetype old = m_buf.size();
        m_buf.resize(old + m_chunk);
        const qint64 got = m_device.read(m_buf.data() + old, m_chunk);
        m_buf.resize(old + qMax<qint64>(got, 0));
        if (got < 0) {
            m_failed = true;
        }
        if (got <= 0) {
            m_eof = true;
        }
    }
}

qsizetype LineSource::lineEnd(qsizetype from)
{
    qsizetype searched = from;
    for (;;) {
        const qsizetype nl = m_buf.indexOf('\n', m_pos + searched);
        if (nl >= 0) {
            return nl + 1 - m_pos;
        }
        searched = m_buf.size() - m_pos;
        if (m_eof) {
            return searched;
        }
        fill(searched + m_chunk);
    }
}

QByteArrayView LineSource::peekLine(int index)
{
    qsizetype start = 0;
    for (int i = 0; i < index; ++i) {
        start = lineEnd(start);
    }
    const qsizetype end = lineEnd(start);
    return QByteArrayView(m_buf).sliced(m_pos + start, end - start);
}

QByteArrayView LineSource::takeLine()
{
    const qsizetype end = lineEnd(0);
    const QByteArrayView line = QByteArrayView(m_buf).sliced(m_pos, end);
    m_pos += end;
    m_consumed += end;
    return line;
}

QByteArrayView LineSource::peek(qsizetype n)
{
    fill(n);
    return QByteArrayView(m_buf).sliced(m_pos, qMin(n, m_buf.size() - m_pos));
}

void LineSource::skip(qsizetype n)
{
    fill(n);
    const qsizetype step = qMin(n, m_buf.size() - m_pos);
    m_pos += step;
    m_consumed += step;
}

bool LineSource::atEnd()
{
    fill(1);
    return m_pos >= m_buf.size();
}

} // namespace postbag::mailbox
