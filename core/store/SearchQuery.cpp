// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SearchQuery.h"

#include "core/store/SearchText.h"

#include <QList>

namespace postbag::store {

namespace {

using Node = SearchQuery::Node;

struct Token
{
    enum class Kind
    {
        Open,
        Close,
        Or,
        And,
        Not,
        Leaf
    };
    Kind kind = Kind::Leaf;
    Node leaf;
};

bool isBreak(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u'"';
}

Node term(SearchQuery::Field field, QString text, bool phrase, bool prefix)
{
    Node n;
    n.type = Node::Type::Term;
    n.field = field;
    n.text = std::move(text);
    n.phrase = phrase;
    n.prefix = prefix;
    return n;
}

Node filter(SearchQuery::Filter f)
{
    Node n;
    n.type = Node::Type::Filter;
    n.filter = f;
    return n;
}

// A field:value pair, or nullopt when `name` is not a field or the value is invalid.
std::optional<Node> fieldNode(const QString& name, const QString& value, bool phrase, bool prefix)
{
    using F = SearchQuery::Field;
    const QString key = name.toLower();
    const QString v = value.toLower();
    if (key == u"from" || key == u"to" || key == u"subject" || key == u"body") {
        const F f = key == u"from"      ? F::From
                    : key == u"to"      ? F::To
                    : key == u"subject" ? F::Subject
                                        : F::Body;
        return term(f, value, phrase, prefix);
    }
    if (key == u"has" && (v == u"attachment" || v == u"attachments")) {
        return filter(SearchQuery::Filter::HasAttachment);
    }
    if (key == u"is") {
        if (v == u"unread") {
            return filter(SearchQuery::Filter::Unread);
        }
        if (v == u"read") {
            return filter(SearchQuery::Filter::Read);
        }
        if (v == u"flagged" || v == u"starred") {
            return filter(SearchQuery::Filter::Flagged);
        }
    }
    if (key == u"before" || key == u"after") {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (d.isValid() && value.size() == 10) {
            Node n =
                filter(key == u"before" ? SearchQuery::Filter::Before : SearchQuery::Filter::After);
            n.date = d;
            return n;
        }
    }
    if ((key == u"folder" || key == u"account") && !value.isEmpty()) {
        Node n =
            filter(key == u"folder" ? SearchQuery::Filter::Folder : SearchQuery::Filter::Account);
        n.value = value;
        return n;
    }
    return std::nullopt;
}

QList<Token> tokenize(const QString& in)
{
    QList<Token> out;
    qsizetype i = 0;
    const qsizetype n = in.size();
    auto readPhrase = [&](QString* text, bool* prefix) {
        ++i; // opening quote
        const qsizetype end = in.indexOf(u'"', i);
        *text = in.mid(i, end < 0 ? -1 : end - i);
        i = end < 0 ? n : end + 1;
        *prefix = i < n && in.at(i) == u'*';
        while (i < n && in.at(i) == u'*') {
            ++i;
        }
    };
    while (i < n && out.size() < SearchQuery::kMaxTerms * 2) {
        const QChar c = in.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(' || c == u')') {
            out.append({c == u'(' ? Token::Kind::Open : Token::Kind::Close, {}});
            ++i;
        } else if (c == u'-' && i + 1 < n && !in.at(i + 1).isSpace() && in.at(i + 1) != u'-') {
            out.append({Token::Kind::Not, {}});
            ++i;
        } else if (c == u'"') {
            QString text;
            bool prefix = false;
            readPhrase(&text, &prefix);
            out.append({Token::Kind::Leaf, term(SearchQuery::Field::Any, text, true, prefix)});
        } else {
            const qsizetype start = i;
            while (i < n && !isBreak(in.at(i))) {
                ++i;
            }
            QString word = in.mid(start, i - start);
            if (word == u"OR" || word == u"|") {
                out.append({Token::Kind::Or, {}});
                continue;
            }
            if (word == u"AND") {
                out.append({Token::Kind::And, {}});
                continue;
            }
            if (word == u"NOT") {
                out.append({Token::Kind::Not, {}});
                continue;
            }
            const qsizetype colon = word.indexOf(u':');
            if (colon > 0) {
                const QString name = word.left(colon);
                QString value = word.mid(colon + 1);
                bool phrase = false;
                bool prefix = false;
                if (value.isEmpty() && i < n && in.at(i) == u'"') {
                    readPhrase(&value, &prefix);
                    phrase = true;
                } else if (value.endsWith(u'*')) {
                    while (value.endsWith(u'*')) {
                        value.chop(1);
                    }
                    prefix = true;
                }
                if (auto node = fieldNode(name, value, phrase, prefix)) {
                    out.append({Token::Kind::Leaf, std::move(*node)});
                    continue;
                }
                if (phrase) { // unknown field with a quoted value: search both as text
                    out.append(
                        {Token::Kind::Leaf, term(SearchQuery::Field::Any, name, false, false)});
                    out.append(
                        {Token::Kind::Leaf, term(SearchQuery::Field::Any, value, true, prefix)});
                    continue;
                }
            }
            bool prefix = false;
            while (word.endsWith(u'*')) {
                word.chop(1);
                prefix = true;
            }
            out.append({Token::Kind::Leaf, term(SearchQuery::Field::Any, word, false, prefix)});
        }
    }
    return out;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

    std::optional<Node> parseAll()
    {
        std::vector<Node> parts;
        while (m_pos < m_tokens.size()) {
            if (auto n = parseOr(0)) {
                parts.push_back(std::move(*n));
            }
            if (m_pos < m_tokens.size()) {
                ++m_pos; // a stray ')' or an operator with nothing after it
            }
        }
        return combine(Node::Type::And, std::move(parts));
    }

private:
    bool at(Token::Kind k) const { return m_pos < m_tokens.size() && m_tokens.at(m_pos).kind == k; }

    static std::optional<Node> combine(Node::Type type, std::vector<Node> parts)
    {
        if (parts.empty()) {
            return std::nullopt;
        }
        if (parts.size() == 1) {
            return std::move(parts.front());
        }
        Node n;
        n.type = type;
        for (Node& p : parts) { // flatten (a AND (b AND c)) into one level
            if (p.type == type) {
                for (Node& c : p.children) {
                    n.children.push_back(std::move(c));
                }
            } else {
                n.children.push_back(std::move(p));
            }
        }
        return n;
    }

    std::optional<Node> parseOr(int depth)
    {
        std::vector<Node> parts;
        for (;;) {
            if (auto n = parseAnd(depth)) {
                parts.push_back(std::move(*n));
            }
            if (!at(Token::Kind::Or)) {
                break;
            }
            ++m_pos;
        }
        return combine(Node::Type::Or, std::move(parts));
    }

    std::optional<Node> parseAnd(int depth)
    {
        std::vector<Node> parts;
        while (m_pos < m_tokens.size() && !at(Token::Kind::Or) && !at(Token::Kind::Close)) {
            if (at(Token::Kind::And)) {
                ++m_pos;
                continue;
            }
            if (auto n = parseUnary(depth)) {
                parts.push_back(std::move(*n));
            }
        }
        return combine(Node::Type::And, std::move(parts));
    }

    std::optional<Node> parseUnary(int depth)
    {
        const Token& t = m_tokens.at(m_pos);
        switch (t.kind) {
        case Token::Kind::Not: {
            ++m_pos;
            if (m_pos >= m_tokens.size() || at(Token::Kind::Or) || at(Token::Kind::Close)) {
                return std::nullopt;
            }
            auto operand = parseUnary(depth);
            if (!operand) {
                return std::nullopt;
            }
            if (operand->type == Node::Type::Not) { // --x is x
                return std::move(operand->children.front());
            }
            Node n;
            n.type = Node::Type::Not;
            n.children.push_back(std::move(*operand));
            return n;
        }
        case Token::Kind::Open: {
            ++m_pos;
            if (depth >= SearchQuery::kMaxDepth) {
                return std::nullopt; // too deep: the parenthesis is ignored
            }
            auto inner = parseOr(depth + 1);
            if (at(Token::Kind::Close)) {
                ++m_pos;
            }
            return inner;
        }
        case Token::Kind::Leaf: {
            ++m_pos;
            if (++m_leaves > SearchQuery::kMaxTerms) {
                return std::nullopt;
            }
            const Node& leaf = t.leaf;
            if (leaf.type == Node::Type::Term && !SearchText::hasTokens(leaf.text)) {
                return std::nullopt;
            }
            return leaf;
        }
        case Token::Kind::Close:
        case Token::Kind::Or:
        case Token::Kind::And:
            ++m_pos;
            return std::nullopt;
        }
        return std::nullopt;
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_leaves = 0;
};

QString fieldName(SearchQuery::Field f)
{
    switch (f) {
    case SearchQuery::Field::Any:
        return QStringLiteral("any");
    case SearchQuery::Field::From:
        return QStringLiteral("from");
    case SearchQuery::Field::To:
        return QStringLiteral("to");
    case SearchQuery::Field::Subject:
        return QStringLiteral("subject");
    case SearchQuery::Field::Body:
        return QStringLiteral("body");
    }
    return {};
}

} // namespace

SearchQuery SearchQuery::parse(const QString& input)
{
    SearchQuery q;
    q.m_root = Parser(tokenize(input.left(kMaxLength))).parseAll();
    return q;
}

QString SearchQuery::toString() const
{
    return m_root ? toString(*m_root) : QString();
}

QString SearchQuery::toString(const Node& n)
{
    switch (n.type) {
    case Node::Type::Term: {
        const QString text = n.phrase ? u'"' + n.text + u'"' : n.text;
        return fieldName(n.field) + u':' + text + (n.prefix ? QStringLiteral("*") : QString());
    }
    case Node::Type::Filter:
        switch (n.filter) {
        case Filter::HasAttachment:
            return QStringLiteral("has:attachment");
        case Filter::Unread:
            return QStringLiteral("is:unread");
        case Filter::Read:
            return QStringLiteral("is:read");
        case Filter::Flagged:
            return QStringLiteral("is:flagged");
        case Filter::Before:
            return u"before:" + n.date.toString(Qt::ISODate);
        case Filter::After:
            return u"after:" + n.date.toString(Qt::ISODate);
        case Filter::Folder:
            return u"folder:\"" + n.value + u'"';
        case Filter::Account:
            return u"account:\"" + n.value + u'"';
        }
        return {};
    case Node::Type::Not:
        return u'-' + toString(n.children.front());
    case Node::Type::And:
    case Node::Type::Or: {
        QStringList parts;
        for (const Node& c : n.children) {
            parts.append(toString(c));
        }
        return u'(' + parts.join(n.type == Node::Type::And ? u" AND " : u" OR ") + u')';
    }
    }
    return {};
}

} // namespace postbag::store
