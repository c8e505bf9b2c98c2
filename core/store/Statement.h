// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QVariant>
#include <memory>

class QSqlQuery;

namespace postbag::store {
class Database;
}

// Internal to core/store (not part of the public API).
namespace postbag::store::sql {

// One run of a prepared statement: bound, executed, its rows read, then finished when it goes out
// of scope, so a SELECT never keeps a read transaction open. Why: every statement of the store
// goes through the same prepare, bind, exec and finish steps and the same error mapping; written
// once here rather than at each call. Cached statements are reused per SQL text (see
// Connection::prepare); Cache::No is for SQL assembled per query (search), which would fill it.
class Statement
{
public:
    enum class Cache
    {
        Yes,
        No
    };

    [[nodiscard]] static Result<Statement> run(Database& db, const QString& sql,
                                               const QList<QVariant>& values = {},
                                               Cache cache = Cache::Yes);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // The next row, false after the last (see rowsEnded()).
    [[nodiscard]] bool next();
    [[nodiscard]] QVariant value(int column) const;
    // After next() returned false: whether it ran out of rows, or an error (I/O, corruption)
    // ended them early, in which case what was read is not the whole answer.
    [[nodiscard]] Status rowsEnded() const;
    [[nodiscard]] qint64 lastInsertId() const;
    [[nodiscard]] int rowsAffected() const;

private:
    explicit Statement(QSqlQuery* query, std::unique_ptr<QSqlQuery> owned);

    QSqlQuery* m_query;
    std::unique_ptr<QSqlQuery> m_owned; // set for Cache::No
};

} // namespace postbag::store::sql
