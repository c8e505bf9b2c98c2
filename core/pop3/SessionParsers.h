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
[[nodiscard]] Greeting parseGreeting(QByteArrayView text);

} // namespace postbag::pop3
