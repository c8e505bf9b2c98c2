// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace postbag::store {

// The search box language, parsed by us into a tree. Why: user input must never reach SQL or an
// FTS5 MATCH as syntax; the tree is what MessageSearch turns into quoted FTS strings and bound SQL
// values. Guarantees: parse() is pure, total (any input gives a tree or an empty query, never an
// error), bounded (nesting and term count are capped), and drops terms with nothing to match.
//
// Language: words, "phrases", prefix* ("phrase"* too); field terms from:, to:, subject:, body:;
// filters has:attachment, is:unread, is:read, is:flagged, before:YYYY-MM-DD (strictly earlier
// than that day), after:YYYY-MM-DD (that day or later), folder:NAME, account:NAME (names may be
// quoted); AND is implicit (the word AND is accepted), OR binds looser than AND, a leading - or
// NOT negates, parentheses group. Operators are upper case; unknown fields and invalid filter
// values are searched as plain text. Stray parentheses and operators are ignored.
class SearchQuery
{
public:
    enum class Field
    {
        Any,
        From,
        To,
        Subject,
        Body
    };
    enum class Filter
    {
        HasAttachment,
        Unread,
        Read,
        Flagged,
        Before,
        After,
        Folder,
        Account
    };

    struct Node
    {
        enum class Type
        {
            Term,
            Filter,
            And,
            Or,
            Not
        };
        Type type = Type::Term;
        // Term
        Field field = Field::Any;
        QString text;
        bool phrase = false;
        bool prefix = false;
        // Filter
        Filter filter = Filter::Unread;
        QDate date;    // Before, After
        QString value; // Folder, Account
        // And, Or (two or more), Not (one)
        std::vector<Node> children;
    };

    static constexpr int kMaxDepth = 16;
    static constexpr int kMaxTerms = 64;
    static constexpr int kMaxLength = 2000;

    [[nodiscard]] static SearchQuery parse(const QString& input);

    [[nodiscard]] bool isEmpty() const { return !m_root.has_value(); }
    [[nodiscard]] const Node& root() const { return *m_root; }
    // Canonical text of the tree, e.g. `(from:bob AND -any:"x y")`, for tests and logs.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static QString toString(const Node& node);

private:
    std::optional<Node> m_root;
};

} // namespace postbag::store
