// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Database.h"

#include "core/common/Logging.h"
#include "core/store/Connection.h"
#include "core/store/Migrations.h"
#include "core/store/SearchRank.h"

#include <limits>
#include <sqlite3.h>

namespace postbag::store {

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_options = options;
    auto connection = sql::Connection::open(path, options.busyTimeoutMs);
    if (!connection) {
        return connection.error();
    }
    db->m_connection = std::move(connection.value());
    if (const Status s = db->configure(options); !s) {
        return s.error();
    }
    if (options.migrate) {
        if (const Status s = Migrations::migrate(*db); !s) {
            return s.error();
        }
    }
    return db;
}

Database::Database() = default;
Database::~Database() = default;

Status Database::configure(const Options& options)
{
    // Reading the schema first turns "not a database" into StoreCorrupt before anything else.
    if (const auto version = userVersion(); !version) {
        return version.error();
    }
    // Only a file without tables takes it; an existing one keeps the size it was created with.
    // Why 16 KiB: a download writes tens of megabytes of pages; with SQLite's default 4 KiB every
    // page is a write system call of its own, and that was a fifth of the download's time.
    if (const Status s = execute(QStringLiteral("PRAGMA page_size=%1").arg(kPageSize)); !s) {
        return s;
    }
    const auto mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode) {
        return mode.error();
    }
    if (mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        qCWarning(lcStore) << "WAL unavailable, journal mode is" << mode->toString();
    }
    // temp_store=MEMORY: a statement with a trigger or a foreign key keeps a statement journal
    // (a copy of every page it touches that the transaction had already changed) so it can be
    // undone alone. In a file under /var/tmp that copy was 1.7 GB of writes for a 10,000-message
    // download, more than twenty times the store itself; in memory it is a bounded memcpy.
    for (const QString& pragma :
         {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON"),
          QStringLiteral("PRAGMA temp_store=MEMORY"),
          QStringLiteral("PRAGMA busy_timeout=%1").arg(options.busyTimeoutMs)}) {
        if (const Status s = execute(pragma); !s) {
            return s;
        }
    }
    if (options.pageLimit > 0) {
        if (const Status s = setPageLimit(options.pageLimit); !s) {
            return s;
        }
    }
    // Null when QSQLITE runs another SQLite build: the files are then handled as SQLite's default
    // does and search ranks with bm25.
    if (sqlite3* handle = m_connection->nativeHandle()) {
        keepWalFiles(handle);
        m_searchRank = SearchRank::install(handle);
    }
    return Ok{};
}

void Database::keepWalFiles(sqlite3* handle)
{
    // SQLite deletes the -wal and -shm files when the last connection closes, so every start of
    // `postbag` created both again: two inodes made and unlinked, about 2 ms of a 50 ms
    // nothing-new check. Kept instead, and the WAL emptied on close (journal_size_limit >= 0 makes
    // the closing checkpoint truncate it), so a closed profile is still complete in postbag.sqlite
    // alone. The limit sits above the auto-checkpoint size, so a running sync never truncates.
    int keep = 1;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &keep) != SQLITE_OK) {
        return; // an optimisation only: SQLite then creates and deletes the files as usual
    }
    if (const Status s = execute(QStringLiteral("PRAGMA journal_size_limit=%1").arg(kWalSizeLimit));
        !s) {
        qCWarning(lcStore) << "journal_size_limit:" << s.error().toLogString();
    }
}

Status Database::setPageLimit(qint64 pages)
{
    // SQLite clamps the value to its compile-time maximum, which is what "none" means here.
    const qint64 limit = pages > 0 ? pages : std::numeric_limits<quint32>::max();
    if (const Status s = execute(QStringLiteral("PRAGMA max_page_count = %1").arg(limit)); !s) {
        return s;
    }
    m_options.pageLimit = qMax<qint64>(0, pages);
    return Ok{};
}

Status Database::execute(const QString& sql)
{
    return m_connection->execute(sql);
}

Result<QVariant> Database::scalar(const QString& sql)
{
    return m_connection->scalar(sql);
}

Result<int> Database::userVersion()
{
    const auto v = scalar(QStringLiteral("PRAGMA user_version"));
    if (!v) {
        return v.error();
    }
    return v->toInt();
}

Status Database::makeDurable()
{
    if (m_txDepth > 0) {
        return Error::make(ErrorCode::StorageFailed,
                           QStringLiteral("makeDurable inside an open transaction"));
    }
    const auto sync = scalar(QStringLiteral("PRAGMA synchronous"));
    if (!sync) {
        return sync.error();
    }
    if (sync->toInt() >= 2) { // FULL or EXTRA: every COMMIT was fsynced
        return Ok{};
    }
    const auto busy = scalar(QStringLiteral("PRAGMA wal_checkpoint(FULL)"));
    if (!busy) {
        return busy.error();
    }
    if (busy->isNull() || busy->toInt() != 0) { // a reader kept the checkpoint from finishing
        return Error::make(ErrorCode::StoreBusy, QStringLiteral("wal_checkpoint busy"));
    }
    return Ok{};
}

} // namespace postbag::store
