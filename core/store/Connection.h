// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <memory>

class QSqlError;
class QSqlQuery;
struct sqlite3;

// Internal to core/store (not part of the public API): the only header that holds a QSqlDatabase.
namespace postbag::store::sql {

// The Qt SQL side of a Database. Why: Qt Sql is a private dependency of core/store, so no public
// header may name a Qt SQL type; Database holds this one behind a pointer. Guarantees: prepared
// statements are cached per SQL text for the life of the connection and are gone before it
// closes; every Qt SQL failure becomes a typed Error through mapError() alone.
class Connection
{
public:
    [[nodiscard]] static Result<std::unique_ptr<Connection>> open(const QString& path,
                                                                  int busyTimeoutMs);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // A prepared statement, cached per SQL text; the pointer stays valid until the connection
    // is destroyed.
    [[nodiscard]] Result<QSqlQuery*> prepare(const QString& sql);
    // A prepared statement of its own, for SQL too varied to keep in the cache.
    [[nodiscard]] Result<std::unique_ptr<QSqlQuery>> prepareOnce(const QString& sql);
    // One statement without parameters (DDL, PRAGMAs).
    [[nodiscard]] Status execute(const QString& sql);
    // The first column of the first row of a parameterless statement; null without rows.
    [[nodiscard]] Result<QVariant> scalar(const QString& sql);

    // The connection's sqlite3 handle for the few things QSQLITE cannot do (FTS5 functions, file
    // controls), or null. Only when the driver runs the very SQLite build Postbag links (Debian's
    // QSQLITE plugin uses the system library, as Postbag does): another build's handle is unsafe.
    [[nodiscard]] sqlite3* nativeHandle();

    // A Qt SQL error (carrying SQLite's result code) as a typed Error: DiskFull, StoreCorrupt,
    // StoreBusy (the busy timeout ran out) or StorageFailed.
    [[nodiscard]] static Error mapError(const QSqlError& error);

private:
    Connection() = default;

    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace postbag::store::sql
