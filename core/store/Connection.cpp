// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Connection.h"

#include "core/common/Logging.h"
#include "core/common/PrivateFiles.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace postbag::store::sql {

namespace {

// SQLite primary result codes (sqlite3.h); QSQLITE reports them as nativeErrorCode().
constexpr int kSqliteBusy = 5;
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

Error Connection::mapError(const QSqlError& error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff; // primary code
    ErrorCode mapped = ErrorCode::StorageFailed;
    if (isNumber && code == kSqliteFull) {
        mapped = ErrorCode::DiskFull;
    } else if (isNumber && (code == kSqliteCorrupt || code == kSqliteNotADb)) {
        mapped = ErrorCode::StoreCorrupt;
    } else if (isNumber && code == kSqliteBusy) {
        mapped = ErrorCode::StoreBusy;
    }
    return Error::make(mapped, error.nativeErrorCode() + u' ' + error.databaseText() + u' ' +
                                   error.driverText());
}

Result<std::unique_ptr<Connection>> Connection::open(const QString& path, int busyTimeoutMs)
{
    std::unique_ptr<Connection> c(new Connection);
    c->m_name = nextConnectionName();
    c->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c->m_name);
    if (!c->m_db.isValid()) {
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
    c->m_db.setDatabaseName(path);
    c->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!c->m_db.open()) {
        return mapError(c->m_db.lastError());
    }
    return c;
}

Connection::~Connection()
{
    m_statements.clear(); // every QSqlQuery must be gone before the connection is removed
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<QSqlQuery*> Connection::prepare(const QString& sql)
{
    if (auto it = m_statements.constFind(sql); it != m_statements.cend()) {
        return it.value().get();
    }
    auto query = prepareOnce(sql);
    if (!query) {
        return query.error();
    }
    std::shared_ptr<QSqlQuery> cached = std::move(query.value());
    m_statements.insert(sql, cached);
    return cached.get();
}

Result<std::unique_ptr<QSqlQuery>> Connection::prepareOnce(const QString& sql)
{
    auto query = std::make_unique<QSqlQuery>(m_db);
    // Rows are read once, in order: without this QtSql keeps a copy of every row read so far.
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        return mapError(query->lastError());
    }
    return query;
}

Status Connection::execute(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return mapError(query.lastError());
    }
    return Ok{};
}

Result<QVariant> Connection::scalar(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return mapError(query.lastError());
    }
    if (!query.next()) {
        if (query.lastError().isValid()) {
            return mapError(query.lastError());
        }
        return QVariant();
    }
    return query.value(0);
}

sqlite3* Connection::nativeHandle()
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    QSqlQuery source(m_db);
    if (!source.exec(QStringLiteral("SELECT sqlite_source_id()")) || !source.next() ||
        source.value(0).toString() != QString::fromLatin1(sqlite3_sourceid())) {
        qCWarning(lcStore) << "QSQLITE runs another SQLite build than Postbag links";
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace postbag::store::sql
