// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/StoreTypes.h"

#include <QByteArray>
#include <QList>

namespace postbag::store {

class Database;

// Messages of one profile: insert, read, list, flag, file and delete. Why: it is the single
// owner of the "one transaction per message" invariant. Guarantees: insert() and insertBatch()
// write raw bytes, summary, attachments, index rows and the UIDL record atomically (a batch is one
// transaction: all or nothing); raw() returns exactly the bytes inserted; a message with the same
// Message-ID and the same bytes as a stored one is kept once (while duplicate detection is on,
// the default) and its UIDL is still recorded; folder counters stay exact through every
// operation. Every call that changes several rows is one transaction.
class MessageStore
{
public:
    explicit MessageStore(Database& db) : m_db(db) {}

    void setDuplicateDetection(bool enabled) { m_detectDuplicates = enabled; }
    [[nodiscard]] bool duplicateDetection() const { return m_detectDuplicates; }

    [[nodiscard]] Result<Inserted> insert(const NewMessage& message);
    [[nodiscard]] Result<QList<Inserted>> insertBatch(const QList<NewMessage>& messages);
    // Digest, packing and index text of `message`, so that insert() only runs SQL. Pure: runs
    // on any thread, without a Database (sync prepares the next messages while one is written).
    static void prepare(NewMessage& message);
    // Completes a headers-only message: new bytes and derived fields; folder, flags and UIDL
    // records are kept. NoSuchMessage unless `id` is still headers-only and, when `full` has a
    // UIDL, the message that UIDL names (an id reused after a delete is another message).
    // Its headers-only copies (same bytes, same account) are completed with it.
    [[nodiscard]] Status replaceBody(qint64 id, const NewMessage& full);
    // `id` and the headers-only copies of it in its account (what replaceBody() completes).
    [[nodiscard]] Result<QList<qint64>> sharingBytes(qint64 id);

    [[nodiscard]] Result<QByteArray> raw(qint64 id);
    [[nodiscard]] Result<MessageSummary> summary(qint64 id);
    [[nodiscard]] Result<QList<AttachmentInfo>> attachments(qint64 id);
    // One page of a folder, ordered by `key` then by id (a stable order for paging).
    [[nodiscard]] Result<QList<MessageSummary>> page(qint64 folderId, SortKey key,
                                                     Qt::SortOrder order, int offset, int limit);
    [[nodiscard]] Result<FolderCounts> counts(qint64 folderId);
    // Every message id of a folder in storage (arrival) order, e.g. for exporting the folder.
    [[nodiscard]] Result<QList<qint64>> ids(qint64 folderId);
    // The same, without the messages that account `accountId` downloaded.
    [[nodiscard]] Result<QList<qint64>> idsNotFrom(qint64 folderId, qint64 accountId);
    // The mbox From_ line the message was imported with (NewMessage::envelope); empty if none.
    [[nodiscard]] Result<QByteArray> envelope(qint64 id);

    [[nodiscard]] Status setFlags(const QList<qint64>& ids, Flags set, Flags clear);
    // Moving into Trash behaves like moveToTrash(); moving out of Trash forgets the origin.
    [[nodiscard]] Status move(const QList<qint64>& ids, qint64 folderId);
    // Copies share the raw bytes; returns the new ids in the order of `ids`.
    [[nodiscard]] Result<QList<qint64>> copy(const QList<qint64>& ids, qint64 folderId);
    [[nodiscard]] Status moveToTrash(const QList<qint64>& ids);
    // Back to the folder they were trashed from; to the account's Inbox (else Archive) when that
    // folder is gone. Ids not in Trash are left alone.
    [[nodiscard]] Status restore(const QList<qint64>& ids);
    [[nodiscard]] Status deletePermanently(const QList<qint64>& ids);
    [[nodiscard]] Status emptyTrash();

private:
    [[nodiscard]] Status run(const QString& statement, const QList<QVariant>& values);
    [[nodiscard]] Result<qint64> trashId();

    Database& m_db;
    bool m_detectDuplicates = true;
};

} // namespace postbag::store
