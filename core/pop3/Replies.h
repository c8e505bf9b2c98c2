// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace postbag::pop3 {

// Typed results of POP3 commands. Plain values: they outlive the session that produced them.

struct Greeting
{
    QString text;
    QByteArray apopTimestamp; // "<...@...>" from the greeting, empty when there is none
};

struct StatInfo
{
    int count = 0;
    qint64 octets = 0;
};

struct ListEntry
{
    int number = 0;
    qint64 octets = 0;
};

struct UidlEntry
{
    int number = 0;
    QByteArray uid; // the first word after the number (RFC 1939: 1..70 of 0x21-0x7E; 8-bit
                    // bytes are taken too), kept byte-exact
};

// A multi-line listing. Lines the server got wrong are recorded, not fatal: the rest is usable.
// At most kMaxListingLines lines are kept (entries and malformed ones together); the rest are
// read to the terminator and only counted in `omitted`, so a hostile listing cannot exhaust memory.
template<typename Entry>
struct Listing
{
    static constexpr qsizetype kMaxListingLines = 500000;
    QList<Entry> entries;
    QList<QByteArray> malformedLines;
    qsizetype omitted = 0;
};

} // namespace postbag::pop3
