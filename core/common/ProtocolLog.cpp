// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/ProtocolLog.h"

#include "core/common/PrivateFiles.h"

#include <QDateTime>
#include <memory>

namespace postbag {

namespace {
const QByteArray kBlank = QByteArrayLiteral("<redacted>");

QByteArray stripEol(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    return line.toByteArray();
}

// Keeps the first `keepWords` space-separated words and blanks the rest, if there is a rest.
QByteArray keepWords(const QByteArray& line, int keepWords)
{
    int pos = -1;
    for (int i = 0; i < keepWords; ++i) {
        pos = line.indexOf(' ', pos + 1);
        if (pos < 0)
            return line;
    }
    return line.left(pos + 1) + kBlank;
}
} // namespace

ProtocolLog::ProtocolLog() : m_startMs(QDateTime::currentMSecsSinceEpoch()) {}

void ProtocolLog::addSink(Sink sink)
{
    m_sinks.append(std::move(sink));
}

bool ProtocolLog::addFileSink(const QString& path)
{
    auto file = std::make_shared<QFile>(path);
    if (!PrivateFiles::open(*file, QIODevice::WriteOnly | QIODevice::Append))
        return false;
    addSink([file](const Entry& e) {
        file->write(format(e));
        file->write("\n");
        file->flush();
    });
    return true;
}

QByteArray ProtocolLog::redactClientLine(QByteArrayView line, Sensitivity sensitivity)
{
    const QByteArray text = stripEol(line);
    if (sensitivity == Sensitivity::Secret) {
        // A whole SASL continuation, or a command whose arguments are secret: keep the verb only
        // when it is a known command, so the log still reads as a transcript.
        const QByteArray verb = text.left(text.indexOf(' ')).toUpper();
        if (verb == "PASS" || verb == "AUTH" || verb == "APOP")
            return keepWords(text, verb == "PASS" ? 1 : 2);
        return kBlank;
    }
    const QByteArray verb = text.left(text.indexOf(' ')).toUpper();
    if (verb == "PASS")
        return keepWords(text, 1);
    if (verb == "APOP" || verb == "AUTH") // APOP user <digest>, AUTH mech <initial response>
        return keepWords(text, 2);
    return text;
}

QByteArray ProtocolLog::format(const Entry& entry)
{
    const char* tag = entry.direction == Direction::Client   ? "C: "
                      : entry.direction == Direction::Server ? "S: "
                                                             : "-- ";
    return QByteArray::number(double(entry.msecsSinceStart) / 1000.0, 'f', 3) + ' ' + tag
           + entry.text;
}

void ProtocolLog::client(QByteArrayView line, Sensitivity sensitivity)
{
    if (!isEnabled())
        return;
    emitEntry(Direction::Client, redactClientLine(line, sensitivity));
}

void ProtocolLog::server(QByteArrayView line)
{
    if (!isEnabled())
        return;
    emitEntry(Direction::Server, stripEol(line));
}

void ProtocolLog::note(QByteArrayView text)
{
    if (!isEnabled())
        return;
    emitEntry(Direction::Note, text.toByteArray());
}

void ProtocolLog::emitEntry(Direction direction, QByteArray text)
{
    const Entry e{QDateTime::currentMSecsSinceEpoch() - m_startMs, direction, std::move(text)};
    for (const Sink& sink : std::as_const(m_sinks))
        sink(e);
}

} // namespace postbag
