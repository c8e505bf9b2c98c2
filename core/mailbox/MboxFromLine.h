// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

namespace postbag::mailbox {

// The mbox "From_" separator line: "From <envelope sender> <asctime date>" (RFC 4155).
// Why: readers report the envelope it carries and writers need a line other programs accept.
// Guarantees: parse() never fails (a line it cannot read yields an empty sender and an invalid
// date: real files carry "From -", "From " and "From MAILER-DAEMON ..." lines); format() writes
// the classic 24-character asctime date in UTC ("Thu Jan  1 00:00:00 1970"), with MAILER-DAEMON
// for a missing or unusable sender (one containing whitespace would end the sender early).
class MboxFromLine
{
public:
    QByteArray sender; // empty when the line has none
    QDateTime date;    // UTC; invalid when missing or unparseable

    // `line` with or without its line end; it must start with "From ".
    [[nodiscard]] static MboxFromLine parse(QByteArrayView line);
    // "From sender date", without a line end.
    [[nodiscard]] static QByteArray format(QByteArrayView sender, const QDateTime& date);
    // Whether `line` starts with "From " (the only test a reader can make on a line alone).
    [[nodiscard]] static bool isFromLine(QByteArrayView line)
    {
        return line.startsWith(QByteArrayView("From "));
    }
};

} // namespace postbag::mailbox
