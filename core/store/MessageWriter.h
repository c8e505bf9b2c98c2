// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/StoreTypes.h"

#include <QHash>
#include <list>

namespace postbag::store {

class Database;

// The write path of one message: duplicate check, raw bytes, its thread (ThreadIndex), summary row,
// attachments, index rows and UIDL record. Why separate: MessageStore wraps it in the caller-facing
// transaction (one per insert or one per batch); the writer itself never begins or commits, so all
// of its rows land in whatever transaction is open. Internal to core/store.
class MessageWriter
{
public:
    explicit MessageWriter(Database& db) : m_db(db) {}

    [[nodiscard]] Result<Inserted> insert(const NewMessage& message, bool detectDuplicates);
    // From now on, insert() leaves the search index rows to finish(), while every inserted
    // NewMessage is still alive. Why: a statement that may need undoing alone (the UIDL upsert)
    // opens a statement savepoint, and FTS5 writes its pending terms to disk at every savepoint:
    // one index segment per message (and merges to match) instead of one per batch.
    void deferIndex() { m_deferIndex = true; }
    // Writes what insert() left for later: the folders' counters (always; see Migrations
    // version 5) and the deferred index rows. Must run before the transaction commits.
    [[nodiscard]] Status finish();
    // Replaces bytes and everything derived from them, keeping folder, flags and UIDL records;
    // the headers-only copies of the message (same bytes, same account) are completed with it.
    [[nodiscard]] Status replace(qint64 id, const NewMessage& message);
    // `id` and the headers-only messages of its account that share its bytes (its copies).
    [[nodiscard]] Result<QList<qint64>> sharingBytes(qint64 id);
    // The duplicate lookup run for every insert; public so a test can check its query plan.
    [[nodiscard]] static QString duplicateQuery();
    [[nodiscard]] static PreparedRows prepare(const NewMessage& message);

private:
    [[nodiscard]] Result<qint64> findDuplicate(const NewMessage& message, const QByteArray& sha);
    [[nodiscard]] Result<qint64> writeBlob(const NewMessage& message, const PreparedRows& rows);
    [[nodiscard]] Status writeAttachments(qint64 id, const QList<AttachmentInfo>& attachments);
    [[nodiscard]] Status writeIndex(qint64 id, const PreparedRows& rows, bool replace);
    [[nodiscard]] Status recordUidl(const NewMessage& message, qint64 id);
    [[nodiscard]] Status flushCounts();

    Database& m_db;
    bool m_deferIndex = false;
    QList<QPair<qint64, const PreparedRows*>> m_pendingIndex;
    struct Counts
    {
        qint64 total = 0;
        qint64 unread = 0;
    };
    QHash<qint64, Counts> m_pendingCounts; // by folder id
    std::list<PreparedRows> m_computed; // rows of messages that came unprepared (stable addresses)
};

} // namespace postbag::store
