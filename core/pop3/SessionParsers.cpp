// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/SessionParsers.h"

#include "core/pop3/ServerText.h"

namespace postbag::pop3 {

namespace {
// Splits "a b rest" into the first two space-separated words (extra words are allowed by RFC 1939).
bool twoWords(QByteArrayView text, QByteArrayView& a, QByteArrayView& b)
{
    text = text.trimmed();
    const qsizetype sp = text.indexOf(' ');
    if (sp <= 0)
        return false;
    a = text.first(sp);
    QByteArrayView rest = text.sliced(sp + 1).trimmed();
    const qsizetype sp2 = rest.indexOf(' ');
    b = sp2 < 0 ? rest : rest.first(sp2);
    return !b.isEmpty();
}

std::optional<qint64> number(QByteArrayView s)
{
    bool ok = false;
    const qint64 n = s.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}
} // namespace

std::optional<StatInfo> parseStat(QByteArrayView text)
{
    QByteArrayView a, b;
    if (!twoWords(text, a, b))
        return std::nullopt;
    const auto count = number(a);
    const auto octets = number(b);
    if (!count || !octets || *count > std::numeric_limits<int>::max())
        return std::nullopt;
    return StatInfo{int(*count), *octets};
}

std::optional<ListEntry> parseListLine(QByteArrayView line)
{
    QByteArrayView a, b;
    if (!twoWords(line, a, b))
        return std::nullopt;
    const auto n = number(a);
    const auto octets = number(b);
    if (!n || !octets || *n < 1 || *n > std::numeric_limits<int>::max())
        return std::nullopt;
    return ListEntry{int(*n), *octets};
}

std::optional<UidlEntry> parseUidlLine(QByteArrayView line)
{
    // RFC 1939 wants 1-70 bytes in 0x21-0x7E, but a server that puts 8-bit bytes in an id still
    // gives each message one: those are ids too (they used to be refused, which left the message
    // on the server for good). The id is the first word, as it always was here: reading more of
    // a line with a space would give the messages of an existing profile new identities.
    QByteArrayView a, uid;
    if (!twoWords(line, a, uid))
        return std::nullopt;
    const auto n = number(a);
    if (!n || *n < 1 || *n > std::numeric_limits<int>::max() || uid.size() > 512)
        return std::nullopt;
    for (char c : uid) {
        if (uchar(c) < 0x21 || uchar(c) == 0x7f)
            return std::nullopt;
    }
    return UidlEntry{int(*n), uid.toByteArray()};
}

bool isApopTimestamp(QByteArrayView stamp)
{
    if (stamp.size() < 5 || stamp.size() > 500 || !stamp.startsWith('<') || !stamp.endsWith('>'))
        return false;
    const QByteArrayView inner = stamp.sliced(1, stamp.size() - 2);
    for (const char c : inner) {
        if (uchar(c) < 0x21 || uchar(c) > 0x7e || c == '<' || c == '>')
            return false;
    }
    const qsizetype at = inner.indexOf('@');
    return at > 0 && at < inner.size() - 1 && inner.indexOf('@', at + 1) < 0;
}

Greeting parseGreeting(QByteArrayView text)
{
    Greeting g;
    g.text = decodeServerText(text);
    // The first bracketed word that is a proper timestamp ("+OK <Server> ready <1.2@host>").
    for (qsizetype open = text.indexOf('<'); open >= 0; open = text.indexOf('<', open + 1)) {
        const qsizetype close = text.indexOf('>', open);
        if (close < 0)
            break;
        const QByteArrayView stamp = text.sliced(open, close - open + 1);
        if (isApopTimestamp(stamp)) {
            g.apopTimestamp = stamp.toByteArray();
            break;
        }
    }
    return g;
}

} // namespace postbag::pop3
