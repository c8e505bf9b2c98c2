// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/SearchQuery.h"
#include "core/store/StoreTypes.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QVariant>

namespace postbag::store {

class Database;

struct SearchHit
{
    qint64 id = 0;
    // Matching text around the hit; matched tokens are wrapped in kHighlightBegin/kHighlightEnd
    // (control characters that never occur in indexed text). Never a repeat of the subject when
    // the message has a body: then the body's text (its match, else its first words). Empty for
    // filter-only queries.
    QString snippet;
    MessageSummary summary;
};

// Runs a SearchQuery against the FTS5 index and the summary columns. Why: the only place that
// turns user search input into SQL, so the escaping rule lives in one spot. Guarantees: no user
// text is ever SQL or FTS5 syntax - every term becomes a quoted FTS5 string (SearchText::ftsString)
// inside a MATCH expression assembled from the tree, and every value is a bound parameter, so no
// input causes a syntax error or an injection. Ranking (relevance with recency): of the matches
// that pass the filters, the rankWindow most recently stored ones (highest id: POP3 mail is stored
// as it arrives) come first, ordered by bm25 (subject weighted highest) divided by an age factor
// from their date, so among equally good matches newer mail comes first; older matches follow,
// most recently stored first. The cost therefore stays bounded however many messages match (bm25
// and the date are read for the window only, summaries and snippets for the page only), and every
// match is still reachable by paging, each exactly once. Filter-only queries are newest first.
class MessageSearch
{
public:
    static constexpr QChar kHighlightBegin = QChar(0x02);
    static constexpr QChar kHighlightEnd = QChar(0x03);
    static constexpr int kRankWindow = 1000;

    struct Options
    {
        QTimeZone zone = QTimeZone::systemTimeZone(); // for before:/after: day boundaries
        QDateTime now;                                // recency reference; invalid = current time
        int rankWindow = kRankWindow;                 // matches ranked by relevance, see above
    };

    // What a query becomes: an FTS5 MATCH expression (empty when the query has no positive text
    // part) and a SQL condition over `messages m` with its bound values.
    struct Plan
    {
        QString match;
        QString where;
        QList<QVariant> values;
        // The top-level before:/after: bounds again, as a set of ids read through the
        // (folder_id, date) index, so a text query over a date range skips the other matches
        // before reading any of their rows. Empty without such bounds.
        QString dateIds;
        QList<QVariant> dateValues;
    };

    explicit MessageSearch(Database& db) : m_db(db) {}

    [[nodiscard]] Result<QList<SearchHit>> search(const SearchQuery& query, int offset, int limit,
                                                  const Options& options);
    [[nodiscard]] Result<QList<SearchHit>> search(const QString& text, int offset, int limit)
    {
        return search(SearchQuery::parse(text), offset, limit, Options{});
    }

    [[nodiscard]] static Plan plan(const SearchQuery& query, const QTimeZone& zone);

private:
    [[nodiscard]] Result<QList<qint64>> rankedIds(const Plan& p, int offset, int limit,
                                                  const Options& options);
    [[nodiscard]] Result<QList<SearchHit>> hitsFor(const QString& match, const QList<qint64>& ids);
    [[nodiscard]] Result<QList<SearchHit>> filterOnly(const Plan& p, int offset, int limit);
    [[nodiscard]] Status appendIds(const QString& statement, const QList<QVariant>& values,
                                   QList<qint64>& ids);

    Database& m_db;
};

} // namespace postbag::store
