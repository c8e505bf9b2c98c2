// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/MboxReader.h"

#include "core/mailbox/FileProblem.h"
#include "core/mailbox/MboxFromLine.h"

#include <QFileDevice>

namespace postbag::mailbox {

namespace {

bool isBlank(QByteArrayView line)
{
    return line == QByteArrayView("\n") || line == QByteArrayView("\r\n");
}

// RFC 5322 field name (printable US-ASCII except ':') followed by ':'.
bool isHeaderField(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] != ':' && static_cast<unsigned char>(line[i]) >= 33 &&
           static_cast<unsigned char>(line[i]) <= 126) {
        ++i;
    }
    return i > 0 && i < line.size() && line[i] == ':';
}

QByteArray chomp(QByteArrayView line)
{
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return line.toByteArray();
}

} // namespace

MboxReader::MboxReader(QIODevice& device, MboxVariant variant, qsizetype chunkSize)
    : m_device(device), m_source(device, chunkSize), m_variant(variant)
{
}

Error MboxReader::problem(FileProblem kind) const
{
    const auto* file = qobject_cast<const QFileDevice*>(&m_device);
    const QString name = file ? file->fileName() : QStringLiteral("mbox");
    return fileError(kind, name,
                     kind == FileProblem::NotMailbox ? QStringLiteral("no From_ line at the start")
                                                     : m_device.errorString());
}

Result<std::optional<MboxMessage>> MboxReader::next()
{
    if (!m_started) {
        m_started = true;
        if (m_source.peek(3) == QByteArrayView("\xEF\xBB\xBF")) {
            m_source.skip(3);
        }
        if (!m_source.atEnd() && !MboxFromLine::isFromLine(m_source.peekLine())) {
            return m_source.failed() ? problem(FileProblem::Unreadable)
                                     : problem(FileProblem::NotMailbox);
        }
    }
    if (m_source.atEnd()) {
        if (m_source.failed()) {
            return problem(FileProblem::Unreadable);
        }
        return std::optional<MboxMessage>();
    }
    MboxMessage message;
    message.offset = m_source.position();
    message.fromLine = chomp(m_source.takeLine());
    const MboxFromLine envelope = MboxFromLine::parse(message.fromLine);
    message.sender = envelope.sender;
    message.date = envelope.date;

    QByteArray& raw = message.raw;
    m_lastLine = -1;
    if (m_variant != MboxVariant::MboxCl || !readByContentLength(raw)) {
        for (;;) {
            const QByteArrayView line = m_source.peekLine();
            if (line.isEmpty() || (MboxFromLine::isFromLine(line) && separatorAhead())) {
                break;
            }
            append(raw, m_source.takeLine());
        }
        if (m_lastLine >= 0 && isBlank(QByteArrayView(raw).sliced(m_lastLine))) {
            raw.truncate(m_lastLine); // the separator line, not part of the message
        }
    }
    if (m_source.failed()) {
        return problem(FileProblem::Unreadable);
    }
    return std::optional<MboxMessage>(std::move(message));
}

bool MboxReader::separatorAhead()
{
    // Line 0 is the "From " line. Two header fields after it make it a separator (Thunderbird's
    // test, which accepts Netscape's "From - " lines without a date); a well-formed From_ line
    // with a date (mutt's test) only needs what can start a message: a field, a blank line (an
    // empty header) or the end of the file. "From Russia with love\nYear: 1963\n\n" is neither.
    const bool dated = MboxFromLine::parse(m_source.peekLine()).date.isValid();
    // A message whose own first line was a From_ line (an .eml saved by mutt or formail) was
    // written quoted (">From ..."): after a dated From_ line that starts a message too.
    const QByteArrayView first = m_source.peekLine(1);
    qsizetype quotes = 0;
    while (quotes < first.size() && first[quotes] == '>') {
        ++quotes;
    }
    if (dated && quotes > 0 && first.sliced(quotes).startsWith("From ")) {
        return true;
    }
    int index = 1;
    for (int field = 0; field < 2; ++field) {
        const QByteArrayView line = m_source.peekLine(index);
        if (line.isEmpty() || isBlank(line)) {
            return dated;
        }
        if (!isHeaderField(line)) {
            return false;
        }
        ++index;
        for (int folded = 0; folded < 100; ++folded) {
            const QByteArrayView next = m_source.peekLine(index);
            if (!next.startsWith(' ') && !next.startsWith('\t')) {
                break;
            }
            ++index;
        }
    }
    return true;
}

bool MboxReader::readByContentLength(QByteArray& raw)
{
    qint64 length = -1;
    for (;;) {
        const QByteArrayView line = m_source.peekLine();
        if (line.isEmpty() || (MboxFromLine::isFromLine(line) && separatorAhead())) {
            return false;
        }
        const QByteArrayView taken = m_source.takeLine();
        append(raw, taken);
        if (taken.size() > 15 &&
            taken.first(15).compare(QByteArrayView("content-length:"), Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 n = taken.sliced(15).trimmed().toLongLong(&ok);
            length = ok && n >= 0 ? n : -1;
        }
        if (isBlank(taken)) {
            break;
        }
    }
    if (length < 0 || (!m_device.isSequential() && length > m_device.size())) {
        return false; // no length, or one that cannot be right (never buffer a bogus 10 GB)
    }
    // Trust the length only when a separator (or the end) follows it, possibly after one EOL.
    const QByteArrayView ahead = m_source.peek(length + 7);
    if (ahead.size() < length) {
        return false;
    }
    const QByteArrayView after = ahead.sliced(length);
    qsizetype eol = 0;
    if (after.startsWith("\r\n")) {
        eol = 2;
    } else if (after.startsWith('\n')) {
        eol = 1;
    }
    const bool direct = after.isEmpty() || MboxFromLine::isFromLine(after);
    const bool afterEol =
        eol > 0 && (after.size() == eol || MboxFromLine::isFromLine(after.sliced(eol)));
    if (!direct && !afterEol) {
        return false;
    }
    raw.append(ahead.first(length));
    m_source.skip(length + (direct ? 0 : eol));
    return true;
}

void MboxReader::append(QByteArray& raw, QByteArrayView line)
{
    m_lastLine = raw.size();
    if (line.startsWith('>')) {
        qsizetype quotes = 0;
        while (quotes < line.size() && line[quotes] == '>') {
            ++quotes;
        }
        const bool from = line.sliced(quotes).startsWith(QByteArrayView("From "));
        if (from && (m_variant == MboxVariant::MboxRd ||
                     (m_variant == MboxVariant::MboxO && quotes == 1))) {
            line = line.sliced(1);
        }
    }
    raw.append(line);
}

} // namespace postbag::mailbox
