// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/models/MessageSource.h"
#include "core/models/ModelRoles.h"
#include "core/store/SearchQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <memory>

namespace postbag::store {
class Database;
}

namespace postbag::models {

// The message list: a folder, the unified inbox or search results, as a table (flag, attachment,
// subject, sender, date, size). Why: a list must open instantly on 100,000 messages and stay
// put while sync adds mail. Guarantees: rows are read in pages (canFetchMore/fetchMore) through
// the GUI's store connection and never inside data(); a row's identity is its message id and no
// id appears twice; refresh() turns store changes into row removals, insertions and dataChanged
// (a view keeps selection and scroll position) and resets only when rows changed order; sorting
// is done by the store (MessageStore::page sort keys) - search results keep relevance order.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int
    {
        FlagColumn,
        AttachmentColumn,
        SubjectColumn,
        SenderColumn,
        DateColumn,
        SizeColumn,
        ColumnCount
    };

    explicit MessageListModel(store::Database& db, QObject* parent = nullptr);
    ~MessageListModel() override;

    Status showFolder(qint64 folderId);
    Status showUnifiedInbox(); // every account's Inbox
    Status showSearch(const store::SearchQuery& query);
    void clear();
    // Re-reads the rows loaded so far (plus mail that arrived) and reports only the differences.
    Status refresh();

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    [[nodiscard]] bool spansAccounts() const { return m_source && m_source->spansAccounts(); }
    [[nodiscard]] qint64 messageIdAt(int row) const;
    [[nodiscard]] int rowOfMessage(qint64 messageId) const; // -1 when not loaded
    [[nodiscard]] const MessageRow* rowAt(int row) const;
    // The store's sort key of a column, or nullopt for columns the store cannot sort by.
    [[nodiscard]] static std::optional<store::SortKey> sortKeyOf(int column);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // Columns without a store sort key (flag, attachment) keep the current order.
    void sort(int column, Qt::SortOrder order) override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void errorOccurred(const postbag::Error& error);

private:
    Status show(std::unique_ptr<MessageSource> source);
    Status loadAccountNames();
    Status fail(const Error& error);
    void replaceRows(QList<MessageRow> fresh);
    [[nodiscard]] QVariant display(const MessageRow& row, int column) const;
    [[nodiscard]] QString sender(const store::MessageSummary& s) const;

    store::Database& m_db;
    std::unique_ptr<MessageSource> m_source;
    QList<MessageRow> m_rows;
    QSet<qint64> m_ids;
    std::optional<qint64> m_total;
    bool m_exhausted = true;
    // Set while rows are being inserted or refreshed: a view (or QAbstractItemModelTester) that
    // reacts to rowsInserted must not start a nested fetchMore inside our change.
    bool m_busy = false;
    int m_pageSize = 200;
    store::SortKey m_sortKey = store::SortKey::Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QHash<qint64, QString> m_accountNames;
};

} // namespace postbag::models
