// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace postbag::mime {

// A message made once, when it is queued, and kept as is: retries send exactly these bytes with
// this Message-ID. Both byte arrays are whole RFC 5322 messages in 7-bit ASCII with CRLF line
// ends, no line over 998 octets; they differ only in the Bcc header.
struct BuiltMessage
{
    QByteArray sendBytes;   // for SMTP DATA (not yet dot-stuffed): never a Bcc header
    QByteArray sentCopy;    // for the Sent folder: with the Bcc header
    QString envelopeSender; // the From address in ASCII (ACE domain), for MAIL FROM
    QStringList recipients; // To, Cc and Bcc in ASCII, each once, in that order, for RCPT TO
    QString messageId;      // without angle brackets

    // The exact size of sendBytes, for SIZE= (RFC 1870).
    [[nodiscard]] qint64 size() const { return sendBytes.size(); }
};

} // namespace postbag::mime
