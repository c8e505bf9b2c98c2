// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/StoreTypes.h"

#include <QList>
#include <optional>

namespace postbag::models {

// One row of a message list: the store's summary and, for search results, the snippet.
struct MessageRow
{
    store::MessageSummary summary;
    QString snippet;
};

// Where a MessageListModel's rows come from: a folder, the unified inbox or a search. Why: the
// model pages, diffs and presents; sources only know how to read an ordered slice. Guarantees of
// every source: fetch() returns rows in one stable order (the sort, then the message id), so
// fetch(0, n) is always a prefix of the same order as long as the store does not change.
class MessageSource
{
public:
    virtual ~MessageSource();

    // Rows [offset, offset + limit) of the current order.
    [[nodiscard]] virtual Result<QList<MessageRow>> fetch(int offset, int limit) = 0;
    // How many rows there are, when the source can tell cheaply; nullopt when it cannot (search).
    [[nodiscard]] virtual Result<std::optional<qint64>> total() = 0;
    // Whether rows come from several accounts (the sender column then names the account).
    [[nodiscard]] virtual bool spansAccounts() const = 0;
    // Whether setSort() is honoured; a search keeps its relevance order.
    [[nodiscard]] virtual bool sortable() const { return true; }
    virtual void setSort(store::SortKey key, Qt::SortOrder order)
    {
        m_key = key;
        m_order = order;
    }

protected:
    store::SortKey m_key = store::SortKey::Date;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace postbag::models
