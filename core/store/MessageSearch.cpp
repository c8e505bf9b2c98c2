// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/MessageSearch.h"

#include "core/store/Database.h"
#include "core/store/SearchText.h"
#include "core/store/SqlUtil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace postbag::store {

namespace {

using Node = SearchQuery::Node;

QString column(SearchQuery::Field field)
{
    switch (field) {
    case SearchQuery::Field::Any:
        return {};
    case SearchQuery::Field::From:
        return QStringLiteral("sender : ");
    case SearchQuery::Field::To:
        return QStringLiteral("recipients : ");
    case SearchQuery::Field::Subject:
        return QStringLiteral("subject : ");
    case SearchQuery::Field::Body:
        return QStringLiteral("body : ");
    }
    return {};
}

// The node as an FTS5 expression, or nullopt when FTS5 cannot express it on its own (filters, a
// negation without a positive part, OR over a negation).
std::optional<QString> ftsExpr(const Node& n)
{
    switch (n.type) {
    case Node::Type::Term:
        return column(n.field) + SearchText::ftsString(n.text) +
               (n.prefix ? QStringLiteral(" *") : QString());
    case Node::Type::Filter:
    case Node::Type::Not:
        return std::nullopt;
    case Node::Type::Or: {
        QStringList parts;
        for (const Node& c : n.children) {
            const auto e = ftsExpr(c);
            if (!e) {
                return std::nullopt;
            }
            parts.append(*e);
        }
        return u'(' + parts.join(u" OR ") + u')';
    }
    case Node::Type::And: {
        QStringList positive, negative;
        for (const Node& c : n.children) {
            const bool neg = c.type == Node::Type::Not;
            const auto e = ftsExpr(neg ? c.children.front() : c);
            if (!e) {
                return std::nullopt;
            }
            (neg ? negative : positive).append(*e);
        }
        if (positive.isEmpty()) {
            return std::nullopt;
        }
        QString out = u'(' + positive.join(u" AND ") + u')';
        if (!negative.isEmpty()) {
            out += u" NOT (" + negative.join(u" OR ") + u')';
        }
        return out;
    }
    }
    return std::nullopt;
}

qint64 startOfDay(const QDate& d, const QTimeZone& zone)
{
    return QDateTime(d, QTime(0, 0), zone).toSecsSinceEpoch();
}

QString sqlExpr(const Node& n, const QTimeZone& zone, QList<QVariant>& values)
{
    if (const auto fts = ftsExpr(n)) {
        values.append(*fts);
        return QStringLiteral("m.id IN (SELECT rowid FROM search WHERE search MATCH ?)");
    }
    switch (n.type) {
    case Node::Type::Term: // always expressible above
        return QStringLiteral("0");
    case Node::Type::Filter:
        switch (n.filter) {
        case SearchQuery::Filter::HasAttachment:
            return QStringLiteral("m.has_attachments = 1");
        case SearchQuery::Filter::Unread:
            return QStringLiteral("m.seen = 0");
        case SearchQuery::Filter::Read:
            return QStringLiteral("m.seen = 1");
        case SearchQuery::Filter::Flagged:
            return QStringLiteral("m.flagged = 1");
        case SearchQuery::Filter::Before:
            values.append(startOfDay(n.date, zone));
            return QStringLiteral("m.date < ?");
        case SearchQuery::Filter::After:
            values.append(startOfDay(n.date, zone));
            return QStringLiteral("m.date >= ?");
        case SearchQuery::Filter::Folder:
            values.append(n.value);
            return QStringLiteral(
                "m.folder_id IN (SELECT id FROM folders WHERE name = ? COLLATE NOCASE)");
        case SearchQuery::Filter::Account:
            values.append(n.value);
            return QStringLiteral(
                "m.account_id IN (SELECT id FROM accounts WHERE name = ? COLLATE NOCASE)");
        }
        return QStringLiteral("0");
    case Node::Type::Not:
        return u"NOT (" + sqlExpr(n.children.front(), zone, values) + u')';
    case Node::Type::And:
    case Node::Type::Or: {
        QStringList parts;
        for (const Node& c : n.children) {
            parts.append(sqlExpr(c, zone, values));
        }
        return u'(' + parts.join(n.type == Node::Type::And ? u" AND " : u" OR ") + u')';
    }
    }
    return QStringLiteral("0");
}

} // namespace

MessageSearch::Plan MessageSearch::plan(const SearchQuery& query, const QTimeZone& zone)
{
    Plan p;
    if (query.isEmpty()) {
        return p;
    }
    const Node& root = query.root();
    const std::vector<Node> single{root};
    const std::vector<Node>& conjuncts = root.type == Node::Type::And ? root.children : single;

    // Positive text conjuncts (and text negations, as FTS5 NOT) form the ranked MATCH; the rest
    // becomes bound SQL.
    QStringList positive, negative;
    std::vector<const Node*> rest, negatedText;
    for (const Node& c : conjuncts) {
        if (c.type == Node::Type::Not && ftsExpr(c.children.front())) {
            negatedText.push_back(&c);
        } else if (const auto e = ftsExpr(c)) {
            positive.append(*e);
        } else {
            rest.push_back(&c);
        }
    }
    if (!positive.isEmpty()) {
        p.match = positive.join(u" AND ");
        for (const Node* n : negatedText) {
            negative.append(*ftsExpr(n->children.front()));
        }
        if (!negative.isEmpty()) {
            p.match = u'(' + p.match + u") NOT (" + negative.join(u" OR ") + u')';
        }
    } else {
        rest.insert(rest.end(), negatedText.begin(), negatedText.end());
    }
    QStringList where;
    for (const Node* n : rest) {
        where.append(sqlExpr(*n, zone, p.values));
    }
    p.where = where.join(u" AND ");
    return p;
}

Result<QList<SearchHit>> MessageSearch::search(const SearchQuery& query, int offset, int limit,
                                               const Options& options)
{
    const Plan p = plan(query, options.zone);
    if (p.match.isEmpty() && p.where.isEmpty()) {
        return QList<SearchHit>();
    }
    QString sql;
    QList<QVariant> values;
    if (!p.match.isEmpty()) {
        // bm25 is negative (more negative = better); dividing by an age factor pulls old mail
        // towards zero. Half-year scale: a message a year old needs a 3x better text score.
        // Two steps: the inner query ranks every match but reads only rowid, date and bm25; the
        // summary columns and the snippet (the expensive part) are computed for the requested
        // page only, by re-entering the index at each hit's rowid.
        sql = u"SELECT " + sql::summaryColumns() +
              u", snippet(search, -1, char(2), char(3), '…', 16) FROM ("
              u"SELECT search.rowid AS hit, bm25(search, 4.0, 2.0, 1.5, 1.0, 1.5) / "
              u"(1.0 + max(0, ? - m.date) / 15552000.0) AS score FROM search "
              u"JOIN messages m ON m.id = search.rowid WHERE search MATCH ?" +
              (p.where.isEmpty() ? QString() : u" AND " + p.where) +
              u" ORDER BY score, m.id DESC LIMIT ? OFFSET ?) AS top "
              u"JOIN messages m ON m.id = top.hit JOIN search ON search.rowid = top.hit "
              u"WHERE search MATCH ? ORDER BY top.score, m.id DESC";
        const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
        values.append(now.toSecsSinceEpoch());
        values.append(p.match);
        values.append(p.values);
        values.append(qMax(0, limit));
        values.append(qMax(0, offset));
        values.append(p.match);
    } else {
        // Every message has a folder; naming them lets a date range use the (folder_id, date)
        // index instead of reading every row.
        sql = u"SELECT " + sql::summaryColumns() + u", '' FROM messages m WHERE " + p.where +
              u" AND m.folder_id IN (SELECT id FROM folders)"
              u" ORDER BY m.date DESC, m.id DESC LIMIT ? OFFSET ?";
        values.append(p.values);
        values.append(qMax(0, limit));
        values.append(qMax(0, offset));
    }

    QSqlQuery q(m_db.connection());
    if (!q.prepare(sql)) {
        return Database::mapError(q.lastError());
    }
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    if (const Status s = m_db.exec(q); !s) {
        return s.error();
    }
    QList<SearchHit> out;
    while (q.next()) {
        SearchHit hit;
        hit.summary = sql::readSummary(q);
        hit.id = hit.summary.id;
        hit.snippet = SearchText::forDisplay(q.value(21).toString());
        out.append(hit);
    }
    return out;
}

} // namespace postbag::store
