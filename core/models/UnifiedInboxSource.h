// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/MessageSource.h"

#include <vector>

namespace postbag::store {
class Database;
}

namespace postbag::models {

// The inboxes of every account as one list: a k-way merge of each inbox's store pages
// (MessageStore::page), so a unified inbox of 100,000 messages reads only what is shown.
// Guarantees: every message of every inbox appears exactly once; rows of one inbox keep the
// store's order; sequential fetches (offset = rows already fetched) read each store page once;
// the set of inboxes is read again by total(), so an account added or removed while the list is
// shown appears or disappears on the next refresh (never a stale or missing folder).
// The merge compares with the store's own order (store::SortKeys); a store-side page over
// several folders would make this class a thin wrapper and is the planned replacement.
class UnifiedInboxSource final : public MessageSource
{
public:
    explicit UnifiedInboxSource(store::Database& db);

    [[nodiscard]] Result<QList<MessageRow>> fetch(int offset, int limit) override;
    [[nodiscard]] Result<std::optional<qint64>> total() override;
    [[nodiscard]] bool spansAccounts() const override { return true; }
    void setSort(store::SortKey key, Qt::SortOrder order) override;

private:
    struct Cursor
    {
        qint64 folderId = 0;
        QList<store::MessageSummary> buffer;
        qsizetype pos = 0;
        int read = 0; // rows read from the store so far
        bool exhausted = false;
    };

    void restart();
    // Reads every account's inbox (in account order); a changed set restarts the merge.
    [[nodiscard]] Status loadInboxes();
    [[nodiscard]] Status fill(Cursor& cursor);
    // The next row in merged order, or nullptr when every inbox is exhausted.
    [[nodiscard]] Result<store::MessageSummary*> next();

    static constexpr int kStorePage = 200;
    store::Database& m_db;
    std::vector<Cursor> m_cursors;
    int m_produced = 0;
};

} // namespace postbag::models
