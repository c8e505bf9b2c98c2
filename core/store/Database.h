// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

struct sqlite3;

namespace postbag::store {

namespace sql {
class Connection;
}

// One connection to a profile's SQLite file. Why: every thread needs its own connection (the GUI
// reads through one, the sync worker writes through another), and every statement must go through
// the same PRAGMAs and error mapping. Guarantees: WAL, synchronous=FULL, foreign keys on, a busy
// timeout; the schema is migrated to Migrations::latestVersion() before open() returns; every
// SQLite failure becomes a typed Error (DiskFull, StoreCorrupt, StoreBusy or StorageFailed). No Qt
// SQL type is part of it: statements run through the store's own classes (sql::Statement).
// Not thread-safe: use a Database only from the thread that opened it.
class Database
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        bool migrate = true; // false only for tests that drive the migration steps themselves
        // SQLite's own quota in pages (max_page_count); 0: none. Every connection opened with these
        // options shares it, so a test can fill the "disk" of a sync's writer thread too.
        qint64 pageLimit = 0;
        // Told how far a migration's long work (threading an older profile's messages) has come,
        // after each committed batch; returning false stops it there, to go on at the next open.
        std::function<bool(qint64 done, qint64 total)> migrationProgress;
    };

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path,
                                                                const Options& options);
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path)
    {
        return open(path, Options{});
    }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The page size of databases created from now on (existing ones keep theirs).
    static constexpr int kPageSize = 16384;

    [[nodiscard]] const QString& path() const { return m_path; }
    // What this connection was opened with: another connection to the same file opens with them.
    [[nodiscard]] const Options& options() const { return m_options; }
    // Changes the quota of this connection and of the connections opened with options() later.
    [[nodiscard]] Status setPageLimit(qint64 pages);
    // The Qt SQL connection; its type is known inside core/store only.
    [[nodiscard]] sql::Connection& connection() { return *m_connection; }

    // Executes one SQL statement without parameters (DDL, PRAGMAs).
    [[nodiscard]] Status execute(const QString& sql);
    // The first column of the first row of a parameterless statement.
    [[nodiscard]] Result<QVariant> scalar(const QString& sql);

    [[nodiscard]] Result<int> userVersion();

    // Makes every transaction this connection has committed survive power loss. Call it before
    // sending DELE. With synchronous=FULL in WAL mode each COMMIT already fsyncs the WAL, so this
    // only verifies that (no transaction open, synchronous >= FULL) and falls back to
    // wal_checkpoint(FULL) if the setting was lowered.
    [[nodiscard]] Status makeDurable();

    // Whether SearchRank's FTS5 function is registered on this connection (else search ranks
    // with bm25).
    [[nodiscard]] bool hasSearchRank() const { return m_searchRank; }

    // Transaction nesting depth (used by Transaction to pick BEGIN or SAVEPOINT).
    [[nodiscard]] int transactionDepth() const { return m_txDepth; }

private:
    friend class Transaction;
    Database();
    Status configure(const Options& options);
    void keepWalFiles(sqlite3* handle);

    static constexpr qint64 kWalSizeLimit = 64LL * 1024 * 1024;

    QString m_path;
    Options m_options;
    std::unique_ptr<sql::Connection> m_connection;
    int m_txDepth = 0;
    bool m_searchRank = false;
};

} // namespace postbag::store
