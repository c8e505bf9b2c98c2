// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <functional>

namespace postbag::store {

class Database;

// Threads the messages a profile held before Migrations version 9, after that step. Why apart from
// the step: a large profile takes longer than one transaction should hold the write lock, and a
// kill must not start it over. Guarantees: batches of kBatch messages in id order, each one
// transaction that threads them (ThreadIndex, as if written now) and moves the persisted high-water
// mark (thread_backfill.next_id) past them, so a kill loses at most the batch in flight and the
// next open goes on from the mark; messages written meanwhile already have a thread and are
// skipped; the mark's row is deleted when done, after which run() returns at once. `progress` is
// told the messages done and the total after each batch; returning false stops after that batch.
class ThreadBackfill
{
public:
    static constexpr int kVersion = 9;
    static constexpr int kBatch = 500;

    using Progress = std::function<bool(qint64 done, qint64 total)>;

    [[nodiscard]] static Status run(Database& db, const Progress& progress);
};

} // namespace postbag::store
