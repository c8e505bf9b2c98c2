// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/MessageSource.h"
#include "core/store/SearchQuery.h"

namespace postbag::store {
class Database;
}

namespace postbag::models {

// Search results over every folder of every account, in MessageSearch's relevance order, with
// snippets. Guarantees: the query is parsed once, by the caller (user text never becomes SQL
// here); the order ignores setSort() (sortable() is false) because ranking is the point.
class SearchMessageSource final : public MessageSource
{
public:
    // The recency reference is fixed here so that the order cannot shift between pages.
    SearchMessageSource(store::Database& db, store::SearchQuery query);

    [[nodiscard]] Result<QList<MessageRow>> fetch(int offset, int limit) override;
    [[nodiscard]] Result<std::optional<qint64>> total() override { return std::optional<qint64>(); }
    [[nodiscard]] bool spansAccounts() const override { return true; }
    [[nodiscard]] bool sortable() const override { return false; }

private:
    store::Database& m_db;
    store::SearchQuery m_query;
    QDateTime m_now;
};

} // namespace postbag::models
