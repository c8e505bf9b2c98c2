// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pop3/Replies.h"

#include <QByteArrayView>
#include <optional>

namespace postbag::pop3 {

// Parsers for the argument part of POP3 answers. Each returns nullopt for a malformed line,
// which the caller records instead of failing the whole response.
[[nodiscard]] std::optional<StatInfo> parseStat(QByteArrayView text);
[[nodiscard]] std::optional<ListEntry> parseListLine(QByteArrayView line);
[[nodiscard]] std::optional<UidlEntry> parseUidlLine(QByteArrayView line);
// The greeting's text, and its APOP timestamp only when it is a proper one.
[[nodiscard]] Greeting parseGreeting(QByteArrayView text);
// RFC 1939 section 7: "<" printable ASCII with one "@" inside ">" (a msg-id), no spaces, at most
// 500 bytes. Anything else is not a timestamp APOP may be computed over.
[[nodiscard]] bool isApopTimestamp(QByteArrayView stamp);

} // namespace postbag::pop3
