// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MessageSearch::plan: the translation of a parsed query into an FTS5 MATCH expression of quoted
// strings and SQL conditions with bound values (the half of MessageSearch that runs no SQL).
#include "core/store/MessageSearch.h"
#include "core/store/SearchText.h"

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
    QStringList where, dates;
    for (const Node* n : rest) {
        where.append(sqlExpr(*n, zone, p.values));
        if (n->type == Node::Type::Filter &&
            (n->filter == SearchQuery::Filter::Before || n->filter == SearchQuery::Filter::After)) {
            const bool before = n->filter == SearchQuery::Filter::Before;
            dates.append(before ? QStringLiteral("date < ?") : QStringLiteral("date >= ?"));
            p.dateValues.append(startOfDay(n->date, zone));
        }
    }
    p.where = where.join(u" AND ");
    if (!dates.isEmpty()) {
        p.dateIds = u"+search.rowid IN (SELECT id FROM messages WHERE " + dates.join(u" AND ") +
                    u" AND folder_id IN (SELECT id FROM folders))";
    }
    return p;
}

} // namespace postbag::store
