// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace postbag::mime::test {

// The received time tests pass to the parser; a missing or bad Date falls back to it.
inline QDateTime receivedAt()
{
    return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
}

// A message with the usual headers around the given extra headers and body. Lines end in LF;
// GMime accepts LF and CRLF alike (the corpus test covers CRLF input).
inline QByteArray message(const QByteArray& extraHeaders, const QByteArray& body,
                          const QByteArray& contentType = "text/plain; charset=us-ascii")
{
    QByteArray m = "From: Alice <alice@example.org>\n"
                   "To: Bob <bob@example.org>\n"
                   "Subject: test\n"
                   "Date: Tue, 01 Jul 2003 10:52:37 +0200\n"
                   "Message-ID: <fixture@example.org>\n"
                   "MIME-Version: 1.0\n";
    if (!contentType.isEmpty())
        m += "Content-Type: " + contentType + "\n";
    m += extraHeaders;
    m += "\n";
    m += body;
    return m;
}

// Only the given headers (no defaults), then the body.
inline QByteArray bare(const QByteArray& headers, const QByteArray& body)
{
    return headers + "\n" + body;
}

} // namespace postbag::mime::test
