// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ThreadBackfill.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"
#include "core/store/ThreadIndex.h"
#include "core/store/Transaction.h"

#include <optional>

namespace postbag::store {

namespace {

struct Row
{
    qint64 id = 0;
    bool threaded = false;
    threading::Threader::Message message;
};

Result<std::optional<qint64>> mark(Database& db)
{
    return sql::firstRow(db, QStringLiteral("SELECT next_id FROM thread_backfill"), {},
                         [](const sql::Statement& r) { return r.value(0).toLongLong(); });
}

// One batch in its own transaction; false when nothing was left to do.
Result<qint64> runBatch(Database& db)
{
    Transaction tx(db);
    if (const Status s = tx.begin(); !s) {
        return s.error();
    }
    // Read under the write lock: another connection may have moved the mark meanwhile.
    const auto next = mark(db);
    if (!next) {
        return next.error();
    }
    if (!next->has_value()) {
        return 0;
    }
    const auto rows = sql::rows(
        db,
        QStringLiteral("SELECT id, thread_id IS NOT NULL, message_id, refs, in_reply_to, subject, "
                       "date FROM messages WHERE id >= ? ORDER BY id LIMIT ?"),
        {next->value(), ThreadBackfill::kBatch}, [](const sql::Statement& r) {
            return Row{r.value(0).toLongLong(),
                       r.value(1).toBool(),
                       {r.value(2).toString(),
                        r.value(3).toString().split(u' ', Qt::SkipEmptyParts),
                        r.value(4).toString(), r.value(5).toString(), r.value(6).toLongLong()}};
        });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        if (const Status s = sql::run(db, QStringLiteral("DELETE FROM thread_backfill")); !s) {
            return s.error();
        }
        if (const Status s = tx.commit(); !s) {
            return s.error();
        }
        return 0;
    }
    ThreadIndex index(db);
    for (const Row& row : rows.value()) {
        if (row.threaded) {
            continue; // written after version 9, threaded then
        }
        const auto thread = index.place(row.message);
        if (!thread) {
            return thread.error();
        }
        if (const Status s =
                sql::run(db, QStringLiteral("UPDATE messages SET thread_id = ? WHERE id = ?"),
                         {thread.value(), row.id});
            !s) {
            return s.error();
        }
    }
    if (const Status s = sql::run(db, QStringLiteral("UPDATE thread_backfill SET next_id = ?"),
                                  {rows->constLast().id + 1});
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return rows->size();
}

} // namespace

Status ThreadBackfill::run(Database& db, const Progress& progress)
{
    const auto start = mark(db);
    if (!start) {
        return start.error();
    }
    if (!start->has_value()) {
        return Ok{};
    }
    const auto total = db.scalar(
        QStringLiteral("SELECT count(*) FROM messages WHERE id >= %1").arg(start->value()));
    if (!total) {
        return total.error();
    }
    qint64 done = 0;
    while (true) {
        const auto batch = runBatch(db);
        if (!batch) {
            return batch.error();
        }
        if (batch.value() == 0) {
            return Ok{};
        }
        done += batch.value();
        if (progress && !progress(done, qMax(done, total->toLongLong()))) {
            return Ok{};
        }
    }
}

} // namespace postbag::store
