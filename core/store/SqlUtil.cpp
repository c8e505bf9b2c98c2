// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SqlUtil.h"

#include "core/common/Logging.h"
#include "core/store/Database.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace postbag::store::sql {

sqlite3* nativeHandle(QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    QSqlQuery source(db);
    if (!source.exec(QStringLiteral("SELECT sqlite_source_id()")) || !source.next() ||
        source.value(0).toString() != QString::fromLatin1(sqlite3_sourceid())) {
        qCWarning(lcStore) << "QSQLITE runs another SQLite build than Postbag links";
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
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

QString summaryColumns()
{
    return QStringLiteral(
        "m.id, m.folder_id, m.account_id, m.subject, m.from_name, m.from_address, m.to_text, "
        "m.cc_text, m.date, m.received, m.size, m.message_id, m.in_reply_to, m.refs, m.list_id, "
        "m.has_attachments, m.seen, m.flagged, m.answered, m.headers_only, m.trash_origin");
}

MessageSummary readSummary(const QSqlQuery& q, int c)
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

Result<QList<qint64>> idList(Database& db, const QString& sql, const QList<QVariant>& params)
{
    const auto q = db.prepare(sql);
    if (!q) {
        return q.error();
    }
    for (int i = 0; i < params.size(); ++i) {
        q.value()->bindValue(i, params.at(i));
    }
    if (const Status s = db.exec(*q.value()); !s) {
        return s.error();
    }
    Finisher finish(*q.value());
    QList<qint64> ids;
    while (q.value()->next()) {
        ids.append(q.value()->value(0).toLongLong());
    }
    if (const Status s = db.rowsEnded(*q.value()); !s) {
        return s.error();
    }
    return ids;
}

} // namespace postbag::store::sql
