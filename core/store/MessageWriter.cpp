// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/MessageWriter.h"

#include "core/store/Database.h"
#include "core/store/MessageColumns.h"
#include "core/store/RawCodec.h"
#include "core/store/SearchText.h"
#include "core/store/SqlUtil.h"
#include "core/store/ThreadIndex.h"

#include <QVariant>
#include <utility>

namespace postbag::store {

PreparedRows MessageWriter::prepare(const NewMessage& m)
{
    PreparedRows rows;
    rows.sha256 = RawCodec::sha256(m.raw);
    RawCodec::Packed packed = RawCodec::encode(m.raw);
    rows.codec = packed.codec;
    rows.packed = std::move(packed.data);
    QStringList names;
    for (const AttachmentInfo& a : m.attachments) {
        names.append(a.fileName);
    }
    const QString recipients =
        QStringList{sql::text(m.toText), sql::text(m.ccText), m.recipientAddresses.join(u' ')}.join(
            u' ');
    rows.subject = SearchText::forIndex(m.subject);
    rows.sender = SearchText::forIndex(m.fromName + u' ' + m.fromAddress);
    rows.recipients = SearchText::forIndex(recipients);
    rows.body = SearchText::forIndex(m.bodyText);
    rows.attachments = SearchText::forIndex(names.join(u' '));
    return rows;
}

Result<Inserted> MessageWriter::insert(const NewMessage& m, bool detectDuplicates)
{
    const PreparedRows& rows = m.prepared ? *m.prepared : m_computed.emplace_back(prepare(m));
    const QByteArray& sha = rows.sha256;
    if (detectDuplicates && !m.messageId.isEmpty()) {
        const auto existing = findDuplicate(m, sha);
        if (!existing) {
            return existing.error();
        }
        if (existing.value() > 0) {
            if (const Status s = recordUidl(m, existing.value()); !s) {
                return s.error();
            }
            return Inserted{existing.value(), true};
        }
    }
    const auto blob = writeBlob(m, rows);
    if (!blob) {
        return blob.error();
    }
    const qint64 received = sql::toSecs(m.receivedAt, QDateTime::currentSecsSinceEpoch());
    const auto thread = ThreadIndex(m_db).place(m, sql::toSecs(m.date, received));
    if (!thread) {
        return thread.error();
    }
    const auto inserted =
        sql::insert(m_db, MessageColumns::insertSql(),
                    MessageColumns::insertValues({m, blob.value(), received, thread.value()}));
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = inserted.value();
    Counts& counts = m_pendingCounts[m.folderId];
    ++counts.total;
    counts.unread += m.seen ? 0 : 1;
    if (const Status s = writeAttachments(id, m.attachments); !s) {
        return s.error();
    }
    if (m_deferIndex) {
        m_pendingIndex.append({id, &rows});
    } else if (const Status s = writeIndex(id, rows, false); !s) {
        return s.error();
    }
    if (const Status s = recordUidl(m, id); !s) {
        return s.error();
    }
    return Inserted{id, false};
}

Status MessageWriter::finish()
{
    if (const Status s = flushCounts(); !s) {
        return s;
    }
    const auto pending = std::exchange(m_pendingIndex, {});
    for (const auto& [id, rows] : pending) {
        if (const Status s = writeIndex(id, *rows, false); !s) {
            return s;
        }
    }
    return Ok{};
}

Status MessageWriter::flushCounts()
{
    const auto pending = std::exchange(m_pendingCounts, {});
    if (pending.isEmpty()) {
        return Ok{};
    }
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (const Status s = sql::run(
                m_db,
                QStringLiteral(
                    "UPDATE folders SET total = total + ?, unread = unread + ? WHERE id = ?"),
                {it->total, it->unread, it.key()});
            !s) {
            return s;
        }
    }
    return Ok{};
}

Result<QList<qint64>> MessageWriter::sharingBytes(qint64 id)
{
    return sql::idList(
        m_db,
        QStringLiteral("SELECT c.id FROM messages m JOIN messages c ON c.blob_id = m.blob_id "
                       "WHERE m.id = ? AND (c.id = m.id OR (c.headers_only = 1 AND c.account_id IS "
                       "m.account_id)) "
                       "ORDER BY c.id"),
        {id});
}

Status MessageWriter::replace(qint64 id, const NewMessage& m)
{
    // The request may be old (kept across failed syncs): the row must still be the headers-only
    // message its UIDL names, never one that got the id after that message was deleted.
    const auto stillWanted = sql::firstRow(
        m_db,
        QStringLiteral(
            "SELECT 1 FROM messages m WHERE m.id = ? AND m.headers_only = 1 AND (? = '' OR EXISTS "
            "(SELECT 1 FROM uidls u WHERE u.account_id = ? AND u.uidl = ? AND u.message_row = "
            "m.id))"),
        {id, sql::text(m.uidl), m.accountId, sql::text(m.uidl)},
        [](const sql::Statement&) { return true; });
    if (!stillWanted) {
        return stillWanted.error();
    }
    if (!stillWanted->has_value()) {
        return Error::make(ErrorCode::NoSuchMessage);
    }
    // A copy made while the message was headers-only shares its bytes: it is completed too, or it
    // would keep asking for a body the server sends only once.
    const auto targets = sharingBytes(id);
    if (!targets) {
        return targets.error();
    }
    if (targets->isEmpty()) {
        return Error::make(ErrorCode::NoSuchMessage);
    }
    const PreparedRows& rows = m.prepared ? *m.prepared : m_computed.emplace_back(prepare(m));
    const auto blob = writeBlob(m, rows);
    if (!blob) {
        return blob.error();
    }
    // A message without a date completed now is dated now (its arrival time stays).
    QList<QVariant> values =
        MessageColumns::replaceValues({m, blob.value(), QDateTime::currentSecsSinceEpoch()});
    values.append(QVariant());
    for (const qint64 target : targets.value()) {
        values.last() = target;
        const auto changed = sql::change(m_db, MessageColumns::replaceSql(), values);
        if (!changed) {
            return changed.error();
        }
        if (changed.value() != 1) {
            return Error::make(ErrorCode::NoSuchMessage);
        }
        if (const Status s = sql::run(
                m_db, QStringLiteral("DELETE FROM attachments WHERE message_id = ?"), {target});
            !s) {
            return s;
        }
        if (const Status s = writeAttachments(target, m.attachments); !s) {
            return s;
        }
        if (const Status s = writeIndex(target, rows, true); !s) {
            return s;
        }
    }
    return Ok{};
}

QString MessageWriter::duplicateQuery()
{
    // "message_id <> ''" repeats the partial index's condition: SQLite cannot prove a bound
    // parameter non-empty, and without it every insert scanned all messages (quadratic ingest).
    // Within one account (or among local messages) only: another account's row would hold this
    // account's UIDL, so removing that account would count the message as deleted here (and a
    // leave-on-server policy would then remove it from this account's server).
    return QStringLiteral(
        "SELECT m.id FROM messages m JOIN blobs b ON b.id = m.blob_id "
        "WHERE m.message_id = ? AND m.message_id <> '' AND b.size = ? AND b.sha256 = ? "
        "AND +m.account_id IS ? ORDER BY m.id LIMIT 1"); // "+": the Message-ID index, always
}

Result<qint64> MessageWriter::findDuplicate(const NewMessage& m, const QByteArray& sha)
{
    const auto id =
        sql::firstRow(m_db, duplicateQuery(),
                      {m.messageId, qint64(m.raw.size()), sha, sql::idOrNull(m.accountId)},
                      [](const sql::Statement& r) { return r.value(0).toLongLong(); });
    if (!id) {
        return id.error();
    }
    return id->value_or(0);
}

Result<qint64> MessageWriter::writeBlob(const NewMessage& m, const PreparedRows& rows)
{
    // A non-null empty QByteArray, so that an empty message is stored as X'' and not NULL.
    return sql::insert(
        m_db, QStringLiteral("INSERT INTO blobs(sha256, size, codec, data) VALUES(?,?,?,?)"),
        {rows.sha256, qint64(m.raw.size()), rows.codec,
         rows.packed.isNull() ? QByteArray("", 0) : rows.packed});
}

Status MessageWriter::writeAttachments(qint64 id, const QList<AttachmentInfo>& attachments)
{
    for (const AttachmentInfo& a : attachments) {
        if (const Status s = sql::run(
                m_db,
                QStringLiteral("INSERT INTO attachments(message_id, file_name, mime_type, size, "
                               "content_id, part_path) VALUES(?,?,?,?,?,?)"),
                {id, sql::text(a.fileName), sql::text(a.mimeType), a.size, sql::text(a.contentId),
                 sql::text(a.partPath)});
            !s) {
            return s;
        }
    }
    return Ok{};
}

Status MessageWriter::writeIndex(qint64 id, const PreparedRows& rows, bool replace)
{
    if (replace) {
        if (const Status s =
                sql::run(m_db, QStringLiteral("DELETE FROM search WHERE rowid = ?"), {id});
            !s) {
            return s;
        }
    }
    return sql::run(
        m_db,
        QStringLiteral("INSERT INTO search(rowid, subject, sender, recipients, body, attachments) "
                       "VALUES(?,?,?,?,?,?)"),
        {id, rows.subject, rows.sender, rows.recipients, rows.body, rows.attachments});
}

Status MessageWriter::recordUidl(const NewMessage& m, qint64 id)
{
    if (m.uidl.isEmpty() || m.accountId <= 0) {
        return Ok{};
    }
    return sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO uidls(account_id, uidl, message_row, downloaded_at) VALUES(?,?,?,?) "
            "ON CONFLICT(account_id, uidl) DO UPDATE SET message_row = excluded.message_row, "
            "downloaded_at = excluded.downloaded_at, deleted_locally = 0"),
        {m.accountId, m.uidl, id, sql::toSecs(m.receivedAt, QDateTime::currentSecsSinceEpoch())});
}

} // namespace postbag::store
