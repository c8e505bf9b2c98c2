// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/SearchMessageSource.h"

#include "core/store/MessageSearch.h"

namespace postbag::models {

SearchMessageSource::SearchMessageSource(store::Database& db, store::SearchQuery query)
    : m_db(db), m_query(std::move(query)), m_now(QDateTime::currentDateTimeUtc())
{
}

Result<QList<MessageRow>> SearchMessageSource::fetch(int offset, int limit)
{
    if (m_query.isEmpty()) {
        return QList<MessageRow>();
    }
    auto hits = store::MessageSearch(m_db).search(m_query, offset, limit,
                                                    {QTimeZone::systemTimeZone(), m_now});
    if (!hits) {
        return hits.error();
    }
    QList<MessageRow> rows;
    rows.reserve(hits->size());
    for (store::SearchHit& h : hits.value()) {
        rows.append(MessageRow{std::move(h.summary), std::move(h.snippet)});
    }
    return rows;
}

} // namespace postbag::models
