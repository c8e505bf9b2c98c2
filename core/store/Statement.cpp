// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Statement.h"

#include "core/store/Connection.h"
#include "core/store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace postbag::store::sql {

Result<Statement> Statement::run(Database& db, const QString& sql, const QList<QVariant>& values,
                                 Cache cache)
{
    QSqlQuery* query = nullptr;
    std::unique_ptr<QSqlQuery> owned;
    if (cache == Cache::Yes) {
        auto prepared = db.connection().prepare(sql);
        if (!prepared) {
            return prepared.error();
        }
        query = prepared.value();
    } else {
        auto prepared = db.connection().prepareOnce(sql);
        if (!prepared) {
            return prepared.error();
        }
        owned = std::move(prepared.value());
        query = owned.get();
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        query->bindValue(int(i), values.at(i));
    }
    if (!query->exec()) {
        const Error e = Connection::mapError(query->lastError());
        query->finish();
        return e;
    }
    return Statement(query, std::move(owned));
}

Statement::Statement(QSqlQuery* query, std::unique_ptr<QSqlQuery> owned)
    : m_query(query), m_owned(std::move(owned))
{
}

Statement::Statement(Statement&& other) noexcept
    : m_query(std::exchange(other.m_query, nullptr)), m_owned(std::move(other.m_owned))
{
}

Statement::~Statement()
{
    if (m_query) {
        m_query->finish();
    }
}

bool Statement::next()
{
    return m_query->next();
}

QVariant Statement::value(int column) const
{
    return m_query->value(column);
}

Status Statement::rowsEnded() const
{
    if (m_query->lastError().isValid()) {
        return Connection::mapError(m_query->lastError());
    }
    return Ok{};
}

qint64 Statement::lastInsertId() const
{
    return m_query->lastInsertId().toLongLong();
}

int Statement::rowsAffected() const
{
    return m_query->numRowsAffected();
}

} // namespace postbag::store::sql
