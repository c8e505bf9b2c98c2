// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/StoreTypes.h"

#include <QString>

namespace postbag::store {

// How messages sort: the keys the store writes next to each message and the order of its pages.
// Why one place: the store orders one folder in SQL while the unified inbox merges several
// folders' pages in memory; if the two disagreed, the merge would skip or repeat rows.
// Guarantees: subject() is threading::BaseSubject's key (the subject threading groups by); from()
// is the display name, else the address, case-folded; before() orders summaries exactly as
// MessageStore::page does for `key` ascending (keys compared as UTF-8 bytes like SQLite's BINARY
// collation, dates by the second, ties by id).
class SortKeys
{
public:
    [[nodiscard]] static QString subject(const QString& subject);
    [[nodiscard]] static QString from(const QString& name, const QString& address);
    [[nodiscard]] static bool before(const MessageSummary& a, const MessageSummary& b, SortKey key);
};

} // namespace postbag::store
