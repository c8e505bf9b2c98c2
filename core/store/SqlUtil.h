// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Statement.h"
#include "core/store/StoreTypes.h"

#include <QString>
#include <optional>

namespace postbag::store {
class Database;
}

// Internal helpers shared by the store classes (not part of the public API): the few shapes every
// statement of the store takes, each running through Statement (one error mapping).
namespace postbag::store::sql {

// A statement that returns no rows.
[[nodiscard]] Status run(Database& db, const QString& sql, const QList<QVariant>& values = {});
// An INSERT: the new row's id.
[[nodiscard]] Result<qint64> insert(Database& db, const QString& sql,
                                    const QList<QVariant>& values);
// An UPDATE or DELETE: how many rows it changed.
[[nodiscard]] Result<int> change(Database& db, const QString& sql, const QList<QVariant>& values);

// Every row, each made by `read(const Statement&)`; an error that ends the rows early is an error,
// never a short answer.
template <typename Read>
[[nodiscard]] auto rows(Database& db, const QString& sql, const QList<QVariant>& values, Read read)
    -> Result<QList<decltype(read(std::declval<const Statement&>()))>>
{
    QList<decltype(read(std::declval<const Statement&>()))> out;
    auto st = Statement::run(db, sql, values);
    if (!st) {
        return st.error();
    }
    while (st->next()) {
        out.append(read(st.value()));
    }
    if (const Status s = st->rowsEnded(); !s) {
        return s.error();
    }
    return out;
}

// The first row made by `read`, or nullopt when there is none.
template <typename Read>
[[nodiscard]] auto firstRow(Database& db, const QString& sql, const QList<QVariant>& values,
                            Read read)
    -> Result<std::optional<decltype(read(std::declval<const Statement&>()))>>
{
    using Row = decltype(read(std::declval<const Statement&>()));
    auto st = Statement::run(db, sql, values);
    if (!st) {
        return st.error();
    }
    if (!st->next()) {
        if (const Status s = st->rowsEnded(); !s) {
            return s.error();
        }
        return std::optional<Row>();
    }
    return std::optional<Row>(read(st.value()));
}

// The first row made by `read`, or `none` when there is no row.
template <typename Read>
[[nodiscard]] auto oneRow(Database& db, const QString& sql, const QList<QVariant>& values,
                          Read read, const Error& none)
    -> Result<decltype(read(std::declval<const Statement&>()))>
{
    auto row = firstRow(db, sql, values, read);
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return none;
    }
    return std::move(*row.value());
}

// The first column of every row, as ids.
[[nodiscard]] Result<QList<qint64>> idList(Database& db, const QString& sql,
                                           const QList<QVariant>& values);

// A JSON array of ids, bound as one parameter and expanded with json_each(?) in SQL, so that
// statements over id lists stay prepared and cached whatever the list length.
[[nodiscard]] QString idsJson(const QList<qint64>& ids);

// A row id, or NULL for 0 (none).
[[nodiscard]] QVariant idOrNull(qint64 id);

// The summary columns of `messages m`, in the order readSummary() expects.
[[nodiscard]] QString summaryColumns();
[[nodiscard]] MessageSummary readSummary(const Statement& row, int firstColumn = 0);

// An empty non-null string: QSQLITE binds a null QString as NULL, which NOT NULL columns refuse.
[[nodiscard]] inline QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

[[nodiscard]] qint64 toSecs(const QDateTime& dt, qint64 fallback);
[[nodiscard]] QDateTime fromSecs(qint64 secs);

// The column MessageStore::page orders by (its values: SortKeys).
[[nodiscard]] QString sortColumn(SortKey key);

} // namespace postbag::store::sql
