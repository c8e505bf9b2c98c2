// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ThreadIndex.h"

#include "core/store/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace postbag::store {

using threading::Node;
using threading::Thread;

Result<qint64> ThreadIndex::place(const NewMessage& message, qint64 date)
{
    return place({message.messageId, message.references.split(u' ', Qt::SkipEmptyParts),
                  message.inReplyTo, message.subject, date});
}

Result<qint64> ThreadIndex::place(const threading::Threader::Message& message)
{
    const auto placed = threading::Threader(*this).place(message);
    if (!placed) {
        return placed.error();
    }
    return placed->thread;
}

Result<QList<Node>> ThreadIndex::nodes(const QStringList& ids)
{
    if (ids.isEmpty()) {
        return QList<Node>();
    }
    const auto read = [](const sql::Statement& r) {
        return Node{r.value(0).toString(), r.value(1).toLongLong(), r.value(2).toString()};
    };
    if (ids.size() == 1) { // the common case: a message without ancestors
        return sql::rows(
            m_db,
            QStringLiteral(
                "SELECT message_id, thread_id, parent FROM thread_nodes WHERE message_id = ?"),
            {ids.constFirst()}, read);
    }
    return sql::rows(
        m_db,
        QStringLiteral("SELECT message_id, thread_id, parent FROM thread_nodes "
                       "WHERE message_id IN (SELECT value FROM json_each(?))"),
        {QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))},
        read);
}

Result<Thread> ThreadIndex::thread(qint64 id)
{
    return sql::oneRow(
        m_db,
        QStringLiteral("SELECT size, newest, root, subject_key, subject_reply, subject_date "
                       "FROM threads WHERE id = ?"),
        {id},
        [id](const sql::Statement& r) {
            return Thread{id,
                          r.value(0).toLongLong(),
                          r.value(1).toLongLong(),
                          r.value(2).toString(),
                          r.value(3).toString(),
                          r.value(4).toBool(),
                          r.value(5).toLongLong()};
        },
        Error::make(ErrorCode::StoreCorrupt, QStringLiteral("thread %1 missing").arg(id)));
}

Result<qint64> ThreadIndex::addThread(const Thread& t)
{
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO threads(size, newest, root, subject_key, "
                                      "subject_reply, subject_date) VALUES(?,?,?,?,?,?)"),
                       {t.size, t.newest, sql::text(t.root), sql::text(t.subjectKey),
                        t.subjectReply, t.subjectDate});
}

Status ThreadIndex::saveThread(const Thread& t)
{
    return sql::run(m_db,
                    QStringLiteral("UPDATE threads SET size = ?, newest = ?, root = ?, "
                                   "subject_key = ?, subject_reply = ?, subject_date = ? "
                                   "WHERE id = ?"),
                    {t.size, t.newest, sql::text(t.root), sql::text(t.subjectKey), t.subjectReply,
                     t.subjectDate, t.id});
}

Status ThreadIndex::mergeThread(qint64 from, qint64 into)
{
    for (const QString& statement :
         {QStringLiteral("UPDATE messages SET thread_id = ? WHERE thread_id = ?"),
          QStringLiteral("UPDATE thread_nodes SET thread_id = ? WHERE thread_id = ?")}) {
        if (const Status s = sql::run(m_db, statement, {into, from}); !s) {
            return s;
        }
    }
    return sql::run(m_db, QStringLiteral("DELETE FROM threads WHERE id = ?"), {from});
}

Status ThreadIndex::saveNode(const Node& n)
{
    return sql::run(m_db,
                    QStringLiteral("INSERT INTO thread_nodes(message_id, thread_id, parent) "
                                   "VALUES(?,?,?) ON CONFLICT(message_id) DO UPDATE SET "
                                   "thread_id = excluded.thread_id, parent = excluded.parent"),
                    {n.id, n.thread, sql::text(n.parent)});
}

Result<qint64> ThreadIndex::subjectOriginal(const QString& key, qint64 date)
{
    // "subject_key <> ''" repeats the partial index's condition, which a bound value cannot prove.
    const auto id = sql::firstRow(
        m_db,
        QStringLiteral("SELECT id FROM threads WHERE subject_key = ? AND subject_key <> '' AND "
                       "subject_reply = 0 AND subject_date <= ? "
                       "ORDER BY subject_date DESC, id DESC LIMIT 1"),
        {key, date}, [](const sql::Statement& r) { return r.value(0).toLongLong(); });
    if (!id) {
        return id.error();
    }
    return id->value_or(0);
}

Result<QList<qint64>> ThreadIndex::subjectReplies(const QString& key, qint64 date)
{
    return sql::idList(m_db,
                       QStringLiteral("SELECT id FROM threads WHERE subject_key = ? AND "
                                      "subject_key <> '' AND subject_reply = 1 AND "
                                      "subject_date >= ? ORDER BY id"),
                       {key, date});
}

} // namespace postbag::store
