// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QList>
#include <functional>

namespace postbag {

// The per-account protocol trace. Its guarantee: no password, APOP digest, SASL payload or OAuth
// token ever reaches a sink. Secrets are blanked twice: the sender marks a line as Secret, and every
// client line is also checked against the commands that carry secrets, so a forgotten mark still
// cannot leak. Message bodies are summarised, not copied.
class ProtocolLog
{
public:
    enum class Direction { Client, Server, Note };
    enum class Sensitivity { Plain, Secret };

    struct Entry
    {
        qint64 msecsSinceStart = 0;
        Direction direction = Direction::Note;
        QByteArray text; // already redacted, without line terminator
    };
    using Sink = std::function<void(const Entry&)>;

    ProtocolLog();

    void addSink(Sink sink);
    // Appends formatted lines ("12.345 C: USER bob") to a file, created if needed.
    [[nodiscard]] bool addFileSink(const QString& path);
    [[nodiscard]] bool isEnabled() const { return !m_sinks.isEmpty(); }

    void client(QByteArrayView line, Sensitivity sensitivity = Sensitivity::Plain);
    void server(QByteArrayView line);
    void note(QByteArrayView text);

    // The redaction applied to every client line, public so it can be tested on its own.
    [[nodiscard]] static QByteArray redactClientLine(QByteArrayView line, Sensitivity sensitivity);
    [[nodiscard]] static QByteArray format(const Entry& entry);

private:
    void emitEntry(Direction direction, QByteArray text);

    QList<Sink> m_sinks;
    qint64 m_startMs = 0;
};

} // namespace postbag
