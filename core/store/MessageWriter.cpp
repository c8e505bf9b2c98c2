// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/MessageWriter.h"

#include "core/store/Database.h"
#include "core/store/RawCodec.h"
#include "core/store/SearchText.h"
#include "core/store/SortKeys.h"
#include "core/store/SqlUtil.h"

#include <QVariant>
#include <utility>

namespace postbag::store {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

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
    const auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO messages(folder_id, account_id, blob_id, subject, subject_sort, from_name, "
        "from_address, from_sort, to_text, cc_text, date, received, size, message_id, in_reply_to, "
        "refs, list_id, has_attachments, seen, flagged, headers_only, answered, envelope) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!q) {
        return q.error();
    }
    const qint64 received = sql::toSecs(m.receivedAt, QDateTime::currentSecsSinceEpoch());
    const QList<QVariant> values = {m.folderId,
                                    idOrNull(m.accountId),
                                    blob.value(),
                                    sql::text(m.subject),
                                    sql::text(SortKeys::subject(m.subject)),
                                    sql::text(m.fromName),
                                    sql::text(m.fromAddress),
                                    sql::text(SortKeys::from(m.fromName, m.fromAddress)),
                                    sql::text(m.toText),
                                    sql::text(m.ccText),
                                    sql::toSecs(m.date, received),
                                    received,
                                    qint64(m.raw.size()),
                                    sql::text(m.messageId),
                                    sql::text(m.inReplyTo),
                                    sql::text(m.references),
                                    sql::text(m.listId),
                                    !m.attachments.isEmpty(),
                                    m.seen,
                                    m.flagged,
                                    m.headersOnly,
                                    m.answered,
                                    sql::text(QString::fromLatin1(m.envelope))};
    for (int i = 0; i < values.size(); ++i) {
        q.value()->bindValue(i, values.at(i));
    }
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    const qint64 id = q.value()->lastInsertId().toLongLong();
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
    const auto q = m_db.prepare(
        QStringLiteral("UPDATE folders SET total = total + ?, unread = unread + ? WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        q.value()->bindValue(0, it->total);
        q.value()->bindValue(1, it->unread);
        q.value()->bindValue(2, it.key());
        if (const Status s = m_db.exec(*q.value()); !s) {
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
        id);
}

Status MessageWriter::replace(qint64 id, const NewMessage& m)
{
    // The request may be old (kept across failed syncs): the row must still be the headers-only
    // message its UIDL names, never one that got the id after that message was deleted.
    const auto check = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM messages m WHERE m.id = ? AND m.headers_only = 1 AND (? = '' OR EXISTS "
        "(SELECT 1 FROM uidls u WHERE u.account_id = ? AND u.uidl = ? AND u.message_row = m.id))"));
    if (!check) {
        return check.error();
    }
    check.value()->bindValue(0, id);
    check.value()->bindValue(1, sql::text(m.uidl));
    check.value()->bindValue(2, m.accountId);
    check.value()->bindValue(3, sql::text(m.uidl));
    if (const Status s = m_db.exec(*check.value()); !s) {
        return s;
    }
    const bool stillWanted = check.value()->next();
    check.value()->finish();
    if (!stillWanted) {
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
    const auto q = m_db.prepare(QStringLiteral(
        "UPDATE messages SET blob_id = ?, subject = ?, subject_sort = ?, from_name = ?, "
        "from_address = ?, from_sort = ?, to_text = ?, cc_text = ?, date = ?, size = ?, "
        "message_id = ?, in_reply_to = ?, refs = ?, list_id = ?, has_attachments = ?, "
        "headers_only = ? WHERE id = ?"));
    const auto del = m_db.prepare(QStringLiteral("DELETE FROM attachments WHERE message_id = ?"));
    if (!q) {
        return q.error();
    }
    if (!del) {
        return del.error();
    }
    const QList<QVariant> values = {blob.value(),
                                    sql::text(m.subject),
                                    sql::text(SortKeys::subject(m.subject)),
                                    sql::text(m.fromName),
                                    sql::text(m.fromAddress),
                                    sql::text(SortKeys::from(m.fromName, m.fromAddress)),
                                    sql::text(m.toText),
                                    sql::text(m.ccText),
                                    sql::toSecs(m.date, QDateTime::currentSecsSinceEpoch()),
                                    qint64(m.raw.size()),
                                    sql::text(m.messageId),
                                    sql::text(m.inReplyTo),
                                    sql::text(m.references),
                                    sql::text(m.listId),
                                    !m.attachments.isEmpty(),
                                    m.headersOnly};
    for (const qint64 target : targets.value()) {
        for (int i = 0; i < values.size(); ++i) {
            q.value()->bindValue(i, values.at(i));
        }
        q.value()->bindValue(int(values.size()), target);
        if (const Status s = m_db.exec(*q.value()); !s) {
            return s;
        }
        if (q.value()->numRowsAffected() != 1) {
            return Error::make(ErrorCode::NoSuchMessage);
        }
        del.value()->bindValue(0, target);
        if (const Status s = m_db.exec(*del.value()); !s) {
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
    const auto q = m_db.prepare(duplicateQuery());
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, m.messageId);
    q.value()->bindValue(1, qint64(m.raw.size()));
    q.value()->bindValue(2, sha);
    q.value()->bindValue(3, idOrNull(m.accountId));
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    sql::Finisher finish(*q.value());
    return q.value()->next() ? q.value()->value(0).toLongLong() : qint64(0);
}

Result<qint64> MessageWriter::writeBlob(const NewMessage& m, const PreparedRows& rows)
{
    const auto q = m_db.prepare(
        QStringLiteral("INSERT INTO blobs(sha256, size, codec, data) VALUES(?,?,?,?)"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, rows.sha256);
    q.value()->bindValue(1, qint64(m.raw.size()));
    q.value()->bindValue(2, rows.codec);
    // A non-null empty QByteArray, so that an empty message is stored as X'' and not NULL.
    q.value()->bindValue(3, rows.packed.isNull() ? QByteArray("", 0) : rows.packed);
    if (const Status s = m_db.exec(*q.value()); !s) {
        return s.error();
    }
    return q.value()->lastInsertId().toLongLong();
}

Status MessageWriter::writeAttachments(qint64 id, const QList<AttachmentInfo>& attachments)
{
    if (attachments.isEmpty()) {
        return Ok{};
    }
    const auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO attachments(message_id, file_name, mime_type, size, content_id, part_path) "
        "VALUES(?,?,?,?,?,?)"));
    if (!q) {
        return q.error();
    }
    for (const AttachmentInfo& a : attachments) {
        q.value()->bindValue(0, id);
        q.value()->bindValue(1, sql::text(a.fileName));
        q.value()->bindValue(2, sql::text(a.mimeType));
        q.value()->bindValue(3, a.size);
        q.value()->bindValue(4, sql::text(a.contentId));
        q.value()->bindValue(5, sql::text(a.partPath));
        if (const Status s = m_db.exec(*q.value()); !s) {
            return s;
        }
    }
    return Ok{};
}

Status MessageWriter::writeIndex(qint64 id, const PreparedRows& rows, bool replace)
{
    if (replace) {
        const auto del = m_db.prepare(QStringLiteral("DELETE FROM search WHERE rowid = ?"));
        if (!del) {
            return del.error();
        }
        del.value()->bindValue(0, id);
        if (const Status s = m_db.exec(*del.value()); !s) {
            return s;
        }
    }
    const auto q = m_db.prepare(
        QStringLiteral("INSERT INTO search(rowid, subject, sender, recipients, body, attachments) "
                       "VALUES(?,?,?,?,?,?)"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, id);
    q.value()->bindValue(1, rows.subject);
    q.value()->bindValue(2, rows.sender);
    q.value()->bindValue(3, rows.recipients);
    q.value()->bindValue(4, rows.body);
    q.value()->bindValue(5, rows.attachments);
    return m_db.exec(*q.value());
}

Status MessageWriter::recordUidl(const NewMessage& m, qint64 id)
{
    if (m.uidl.isEmpty() || m.accountId <= 0) {
        return Ok{};
    }
    const auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO uidls(account_id, uidl, message_row, downloaded_at) VALUES(?,?,?,?) "
        "ON CONFLICT(account_id, uidl) DO UPDATE SET message_row = excluded.message_row, "
        "downloaded_at = excluded.downloaded_at, deleted_locally = 0"));
    if (!q) {
        return q.error();
    }
    q.value()->bindValue(0, m.accountId);
    q.value()->bindValue(1, m.uidl);
    q.value()->bindValue(2, id);
    q.value()->bindValue(3, sql::toSecs(m.receivedAt, QDateTime::currentSecsSinceEpoch()));
    return m_db.exec(*q.value());
}

} // namespace postbag::store
