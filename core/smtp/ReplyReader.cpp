// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/ReplyReader.h"

#include "core/transport/ServerText.h"

namespace postbag::smtp {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "x.y.z" (RFC 3463: class 2, 4 or 5; subject 1-3 digits; detail 1-3 digits), then a space or
// the end. Returns its length, or 0 when the text does not start with one.
qsizetype enhancedCodeLength(QByteArrayView text)
{
    if (text.size() < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.')
        return 0;
    qsizetype i = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < text.size() && isDigit(text[i]) && i - start < 3)
            ++i;
        if (i == start)
            return 0;
        if (part == 0) {
            if (i >= text.size() || text[i] != '.')
                return 0;
            ++i;
        }
    }
    return i == text.size() || text[i] == ' ' ? i : 0;
}

} // namespace

QString Reply::text() const
{
    return transport::decodeServerText(lines.join(' '));
}

void ReplyReader::reset()
{
    m_buffer.clear();
    m_pending.reset();
    m_error.reset();
}

Result<std::optional<Reply>> ReplyReader::fail(ErrorCode code, QByteArrayView said)
{
    m_error = Error::make(
        code, transport::decodeServerText(said.first(qMin<qsizetype>(said.size(), 200))));
    return *m_error;
}

Result<std::optional<Reply>> ReplyReader::take()
{
    if (m_error)
        return *m_error;
    for (;;) {
        const qsizetype eol = m_buffer.indexOf('\n');
        if (eol < 0) {
            if (m_buffer.size() > kMaxLineBytes)
                return fail(ErrorCode::LineTooLong, m_buffer);
            return std::optional<Reply>();
        }
        QByteArrayView line = QByteArrayView(m_buffer).first(eol);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > kMaxLineBytes)
            return fail(ErrorCode::LineTooLong, line);
        if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) ||
            line[0] < '2' || line[0] > '5' || (line.size() > 3 && line[3] != ' ' && line[3] != '-'))
            return fail(ErrorCode::MalformedResponse, line);
        const int code = line.first(3).toInt();
        const bool last = line.size() == 3 || line[3] == ' ';
        QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
        if (m_pending && m_pending->code != code)
            return fail(ErrorCode::MalformedResponse, line);
        if (!m_pending) {
            m_pending = Reply{};
            m_pending->code = code;
        }
        // The enhanced code of a reply is the first line's (RFC 2034 repeats it on every line).
        if (const qsizetype n = enhancedCodeLength(text); n > 0) {
            if (m_pending->lines.isEmpty())
                m_pending->enhanced = text.first(n).toByteArray();
            text = text.sliced(n).trimmed();
        }
        m_pending->lines.append(text.toByteArray());
        m_buffer.remove(0, eol + 1);
        if (last) {
            std::optional<Reply> done = std::move(m_pending);
            m_pending.reset();
            return done;
        }
        if (m_pending->lines.size() >= kMaxLines)
            return fail(ErrorCode::LineTooLong, line);
    }
}

} // namespace postbag::smtp
