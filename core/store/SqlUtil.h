// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/StoreTypes.h"

#include <QSqlQuery>
#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace postbag::store {
class Database;
}

// Internal helpers shared by the store classes (not part of the public API).
namespace postbag::store::sql {

// Calls finish() on scope exit so a cached SELECT never keeps a read transaction open.
class Finisher
{
public:
    explicit Finisher(QSqlQuery& q) : m_q(q) {}
    ~Finisher() { m_q.finish(); }
    Finisher(const Finisher&) = delete;
    Finisher& operator=(const Finisher&) = delete;

private:
    QSqlQuery& m_q;
};

// The connection's sqlite3 handle for the few things QSQLITE cannot do (FTS5 functions, file
// controls), or null. Only when the driver runs the very SQLite build Postbag links (Debian's
// QSQLITE plugin uses the system library, as Postbag does): another build's handle is unsafe.
[[nodiscard]] sqlite3* nativeHandle(QSqlDatabase& db);

// A JSON array of ids, bound as one parameter and expanded with json_each(?) in SQL, so that
// statements over id lists stay prepared and cached whatever the list length.
[[nodiscard]] QString idsJson(const QList<qint64>& ids);

// The first column of every row of a prepared, cached `sql` with these parameters, as ids.
[[nodiscard]] Result<QList<qint64>> idList(Database& db, const QString& sql,
                                           const QList<QVariant>& params);
[[nodiscard]] inline Result<QList<qint64>> idList(Database& db, const QString& sql,
                                                  const QVariant& param)
{
    return idList(db, sql, QList<QVariant>{param});
}

// The summary columns of `messages m`, in the order readSummary() expects.
[[nodiscard]] QString summaryColumns();
[[nodiscard]] MessageSummary readSummary(const QSqlQuery& q, int firstColumn = 0);

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
