// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/MessageStore.h"

#include "core/store/Database.h"
#include "core/store/MessageColumns.h"
#include "core/store/MessageWriter.h"
#include "core/store/RawCodec.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QVariant>
#include <algorithm>

namespace postbag::store {

Result<Inserted> MessageStore::insert(const NewMessage& message)
{
    auto batch = insertBatch({message});
    if (!batch) {
        return batch.error();
    }
    return batch->constFirst();
}

Result<QList<Inserted>> MessageStore::insertBatch(const QList<NewMessage>& messages)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s.error();
    }
    MessageWriter writer(m_db);
    writer.deferIndex();
    QList<Inserted> out;
    out.reserve(messages.size());
    for (const NewMessage& m : messages) {
        auto r = writer.insert(m, m_detectDuplicates);
        if (!r) {
            return r.error(); // tx rolls back: nothing of the batch remains
        }
        out.append(r.value());
    }
    if (const Status s = writer.finish(); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return out;
}

void MessageStore::prepare(NewMessage& message)
{
    message.prepared = MessageWriter::prepare(message);
}

Status MessageStore::replaceBody(qint64 id, const NewMessage& full)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    if (const Status s = MessageWriter(m_db).replace(id, full); !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<qint64>> MessageStore::sharingBytes(qint64 id)
{
    return MessageWriter(m_db).sharingBytes(id);
}

Result<QByteArray> MessageStore::raw(qint64 id)
{
    const auto packed = sql::oneRow(
        m_db,
        QStringLiteral("SELECT b.codec, b.data, b.size FROM messages m JOIN blobs b ON b.id = "
                       "m.blob_id WHERE m.id = ?"),
        {id},
        [](const sql::Statement& r) {
            return RawCodec::decode(r.value(0).toInt(), r.value(1).toByteArray(),
                                    r.value(2).toLongLong());
        },
        Error::make(ErrorCode::NoSuchMessage));
    if (!packed) {
        return packed.error();
    }
    return packed.value();
}

Result<MessageSummary> MessageStore::summary(qint64 id)
{
    return sql::oneRow(
        m_db, u"SELECT " + sql::summaryColumns() + u" FROM messages m WHERE m.id = ?", {id},
        [](const sql::Statement& r) { return sql::readSummary(r); },
        Error::make(ErrorCode::NoSuchMessage));
}

Result<QList<AttachmentInfo>> MessageStore::attachments(qint64 id)
{
    return sql::rows(m_db,
                     QStringLiteral("SELECT file_name, mime_type, size, content_id, part_path "
                                    "FROM attachments WHERE message_id = ? ORDER BY id"),
                     {id}, [](const sql::Statement& r) {
                         return AttachmentInfo{r.value(0).toString(), r.value(1).toString(),
                                               r.value(2).toLongLong(), r.value(3).toString(),
                                               r.value(4).toString()};
                     });
}

Result<QList<MessageSummary>> MessageStore::page(qint64 folderId, SortKey key, Qt::SortOrder order,
                                                 int offset, int limit)
{
    offset = qMax(0, offset);
    limit = qMax(0, limit);
    // Skipping `offset` rows costs time linear in offset, so a page in the far half of a large
    // folder is read by walking the index from the other end and reversing the rows. The folder
    // counter is read first; a commit between the two statements shifts the page by the rows it
    // changed, as any offset paging across a concurrent change does.
    const auto folderCounts = counts(folderId);
    if (!folderCounts) {
        return folderCounts.error();
    }
    const qint64 total = folderCounts->total;
    const bool fromEnd = offset > total / 2 && offset < total;
    qint64 sqlOffset = offset;
    qint64 sqlLimit = limit;
    if (fromEnd) {
        const qint64 last = qMin<qint64>(qint64(offset) + limit, total);
        sqlOffset = total - last;
        sqlLimit = last - offset;
    }
    const bool ascending = (order == Qt::AscendingOrder) != fromEnd;
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString orderBy = sql::sortColumn(key) + u' ' + dir + u", m.id " + dir;
    // The inner query skips through the covering (folder_id, key, id) index without reading a
    // single table row; only the page's rows are fetched.
    auto out = sql::rows(m_db,
                         u"SELECT " + sql::summaryColumns() +
                             u" FROM messages m WHERE m.id IN (SELECT m.id FROM messages m "
                             u"WHERE m.folder_id = ? ORDER BY " +
                             orderBy + u" LIMIT ? OFFSET ?) ORDER BY " + orderBy,
                         {folderId, sqlLimit, sqlOffset},
                         [](const sql::Statement& r) { return sql::readSummary(r); });
    if (!out) {
        return out.error();
    }
    if (fromEnd) {
        std::reverse(out->begin(), out->end());
    }
    return out;
}

Result<FolderCounts> MessageStore::counts(qint64 folderId)
{
    return sql::oneRow(
        m_db, QStringLiteral("SELECT total, unread FROM folders WHERE id = ?"), {folderId},
        [](const sql::Statement& r) {
            return FolderCounts{r.value(0).toLongLong(), r.value(1).toLongLong()};
        },
        Error::make(ErrorCode::StorageFailed, QStringLiteral("no such folder")));
}

Result<QList<qint64>> MessageStore::ids(qint64 folderId)
{
    return sql::idList(m_db,
                       QStringLiteral("SELECT id FROM messages WHERE folder_id = ? ORDER BY id"),
                       {folderId});
}

Result<QList<qint64>> MessageStore::idsNotFrom(qint64 folderId, qint64 accountId)
{
    return sql::idList(
        m_db,
        QStringLiteral(
            "SELECT id FROM messages WHERE folder_id = ? AND account_id IS NOT ? ORDER BY id"),
        {folderId, accountId});
}

Result<QByteArray> MessageStore::envelope(qint64 id)
{
    return sql::oneRow(
        m_db, QStringLiteral("SELECT envelope FROM messages WHERE id = ?"), {id},
        [](const sql::Statement& r) { return r.value(0).toString().toLatin1(); },
        Error::make(ErrorCode::NoSuchMessage));
}

Status MessageStore::setFlags(const QList<qint64>& ids, Flags set, Flags clear)
{
    // Each flag: 1 if set, 0 if cleared, NULL (unchanged) otherwise; set wins when both are given.
    auto op = [&](Flag f) {
        return set.testFlag(f)     ? QVariant(1)
               : clear.testFlag(f) ? QVariant(0)
                                   : QVariant(QMetaType(QMetaType::Int));
    };
    return run(QStringLiteral("UPDATE messages SET seen = coalesce(?, seen), "
                              "flagged = coalesce(?, flagged), answered = coalesce(?, answered) "
                              "WHERE id IN (SELECT value FROM json_each(?))"),
               {op(Flag::Seen), op(Flag::Flagged), op(Flag::Answered), sql::idsJson(ids)});
}

Status MessageStore::move(const QList<qint64>& ids, qint64 folderId)
{
    const auto trash = trashId();
    if (!trash) {
        return trash.error();
    }
    if (folderId == trash.value()) {
        return moveToTrash(ids);
    }
    return run(QStringLiteral("UPDATE messages SET folder_id = ?, trash_origin = NULL "
                              "WHERE id IN (SELECT value FROM json_each(?)) AND folder_id <> ?"),
               {folderId, sql::idsJson(ids), folderId});
}

Result<QList<qint64>> MessageStore::copy(const QList<qint64>& ids, qint64 folderId)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s.error();
    }
    QList<qint64> out;
    for (const qint64 id : ids) {
        auto copied = sql::Statement::run(m_db, MessageColumns::copySql(), {folderId, id});
        if (!copied) {
            return copied.error();
        }
        if (copied->rowsAffected() != 1) {
            return Error::make(ErrorCode::NoSuchMessage);
        }
        const qint64 newId = copied->lastInsertId();
        for (const QString& statement :
             {QStringLiteral("INSERT INTO attachments(message_id, file_name, mime_type, size, "
                             "content_id, part_path) SELECT ?, file_name, mime_type, size, "
                             "content_id, part_path FROM attachments WHERE message_id = ? "
                             "ORDER BY id"),
              QStringLiteral("INSERT INTO search(rowid, subject, sender, recipients, body, "
                             "attachments) SELECT ?, subject, sender, recipients, body, "
                             "attachments FROM search WHERE rowid = ?")}) {
            if (const Status s = sql::run(m_db, statement, {newId, id}); !s) {
                return s.error();
            }
        }
        out.append(newId);
    }
    // New rows are counted by their writer, not by a trigger (Migrations version 5).
    if (const Status s = sql::run(
            m_db,
            QStringLiteral("UPDATE folders SET total = total + ?, unread = unread + (SELECT "
                           "count(*) FROM messages WHERE id IN (SELECT value FROM json_each(?)) "
                           "AND seen = 0) WHERE id = ?"),
            {qint64(out.size()), sql::idsJson(out), folderId});
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return out;
}

Status MessageStore::moveToTrash(const QList<qint64>& ids)
{
    const auto trash = trashId();
    if (!trash) {
        return trash.error();
    }
    return run(QStringLiteral("UPDATE messages SET trash_origin = folder_id, folder_id = ? "
                              "WHERE id IN (SELECT value FROM json_each(?)) AND folder_id <> ?"),
               {trash.value(), sql::idsJson(ids), trash.value()});
}

Status MessageStore::restore(const QList<qint64>& ids)
{
    const auto trash = trashId();
    if (!trash) {
        return trash.error();
    }
    return run(
        QStringLiteral(
            "UPDATE messages SET trash_origin = NULL, folder_id = coalesce(trash_origin, "
            "(SELECT f.id FROM folders f WHERE f.kind = 1 AND f.account_id = messages.account_id), "
            "(SELECT f.id FROM folders f WHERE f.kind = 2)) "
            "WHERE id IN (SELECT value FROM json_each(?)) AND folder_id = ?"),
        {sql::idsJson(ids), trash.value()});
}

Status MessageStore::deletePermanently(const QList<qint64>& ids)
{
    return run(QStringLiteral("DELETE FROM messages WHERE id IN (SELECT value FROM json_each(?))"),
               {sql::idsJson(ids)});
}

Status MessageStore::emptyTrash()
{
    const auto trash = trashId();
    if (!trash) {
        return trash.error();
    }
    return run(QStringLiteral("DELETE FROM messages WHERE folder_id = ?"), {trash.value()});
}

Status MessageStore::run(const QString& statement, const QList<QVariant>& values)
{
    Transaction tx(m_db); // the statement's trigger work (counters, index, UIDLs) commits with it
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    if (const Status s = sql::run(m_db, statement, values); !s) {
        return s;
    }
    return tx.commit();
}

Result<qint64> MessageStore::trashId()
{
    const auto v = m_db.scalar(QStringLiteral("SELECT id FROM folders WHERE kind = 3"));
    if (!v) {
        return v.error();
    }
    if (v->isNull()) {
        return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("no Trash folder"));
    }
    return v->toLongLong();
}

} // namespace postbag::store
