// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SqlUtil.h"

#include "core/store/Database.h"

namespace postbag::store::sql {

Status run(Database& db, const QString& sql, const QList<QVariant>& values)
{
    if (auto st = Statement::run(db, sql, values); !st) {
        return st.error();
    }
    return Ok{};
}

Result<qint64> insert(Database& db, const QString& sql, const QList<QVariant>& values)
{
    auto st = Statement::run(db, sql, values);
    if (!st) {
        return st.error();
    }
    return st->lastInsertId();
}

Result<int> change(Database& db, const QString& sql, const QList<QVariant>& values)
{
    auto st = Statement::run(db, sql, values);
    if (!st) {
        return st.error();
    }
    return st->rowsAffected();
}

Result<QList<qint64>> idList(Database& db, const QString& sql, const QList<QVariant>& values)
{
    return rows(db, sql, values, [](const Statement& r) { return r.value(0).toLongLong(); });
}

QString idsJson(const QList<qint64>& ids)
{
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            json += u',';
        }
        json += QString::number(ids.at(i));
    }
    json += u']';
    return json;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString summaryColumns()
{
    return QStringLiteral(
        "m.id, m.folder_id, m.account_id, m.subject, m.from_name, m.from_address, m.to_text, "
        "m.cc_text, m.date, m.received, m.size, m.message_id, m.in_reply_to, m.refs, m.list_id, "
        "m.has_attachments, m.seen, m.flagged, m.answered, m.headers_only, m.trash_origin");
}

MessageSummary readSummary(const Statement& q, int c)
{
    MessageSummary s;
    s.id = q.value(c + 0).toLongLong();
    s.folderId = q.value(c + 1).toLongLong();
    s.accountId = q.value(c + 2).toLongLong();
    s.subject = q.value(c + 3).toString();
    s.fromName = q.value(c + 4).toString();
    s.fromAddress = q.value(c + 5).toString();
    s.toText = q.value(c + 6).toString();
    s.ccText = q.value(c + 7).toString();
    s.date = fromSecs(q.value(c + 8).toLongLong());
    s.receivedAt = fromSecs(q.value(c + 9).toLongLong());
    s.size = q.value(c + 10).toLongLong();
    s.messageId = q.value(c + 11).toString();
    s.inReplyTo = q.value(c + 12).toString();
    s.references = q.value(c + 13).toString();
    s.listId = q.value(c + 14).toString();
    s.hasAttachments = q.value(c + 15).toBool();
    s.flags.setFlag(Flag::Seen, q.value(c + 16).toBool());
    s.flags.setFlag(Flag::Flagged, q.value(c + 17).toBool());
    s.flags.setFlag(Flag::Answered, q.value(c + 18).toBool());
    s.headersOnly = q.value(c + 19).toBool();
    s.trashOrigin = q.value(c + 20).toLongLong();
    return s;
}

qint64 toSecs(const QDateTime& dt, qint64 fallback)
{
    return dt.isValid() ? dt.toSecsSinceEpoch() : fallback;
}

QDateTime fromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

QString sortColumn(SortKey key)
{
    switch (key) {
    case SortKey::Date:
        return QStringLiteral("m.date");
    case SortKey::Received:
        return QStringLiteral("m.received");
    case SortKey::Subject:
        return QStringLiteral("m.subject_sort");
    case SortKey::From:
        return QStringLiteral("m.from_sort");
    case SortKey::Size:
        return QStringLiteral("m.size");
    }
    return QStringLiteral("m.date");
}

} // namespace postbag::store::sql
