// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/MessageColumns.h"

#include "core/store/SortKeys.h"
#include "core/store/SqlUtil.h"

#include <array>

namespace postbag::store {

namespace {

using Source = MessageColumns::Source;

struct Column
{
    const char* name;
    bool fromBytes; // derived from the message's bytes: rewritten when a message is completed
    QVariant (*value)(const Source& s);
};

// folder_id first: a copy puts its own folder there (copySql).
const std::array<Column, 24> kColumns{{
    {"folder_id", false, [](const Source& s) { return QVariant(s.message.folderId); }},
    {"account_id", false, [](const Source& s) { return sql::idOrNull(s.message.accountId); }},
    {"blob_id", true, [](const Source& s) { return QVariant(s.blobId); }},
    {"subject", true, [](const Source& s) { return QVariant(sql::text(s.message.subject)); }},
    {"subject_sort", true,
     [](const Source& s) { return QVariant(sql::text(SortKeys::subject(s.message.subject))); }},
    {"from_name", true, [](const Source& s) { return QVariant(sql::text(s.message.fromName)); }},
    {"from_address", true,
     [](const Source& s) { return QVariant(sql::text(s.message.fromAddress)); }},
    {"from_sort", true,
     [](const Source& s) {
         return QVariant(sql::text(SortKeys::from(s.message.fromName, s.message.fromAddress)));
     }},
    {"to_text", true, [](const Source& s) { return QVariant(sql::text(s.message.toText)); }},
    {"cc_text", true, [](const Source& s) { return QVariant(sql::text(s.message.ccText)); }},
    {"date", true,
     [](const Source& s) { return QVariant(sql::toSecs(s.message.date, s.received)); }},
    {"received", false, [](const Source& s) { return QVariant(s.received); }},
    {"size", true, [](const Source& s) { return QVariant(qint64(s.message.raw.size())); }},
    {"message_id", true, [](const Source& s) { return QVariant(sql::text(s.message.messageId)); }},
    {"in_reply_to", true, [](const Source& s) { return QVariant(sql::text(s.message.inReplyTo)); }},
    {"refs", true, [](const Source& s) { return QVariant(sql::text(s.message.references)); }},
    {"list_id", true, [](const Source& s) { return QVariant(sql::text(s.message.listId)); }},
    {"has_attachments", true,
     [](const Source& s) { return QVariant(!s.message.attachments.isEmpty()); }},
    {"seen", false, [](const Source& s) { return QVariant(s.message.seen); }},
    {"flagged", false, [](const Source& s) { return QVariant(s.message.flagged); }},
    {"headers_only", true, [](const Source& s) { return QVariant(s.message.headersOnly); }},
    {"answered", false, [](const Source& s) { return QVariant(s.message.answered); }},
    {"envelope", false,
     [](const Source& s) { return QVariant(sql::text(QString::fromLatin1(s.message.envelope))); }},
    // Not from the bytes: a completed message keeps its thread, a copy shares it.
    {"thread_id", false, [](const Source& s) { return sql::idOrNull(s.threadId); }},
}};

QStringList names(bool fromBytesOnly, qsizetype skip = 0)
{
    QStringList out;
    for (qsizetype i = skip; i < qsizetype(kColumns.size()); ++i) {
        if (!fromBytesOnly || kColumns[size_t(i)].fromBytes) {
            out.append(QString::fromLatin1(kColumns[size_t(i)].name));
        }
    }
    return out;
}

QList<QVariant> values(const Source& source, bool fromBytesOnly)
{
    QList<QVariant> out;
    out.reserve(qsizetype(kColumns.size()) + 1); // room for the id a replace binds after them
    for (const Column& c : kColumns) {
        if (!fromBytesOnly || c.fromBytes) {
            out.append(c.value(source));
        }
    }
    return out;
}

} // namespace

const QString& MessageColumns::insertSql()
{
    static const QString statement = []() -> QString {
        const QStringList all = names(false);
        QStringList marks;
        marks.fill(QStringLiteral("?"), all.size());
        return QStringLiteral("INSERT INTO messages(%1) VALUES(%2)")
            .arg(all.join(u", "), marks.join(u','));
    }();
    return statement;
}

QList<QVariant> MessageColumns::insertValues(const Source& source)
{
    return values(source, false);
}

const QString& MessageColumns::replaceSql()
{
    static const QString statement = []() -> QString {
        return u"UPDATE messages SET " + names(true).join(u" = ?, ") + u" = ? WHERE id = ?";
    }();
    return statement;
}

QList<QVariant> MessageColumns::replaceValues(const Source& source)
{
    return values(source, true);
}

const QString& MessageColumns::copySql()
{
    static const QString statement = []() -> QString {
        return u"INSERT INTO messages(" + names(false).join(u", ") + u") SELECT ?, " +
               names(false, 1).join(u", ") + u" FROM messages WHERE id = ?";
    }();
    return statement;
}

} // namespace postbag::store
