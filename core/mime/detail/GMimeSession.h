// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/mime's .cpp files: includes GMime.
#include "core/mime/detail/GObjectPtr.h"
#include "core/mime/detail/WarningCollector.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <gmime/gmime.h>

namespace postbag::mime::detail {

// One parse's worth of GMime state. It exists so that GMime is initialised exactly once per process
// (thread-safely), and so that every parse gets its own GMimeParserOptions (loose RFC 2047, address
// and parameter handling, our fallback charsets) whose warnings land in this parse's collector.
// GMime objects made with options() must be released before the session is destroyed.
class GMimeSession
{
public:
    explicit GMimeSession(WarningCollector& warnings);
    ~GMimeSession();
    GMimeSession(const GMimeSession&) = delete;
    GMimeSession& operator=(const GMimeSession&) = delete;

    [[nodiscard]] GMimeParserOptions* options() const { return m_options; }
    [[nodiscard]] WarningCollector& warnings() const { return m_warnings; }

    // Parses raw bytes as one message (a leading mbox "From " line is tolerated). Null only when
    // GMime could not build any message at all.
    [[nodiscard]] GObjectPtr<GMimeMessage> parse(QByteArrayView raw);

private:
    WarningCollector& m_warnings;
    GMimeParserOptions* m_options = nullptr;
};

// Makes sure g_mime_init() has run; cheap after the first call, safe from any thread.
void ensureGMimeInitialized();

// GMime UTF-8 strings (possibly null) to QString.
[[nodiscard]] inline QString fromGStr(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}
[[nodiscard]] inline QString takeGStr(char* s)
{
    GCharPtr owner(s);
    return fromGStr(s);
}

// The transfer-decoded bytes of a leaf part (base64, quoted-printable, uuencode undone).
[[nodiscard]] QByteArray decodedContent(GMimePart* part);
// Number of bytes decodedContent() would return, without keeping them.
[[nodiscard]] qint64 decodedSize(GMimePart* part);
// The object as it would be written to a file (headers and body), e.g. an embedded message;
// with GMime's default format options (LF line ends) unless options are given.
[[nodiscard]] QByteArray serialized(GMimeObject* object, GMimeFormatOptions* options = nullptr);
// "type/subtype" in lower case; "application/octet-stream" when GMime has none.
[[nodiscard]] QString mimeTypeOf(GMimeObject* object);

} // namespace postbag::mime::detail
