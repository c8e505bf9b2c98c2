// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/MessageListModel.h"

#include "core/models/FolderMessageSource.h"
#include "core/models/RowDiff.h"
#include "core/models/SearchMessageSource.h"
#include "core/models/UnifiedInboxSource.h"
#include "core/store/AccountStore.h"

#include <QScopedValueRollback>

namespace postbag::models {

namespace {

// Drops rows whose id is already in `seen` (a page that shifted because mail arrived) or twice.
QList<MessageRow> uniqueRows(QList<MessageRow> rows, QSet<qint64>& seen)
{
    QList<MessageRow> out;
    out.reserve(rows.size());
    for (MessageRow& r : rows) {
        if (!seen.contains(r.summary.id)) {
            seen.insert(r.summary.id);
            out.append(std::move(r));
        }
    }
    return out;
}

bool sameRow(const MessageRow& a, const MessageRow& b)
{
    const store::MessageSummary& x = a.summary;
    const store::MessageSummary& y = b.summary;
    return x.flags == y.flags && x.headersOnly == y.headersOnly && x.subject == y.subject &&
           x.fromName == y.fromName && x.fromAddress == y.fromAddress && x.size == y.size &&
           x.date == y.date && x.hasAttachments == y.hasAttachments && x.folderId == y.folderId &&
           a.snippet == b.snippet;
}

} // namespace

MessageListModel::MessageListModel(store::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

MessageListModel::~MessageListModel() = default;

Status MessageListModel::showFolder(qint64 folderId)
{
    return show(std::make_unique<FolderMessageSource>(m_db, folderId));
}

Status MessageListModel::showUnifiedInbox()
{
    return show(std::make_unique<UnifiedInboxSource>(m_db));
}

Status MessageListModel::showSearch(const store::SearchQuery& query)
{
    return show(std::make_unique<SearchMessageSource>(m_db, query));
}

void MessageListModel::clear()
{
    beginResetModel();
    m_source.reset();
    m_rows.clear();
    m_ids.clear();
    m_total.reset();
    m_exhausted = true;
    endResetModel();
}

Status MessageListModel::fail(const Error& error)
{
    Q_EMIT errorOccurred(error);
    return error;
}

Status MessageListModel::loadAccountNames()
{
    auto accounts = store::AccountStore(m_db).list();
    if (!accounts) {
        return accounts.error();
    }
    m_accountNames.clear();
    for (const store::Account& a : accounts.value()) {
        m_accountNames.insert(a.id, a.name);
    }
    return Ok{};
}

Status MessageListModel::show(std::unique_ptr<MessageSource> source)
{
    clear();
    if (const Status s = loadAccountNames(); !s) {
        return fail(s.error());
    }
    source->setSort(m_sortKey, m_sortOrder);
    auto total = source->total();
    if (!total) {
        return fail(total.error());
    }
    m_source = std::move(source);
    m_total = total.value();
    m_exhausted = false;
    fetchMore({});
    return Ok{};
}

void MessageListModel::replaceRows(QList<MessageRow> fresh)
{
    beginResetModel();
    m_rows = std::move(fresh);
    m_ids.clear();
    for (const MessageRow& r : std::as_const(m_rows)) {
        m_ids.insert(r.summary.id);
    }
    endResetModel();
}

Status MessageListModel::refresh()
{
    if (!m_source) {
        return Ok{};
    }
    if (const Status s = loadAccountNames(); !s) {
        return fail(s.error());
    }
    auto total = m_source->total();
    if (!total) {
        return fail(total.error());
    }
    // The window: what was loaded, grown by the mail that arrived so it still fits.
    qint64 window = m_rows.size();
    if (total.value() && m_total) {
        window = qMin(*total.value(), window + qMax<qint64>(0, *total.value() - *m_total));
    }
    if (window == 0) {
        window = m_pageSize;
    }
    auto fetched = m_source->fetch(0, int(window));
    if (!fetched) {
        return fail(fetched.error());
    }
    m_total = total.value();
    m_exhausted = fetched->size() < window;
    QSet<qint64> seen;
    QList<MessageRow> fresh = uniqueRows(std::move(fetched.value()), seen);

    QList<qint64> before;
    before.reserve(m_rows.size());
    for (const MessageRow& r : std::as_const(m_rows)) {
        before.append(r.summary.id);
    }
    QList<qint64> after;
    after.reserve(fresh.size());
    for (const MessageRow& r : std::as_const(fresh)) {
        after.append(r.summary.id);
    }
    const RowDiff diff = RowDiff::compute(before, after);
    const QScopedValueRollback busy(m_busy, true);
    if (diff.reset) {
        replaceRows(std::move(fresh));
        return Ok{};
    }
    for (const auto& [first, last] : diff.removals) {
        beginRemoveRows({}, first, last);
        for (int i = first; i <= last; ++i) {
            m_ids.remove(m_rows.at(i).summary.id);
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    for (const auto& [first, last] : diff.insertions) {
        beginInsertRows({}, first, last);
        for (int i = first; i <= last; ++i) {
            m_ids.insert(fresh.at(i).summary.id);
            m_rows.insert(i, fresh.at(i));
        }
        endInsertRows();
    }
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (!sameRow(m_rows.at(i), fresh.at(i))) {
            m_rows[i] = fresh.at(i);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    return Ok{};
}

qint64 MessageListModel::messageIdAt(int row) const
{
    const MessageRow* r = rowAt(row);
    return r != nullptr ? r->summary.id : 0;
}

int MessageListModel::rowOfMessage(qint64 messageId) const
{
    if (!m_ids.contains(messageId)) {
        return -1;
    }
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).summary.id == messageId) {
            return i;
        }
    }
    return -1;
}

const MessageRow* MessageListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

std::optional<store::SortKey> MessageListModel::sortKeyOf(int column)
{
    switch (column) {
    case SubjectColumn:
        return store::SortKey::Subject;
    case SenderColumn:
        return store::SortKey::From;
    case DateColumn:
        return store::SortKey::Date;
    case SizeColumn:
        return store::SortKey::Size;
    default:
        return std::nullopt;
    }
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key || (*key == m_sortKey && order == m_sortOrder)) {
        return;
    }
    m_sortKey = *key;
    m_sortOrder = order;
    if (!m_source || !m_source->sortable()) {
        return;
    }
    m_source->setSort(m_sortKey, m_sortOrder);
    auto fetched = m_source->fetch(0, int(qMax<qsizetype>(m_pageSize, m_rows.size())));
    if (!fetched) {
        (void)fail(fetched.error());
        return;
    }
    m_exhausted = fetched->size() < qMax<qsizetype>(m_pageSize, m_rows.size());
    QSet<qint64> seen;
    replaceRows(uniqueRows(std::move(fetched.value()), seen));
}

bool MessageListModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_source || m_exhausted || m_busy) {
        return false;
    }
    return !m_total || m_rows.size() < *m_total;
}

void MessageListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = m_source->fetch(int(m_rows.size()), m_pageSize);
    if (!page) {
        m_exhausted = true; // do not let a view retry in a loop; refresh() tries again
        (void)fail(page.error());
        return;
    }
    m_exhausted = page->size() < m_pageSize;
    QList<MessageRow> rows = uniqueRows(std::move(page.value()), m_ids);
    if (rows.isEmpty()) {
        if (!m_exhausted) {
            // Mail arrived above: this page holds rows already shown. Take the arrivals in now,
            // so the next page is new (a view fetching "until found" would spin otherwise).
            (void)refresh();
        }
        return;
    }
    const QScopedValueRollback busy(m_busy, true);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace postbag::models
