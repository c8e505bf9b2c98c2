// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/MessageSearch.h"

#include "core/store/Database.h"
#include "core/store/SearchRank.h"
#include "core/store/SearchText.h"
#include "core/store/SqlUtil.h"

#include <QHash>
#include <algorithm>

namespace postbag::store {

Result<QList<SearchHit>> MessageSearch::search(const SearchQuery& query, int offset, int limit,
                                               const Options& options)
{
    const Plan p = plan(query, options.zone);
    if ((p.match.isEmpty() && p.where.isEmpty()) || limit <= 0) {
        return QList<SearchHit>();
    }
    offset = qMax(0, offset);
    if (p.match.isEmpty()) {
        return filterOnly(p, offset, limit);
    }
    const auto ids = rankedIds(p, offset, limit, options);
    if (!ids) {
        return ids.error();
    }
    return hitsFor(p.match, ids.value());
}

Result<QList<qint64>> MessageSearch::rankedIds(const Plan& p, int offset, int limit,
                                               const Options& options)
{
    // The matches that pass the filters, newest stored first: FTS5 walks its doclists in rowid
    // order, so a LIMIT stops it early and nothing is sorted.
    const QString matches =
        u" FROM search JOIN messages m INDEXED BY messages_for_search ON m.id = search.rowid "
        u"WHERE search MATCH ?" +
        (p.dateIds.isEmpty() ? QString() : u" AND " + p.dateIds) +
        (p.where.isEmpty() ? QString() : u" AND " + p.where) + u" ORDER BY search.rowid DESC";
    QList<QVariant> values{p.match};
    values.append(p.dateValues);
    values.append(p.values);

    const int window = qMax(0, options.rankWindow);
    QList<qint64> ids;
    if (offset < window) {
        // The text score (SearchRank, or bm25 without it) is negative, more negative = better;
        // dividing by an age factor pulls old mail towards zero. Half-year scale: a message a year
        // old needs a 3x better text score.
        const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
        const QString statement =
            u"SELECT hit FROM (SELECT search.rowid AS hit, m.date AS date, " +
            (m_db.hasSearchRank() ? QString::fromLatin1(SearchRank::kFunction)
                                  : QStringLiteral("bm25")) +
            u"(search, 4.0, 2.0, 1.5, 1.0, 1.5) AS relevance" + matches +
            u" LIMIT ?) ORDER BY relevance / (1.0 + max(0, ? - date) / 15552000.0), hit DESC "
            u"LIMIT ? OFFSET ?";
        QList<QVariant> ranked = values;
        ranked << window << now.toSecsSinceEpoch() << qMin(limit, window - offset) << offset;
        if (const Status s = appendIds(statement, ranked, ids); !s) {
            return s.error();
        }
    }
    // Past the window (when it was full), the older matches in stored order.
    const qint64 end = qint64(offset) + limit;
    if (end > window && (offset >= window || ids.size() == window - offset)) {
        const int from = qMax(offset, window);
        QList<QVariant> rest = values;
        rest << qint64(end - from) << from;
        if (const Status s =
                appendIds(u"SELECT search.rowid" + matches + u" LIMIT ? OFFSET ?", rest, ids);
            !s) {
            return s.error();
        }
    }
    return ids;
}

Result<QList<SearchHit>> MessageSearch::hitsFor(const QString& match, const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return QList<SearchHit>();
    }
    // One pass over the matches between the page's lowest and highest id, computing summaries and
    // snippets for the page's rows only. (Re-entering the index once per row would parse the
    // expression and seek every segment again, each time.)
    // The snippet of the best matching column, unless that is the subject, which the row shows
    // anyway: then the body's, around its own match or its first words (a preview, as mail
    // clients show). Snippets of the same column with the same arguments are equal strings.
    const auto [lo, hi] = std::minmax_element(ids.begin(), ids.end());
    auto query = sql::Statement::run(
        m_db,
        u"SELECT " + sql::summaryColumns() +
            u", snippet(search, -1, char(2), char(3), '…', 16)"
            u", snippet(search, 0, char(2), char(3), '…', 16)"
            u", snippet(search, 3, char(2), char(3), '…', 16) FROM search CROSS JOIN messages m "
            u"ON m.id = search.rowid WHERE search MATCH ? AND search.rowid BETWEEN ? AND ? "
            u"AND +search.rowid IN (SELECT value FROM json_each(?))",
        {match, *lo, *hi, sql::idsJson(ids)});
    if (!query) {
        return query.error();
    }
    QHash<qint64, SearchHit> byId;
    byId.reserve(ids.size());
    while (query->next()) {
        SearchHit hit;
        hit.summary = sql::readSummary(query.value());
        hit.id = hit.summary.id;
        const QString best = query->value(21).toString();
        const QString body = query->value(23).toString();
        const bool subject = best == query->value(22).toString();
        hit.snippet = SearchText::forDisplay(subject && !body.isEmpty() ? body : best);
        byId.insert(hit.id, std::move(hit));
    }
    if (const Status s = query->rowsEnded(); !s) {
        return s.error();
    }
    QList<SearchHit> out;
    out.reserve(ids.size());
    for (const qint64 id : ids) {
        if (auto it = byId.find(id); it != byId.end()) { // absent if deleted meanwhile
            out.append(std::move(it.value()));
        }
    }
    return out;
}

Result<QList<SearchHit>> MessageSearch::filterOnly(const Plan& p, int offset, int limit)
{
    // Every message has a folder; naming them lets a date range use the (folder_id, date)
    // index instead of reading every row.
    const QString statement = u"SELECT " + sql::summaryColumns() + u" FROM messages m WHERE " +
                              p.where +
                              u" AND m.folder_id IN (SELECT id FROM folders)"
                              u" ORDER BY m.date DESC, m.id DESC LIMIT ? OFFSET ?";
    QList<QVariant> values = p.values;
    values << limit << offset;
    auto q = sql::Statement::run(m_db, statement, values, sql::Statement::Cache::No);
    if (!q) {
        return q.error();
    }
    QList<SearchHit> out;
    while (q->next()) {
        SearchHit hit;
        hit.summary = sql::readSummary(q.value());
        hit.id = hit.summary.id;
        out.append(hit);
    }
    if (const Status s = q->rowsEnded(); !s) {
        return s.error();
    }
    return out;
}

Status MessageSearch::appendIds(const QString& statement, const QList<QVariant>& values,
                                QList<qint64>& ids)
{
    auto q = sql::Statement::run(m_db, statement, values, sql::Statement::Cache::No);
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        ids.append(q->value(0).toLongLong());
    }
    return q->rowsEnded();
}

} // namespace postbag::store
