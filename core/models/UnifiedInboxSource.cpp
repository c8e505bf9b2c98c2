// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/UnifiedInboxSource.h"

#include "core/store/AccountStore.h"
#include "core/store/MessageStore.h"
#include "core/store/SortKeys.h"

namespace postbag::models {

UnifiedInboxSource::UnifiedInboxSource(store::Database& db) : m_db(db) {}

Status UnifiedInboxSource::loadInboxes()
{
    auto accounts = store::AccountStore(m_db).list();
    if (!accounts) {
        return accounts.error();
    }
    QList<qint64> current;
    for (const Cursor& c : m_cursors) {
        current.append(c.folderId);
    }
    QList<qint64> inboxes;
    for (const store::Account& a : accounts.value()) {
        inboxes.append(a.inboxId);
    }
    if (inboxes != current) {
        m_cursors.clear();
        for (const qint64 id : std::as_const(inboxes)) {
            m_cursors.push_back(Cursor{id, {}, 0, 0, false});
        }
        m_produced = 0;
    }
    return Ok{};
}

void UnifiedInboxSource::setSort(store::SortKey key, Qt::SortOrder order)
{
    MessageSource::setSort(key, order);
    restart();
}

void UnifiedInboxSource::restart()
{
    for (Cursor& c : m_cursors) {
        c = Cursor{c.folderId, {}, 0, 0, false};
    }
    m_produced = 0;
}

Status UnifiedInboxSource::fill(Cursor& cursor)
{
    if (cursor.exhausted || cursor.pos < cursor.buffer.size()) {
        return Ok{};
    }
    auto page = store::MessageStore(m_db).page(cursor.folderId, m_key, m_order, cursor.read,
                                               kStorePage);
    if (!page) {
        return page.error();
    }
    cursor.read += int(page->size());
    cursor.buffer = std::move(page.value());
    cursor.pos = 0;
    cursor.exhausted = cursor.buffer.isEmpty();
    return Ok{};
}

Result<store::MessageSummary*> UnifiedInboxSource::next()
{
    Cursor* best = nullptr;
    for (Cursor& c : m_cursors) {
        if (const Status s = fill(c); !s) {
            return s.error();
        }
        if (c.exhausted) {
            continue;
        }
        const store::MessageSummary& head = c.buffer.at(c.pos);
        if (best == nullptr) {
            best = &c;
            continue;
        }
        const store::MessageSummary& bestHead = best->buffer.at(best->pos);
        const bool earlier = m_order == Qt::AscendingOrder
                                 ? store::SortKeys::before(head, bestHead, m_key)
                                 : store::SortKeys::before(bestHead, head, m_key);
        if (earlier) {
            best = &c;
        }
    }
    if (best == nullptr) {
        return static_cast<store::MessageSummary*>(nullptr);
    }
    return &best->buffer[best->pos++];
}

Result<QList<MessageRow>> UnifiedInboxSource::fetch(int offset, int limit)
{
    if (offset < m_produced) {
        restart();
    }
    QList<MessageRow> rows;
    while (m_produced < offset + limit) {
        auto n = next();
        if (!n) {
            restart(); // a half-advanced merge must not be reused
            return n.error();
        }
        if (n.value() == nullptr) {
            break;
        }
        if (m_produced >= offset) {
            rows.append(MessageRow{*n.value(), {}});
        }
        ++m_produced;
    }
    return rows;
}

Result<std::optional<qint64>> UnifiedInboxSource::total()
{
    if (const Status s = loadInboxes(); !s) {
        return s.error();
    }
    qint64 sum = 0;
    for (const Cursor& c : m_cursors) {
        auto counts = store::MessageStore(m_db).counts(c.folderId);
        if (!counts) {
            return counts.error();
        }
        sum += counts->total;
    }
    return std::optional<qint64>(sum);
}

} // namespace postbag::models
