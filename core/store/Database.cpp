// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Database.h"

#include "core/common/Logging.h"
#include "core/common/PrivateFiles.h"
#include "core/store/Migrations.h"
#include "core/store/SearchRank.h"
#include "core/store/SqlUtil.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QVariant>
#include <limits>
#include <sqlite3.h>

namespace postbag::store {

namespace {

// SQLite primary result codes (sqlite3.h); QSQLITE reports them as nativeErrorCode().
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADb = 26;

// A database in a file of its own (not ":memory:", a temporary one, or a "file:" URI).
bool isFile(const QString& path)
{
    return !path.isEmpty() && path != u":memory:" && !path.startsWith(u"file:");
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("postbag-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

Error Database::mapError(const QSqlError& error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff; // primary code
    ErrorCode mapped = ErrorCode::StorageFailed;
    if (isNumber && code == kSqliteFull) {
        mapped = ErrorCode::DiskFull;
    } else if (isNumber && (code == kSqliteCorrupt || code == kSqliteNotADb)) {
        mapped = ErrorCode::StoreCorrupt;
    }
    return Error::make(mapped, error.nativeErrorCode() + u' ' + error.databaseText() + u' ' +
                                   error.driverText());
}

Status Database::rowsEnded(const QSqlQuery& query) const
{
    if (query.lastError().isValid()) {
        return mapError(query.lastError());
    }
    return Ok{};
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_options = options;
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid()) {
        return Error::make(ErrorCode::StorageFailed, QStringLiteral("QSQLITE driver unavailable"));
    }
    // SQLite makes the -wal, -shm and -journal files with the database file's permissions.
    if (isFile(path) && !(PrivateFiles::makeFile(path) &&
                          PrivateFiles::narrowIfPresent(path + QStringLiteral("-wal")) &&
                          PrivateFiles::narrowIfPresent(path + QStringLiteral("-shm")) &&
                          PrivateFiles::narrowIfPresent(path + QStringLiteral("-journal")))) {
        return Error::make(ErrorCode::StorageFailed,
                           QStringLiteral("cannot make private: ") + path);
    }
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db->m_db.open()) {
        return mapError(db->m_db.lastError());
    }
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

Database::~Database()
{
    m_statements.clear(); // every QSqlQuery must be gone before the connection is removed
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

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
         {options.syncEachCommit ? QStringLiteral("PRAGMA synchronous=FULL")
                                 : QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA temp_store=MEMORY"),
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
    if (sqlite3* handle = sql::nativeHandle(m_db)) {
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

Result<QSqlQuery*> Database::prepare(const QString& sql)
{
    if (auto it = m_statements.constFind(sql); it != m_statements.cend()) {
        return it.value().get();
    }
    auto query = std::make_shared<QSqlQuery>(m_db);
    // Rows are read once, in order: without this QtSql keeps a copy of every row read so far.
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        return mapError(query->lastError());
    }
    m_statements.insert(sql, query);
    return query.get();
}

Status Database::exec(QSqlQuery& query)
{
    if (!query.exec()) {
        const Error e = mapError(query.lastError());
        query.finish();
        return e;
    }
    return Ok{};
}

Status Database::execute(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return mapError(query.lastError());
    }
    return Ok{};
}

Result<QVariant> Database::scalar(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return mapError(query.lastError());
    }
    if (!query.next()) {
        return QVariant();
    }
    return query.value(0);
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
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)")) || !query.next()) {
        return mapError(query.lastError());
    }
    if (query.value(0).toInt() != 0) { // busy: could not finish the checkpoint
        return Error::make(ErrorCode::StorageFailed, QStringLiteral("wal_checkpoint busy"));
    }
    return Ok{};
}

} // namespace postbag::store
