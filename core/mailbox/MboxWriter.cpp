// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/MboxWriter.h"

#include "core/mailbox/FileProblem.h"
#include "core/mailbox/MboxFromLine.h"

#include <QFileDevice>

namespace postbag::mailbox {

namespace {

bool needsQuote(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == '>') {
        ++i;
    }
    return line.sliced(i).startsWith(QByteArrayView("From "));
}

} // namespace

QByteArray MboxWriter::quoted(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size() + 16);
    qsizetype start = 0;
    while (start < raw.size()) {
        qsizetype end = raw.indexOf('\n', start);
        end = end < 0 ? raw.size() : end + 1;
        const QByteArrayView line = raw.sliced(start, end - start);
        if (needsQuote(line)) {
            out.append('>');
        }
        out.append(line);
        start = end;
    }
    return out;
}

Status MboxWriter::write(QByteArrayView raw, QByteArrayView sender, const QDateTime& date)
{
    return write(raw, MboxFromLine::format(sender, date));
}

Status MboxWriter::write(QByteArrayView raw, QByteArrayView fromLine)
{
    const qsizetype firstEol = raw.indexOf('\n');
    const QByteArrayView eol =
        firstEol > 0 && raw[firstEol - 1] == '\r' ? QByteArrayView("\r\n") : QByteArrayView("\n");
    const QByteArray line = MboxFromLine::isFromLine(fromLine) && !fromLine.contains('\n')
                                ? fromLine.toByteArray()
                                : MboxFromLine::format(QByteArrayView(), QDateTime());
    QByteArray out = line + eol + quoted(raw);
    if (!raw.isEmpty() && !raw.endsWith('\n')) {
        out.append(eol);
    }
    out.append(eol);
    if (const Status s = put(out); !s) {
        return s;
    }
    ++m_messages;
    return Ok{};
}

Status MboxWriter::put(QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 n = m_device.write(bytes.data() + done, bytes.size() - done);
        if (n <= 0) {
            const auto* file = qobject_cast<const QFileDevice*>(&m_device);
            return writeError(file, file ? file->fileName() : QStringLiteral("mbox"));
        }
        done += n;
        m_written += n;
    }
    return Ok{};
}

} // namespace postbag::mailbox
