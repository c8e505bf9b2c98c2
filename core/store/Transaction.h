// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

namespace postbag::store {

class Database;

// RAII guard for one unit of work. Why: a message, its UIDL record and its index rows must land
// together or not at all. Guarantee: everything done between begin() and commit() is rolled back
// unless commit() succeeded, including on early return. The outermost guard takes the write lock up
// front (BEGIN IMMEDIATE, so two connections never deadlock upgrading a read lock); nested guards
// use SAVEPOINTs, so a store call that opens its own transaction can run inside a caller's batch.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Status begin();
    [[nodiscard]] Status commit();
    void rollback();

private:
    Database& m_db;
    int m_level = 0; // 0 = not active, otherwise the nesting level this guard opened
};

} // namespace postbag::store
