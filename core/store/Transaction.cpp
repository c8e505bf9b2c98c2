// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Transaction.h"

#include "core/store/Database.h"

namespace postbag::store {

Transaction::Transaction(Database& db) : m_db(db) {}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    if (m_level != 0) {
        return Error::make(ErrorCode::StorageFailed, QStringLiteral("transaction already begun"));
    }
    const int level = m_db.m_txDepth + 1;
    const Status s = level == 1 ? m_db.execute(QStringLiteral("BEGIN IMMEDIATE"))
                                : m_db.execute(QStringLiteral("SAVEPOINT sp%1").arg(level));
    if (!s) {
        return s;
    }
    m_level = level;
    m_db.m_txDepth = level;
    return Ok{};
}

Status Transaction::commit()
{
    if (m_level == 0 || m_db.m_txDepth != m_level) {
        return Error::make(ErrorCode::StorageFailed, QStringLiteral("commit out of order"));
    }
    const Status s = m_level == 1 ? m_db.execute(QStringLiteral("COMMIT"))
                                  : m_db.execute(QStringLiteral("RELEASE sp%1").arg(m_level));
    if (!s) {
        rollback();
        return s;
    }
    m_db.m_txDepth = m_level - 1;
    m_level = 0;
    return Ok{};
}

void Transaction::rollback()
{
    if (m_level == 0) {
        return;
    }
    // Errors are ignored on purpose: SQLite may already have rolled back by itself (SQLITE_FULL,
    // SQLITE_IOERR), and there is nothing better to do than leave the transaction.
    if (m_level == 1) {
        (void)m_db.execute(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.execute(QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
        (void)m_db.execute(QStringLiteral("RELEASE sp%1").arg(m_level));
    }
    m_db.m_txDepth = m_level - 1;
    m_level = 0;
}

} // namespace postbag::store
