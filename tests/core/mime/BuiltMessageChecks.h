// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MimeFixtures.h"
#include "core/mime/MessageParser.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace postbag::mime::test {

// What makes bytes unfit for SMTP without 8BITMIME (RFC 5321 §4.5.3.1.6, RFC 5322 §2.1.1): any
// byte that is NUL or not ASCII, a CR or LF outside a CRLF, a line over 998 octets. Written here
// independently of the builder's own check. Empty when there is nothing.
inline QString wireProblem(const QByteArray& bytes)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0 || c > 127)
            return QStringLiteral("byte %1 at %2").arg(c).arg(i);
        if (c == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))
            return QStringLiteral("bare CR at %1").arg(i);
        if (c == '\n') {
            if (i == 0 || bytes[i - 1] != '\r')
                return QStringLiteral("bare LF at %1").arg(i);
            if (i - 1 - lineStart > 998)
                return QStringLiteral("line of %1 octets at %2").arg(i - 1 - lineStart).arg(i);
            lineStart = i + 1;
        }
    }
    if (bytes.size() - lineStart > 998)
        return QStringLiteral("last line too long");
    return {};
}

// The header block of a message (up to the first empty line), unfolded: one entry per field.
inline QList<QByteArray> headerFields(const QByteArray& message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    QList<QByteArray> fields;
    for (const QByteArray& line : message.left(end < 0 ? message.size() : end).split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if ((l.startsWith(' ') || l.startsWith('\t')) && !fields.isEmpty())
            fields.last() += l;
        else
            fields.append(l);
    }
    return fields;
}

// The unfolded values of every field with that name (case-insensitive).
inline QList<QByteArray> headerValues(const QByteArray& message, const QByteArray& name)
{
    QList<QByteArray> values;
    for (const QByteArray& field : headerFields(message)) {
        const qsizetype colon = field.indexOf(':');
        if (colon > 0 && field.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            values.append(field.mid(colon + 1).trimmed());
    }
    return values;
}

// What GMime had to work around while parsing built messages (through MessageParser), since the
// last takeParseWarnings(): a message Postbag builds must need no workaround at all.
inline QStringList& parseWarnings()
{
    static QStringList warnings;
    return warnings;
}

inline QStringList takeParseWarnings()
{
    return std::exchange(parseWarnings(), {});
}

// A built message as MessageParser reads it; its warnings go to parseWarnings().
inline ParsedMessage parseBuilt(const QByteArray& bytes)
{
    ParsedMessage parsed = MessageParser::parse(bytes, receivedAt());
    for (const ParseWarning& w : parsed.warnings)
        parseWarnings().append(warningName(w.code) + u':' + w.detail);
    return parsed;
}

} // namespace postbag::mime::test
