// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/mime's .cpp files: includes GMime.
#include "core/mime/ParsedMessage.h"
#include "core/mime/detail/GMimeSession.h"

#include <QDateTime>

namespace postbag::mime::detail {

// Reads the summary header fields of one GMimeMessage into a MessageSummary: addresses, subject,
// date, ids, List-Id, the delivery headers. All decoding (RFC 2047 in loose mode, 8-bit fallback
// charsets, address and message-id syntax, dates with zones) is GMime's. Guarantees: a valid date
// is always set (the received time when the header is missing or unusable), and address lists are
// bounded.
class HeaderReader
{
public:
    HeaderReader(GMimeSession& session, const QDateTime& receivedAt)
        : m_session(session), m_receivedAt(receivedAt)
    {
    }

    // Date problems are reported only for the top-level message (reportDate).
    void read(GMimeMessage* message, MessageSummary& out, bool reportDate);

private:
    void readDate(GMimeMessage* message, MessageSummary& out, bool reportDate);
    QList<Address> addresses(InternetAddressList* list, const char* header);
    void flatten(InternetAddressList* list, QList<Address>& out, int depth, bool& overflow);
    QStringList messageIds(GMimeMessage* message, const char* header, int limit);
    QStringList deliveredTo(GMimeMessage* message);

    GMimeSession& m_session;
    QDateTime m_receivedAt;
};

} // namespace postbag::mime::detail
