// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/OutboxStore.h"

#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageStore.h"
#include "core/store/OutboxRecipients.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QVariant>
#include <algorithm>

namespace postbag::store {

namespace {

Error invalid(const QString& why)
{
    return Error::make(ErrorCode::InvalidSetting, why);
}

const QString kColumns = QStringLiteral(
    "id, account_id, identity_id, message_row, send_bytes, envelope_sender, recipients, "
    "message_id, size, source_message, source_kind, state, dot_out, attempts, next_attempt, "
    "error_code, error_response, error_text, queued_at, sent_at");

OutboxItem readItem(const sql::Statement& r)
{
    OutboxItem i;
    i.id = r.value(0).toLongLong();
    i.accountId = r.value(1).toLongLong();
    i.identityId = r.value(2).toLongLong();
    i.messageRow = r.value(3).toLongLong();
    i.sendBytes = r.value(4).toByteArray();
    i.envelopeSender = r.value(5).toString();
    i.recipientStates = OutboxRecipients::decode(r.value(6).toString());
    for (const OutboxRecipient& recipient : std::as_const(i.recipientStates)) {
        i.recipients.append(recipient.address);
    }
    i.messageId = r.value(7).toString();
    i.size = r.value(8).toLongLong();
    i.sourceMessageId = r.value(9).toLongLong();
    i.sourceKind = static_cast<SourceKind>(r.value(10).toInt());
    i.state = static_cast<OutboxState>(r.value(11).toInt());
    i.dotOut = r.value(12).toBool();
    i.attempts = r.value(13).toInt();
    if (!r.value(14).isNull()) {
        i.nextAttempt = sql::fromSecs(r.value(14).toLongLong());
    }
    i.errorCode = r.value(15).toString();
    i.errorResponse = r.value(16).toString().toLatin1();
    i.errorText = r.value(17).toString();
    i.queuedAt = sql::fromSecs(r.value(18).toLongLong());
    if (!r.value(19).isNull()) {
        i.sentAt = sql::fromSecs(r.value(19).toLongLong());
    }
    return i;
}

QString state(OutboxState s)
{
    return QString::number(int(s));
}

// The user sends it again: queued, due at once, the last error forgotten.
QString requeued()
{
    return QStringLiteral("state = %1, dot_out = 0, next_attempt = NULL, error_code = '', "
                          "error_response = '', error_text = ''")
        .arg(state(OutboxState::Queued));
}

} // namespace

Result<qint64> OutboxStore::enqueue(const NewOutboxItem& item, NewMessage sentCopy)
{
    if (item.sendBytes.isEmpty() || item.envelopeSender.isEmpty() || item.recipients.isEmpty()) {
        return invalid(QStringLiteral("an outbox item needs bytes, a sender and recipients"));
    }
    for (const QString& recipient : item.recipients) {
        if (recipient.isEmpty() || recipient.contains(u'\n') || recipient.contains(u'\t')) {
            return Error::make(ErrorCode::InvalidAddress, recipient);
        }
    }
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s.error();
    }
    const auto outbox = FolderStore(m_db).special(FolderKind::Outbox);
    if (!outbox) {
        return outbox.error();
    }
    sentCopy.folderId = outbox.value();
    sentCopy.accountId = item.accountId;
    sentCopy.uidl.clear();
    sentCopy.seen = true;
    MessageStore messages(m_db);
    messages.setDuplicateDetection(false);
    const auto copy = messages.insert(sentCopy);
    if (!copy) {
        return copy.error();
    }
    const auto id = sql::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO outbox(account_id, identity_id, message_row, send_bytes, "
            "envelope_sender, recipients, message_id, size, source_message, source_kind, "
            "queued_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
        {item.accountId, sql::idOrNull(item.identityId), copy->id, item.sendBytes,
         item.envelopeSender, item.recipients.join(u'\n'), sql::text(item.messageId),
         qint64(item.sendBytes.size()), sql::idOrNull(item.sourceMessageId), int(item.sourceKind),
         QDateTime::currentSecsSinceEpoch()});
    if (!id) {
        return id.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return id.value();
}

Result<OutboxItem> OutboxStore::item(qint64 id)
{
    return sql::oneRow(m_db, QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns),
                       {id}, readItem, invalid(QStringLiteral("no such outbox item")));
}

Result<QList<OutboxItem>> OutboxStore::list(qint64 accountId)
{
    return sql::rows(m_db,
                     QStringLiteral("SELECT %1 FROM outbox WHERE ? = 0 OR account_id = ? "
                                    "ORDER BY queued_at, id")
                         .arg(kColumns),
                     {accountId, accountId}, readItem);
}

Result<QList<qint64>> OutboxStore::due(qint64 accountId, const QDateTime& now)
{
    return sql::idList(
        m_db,
        QStringLiteral("SELECT id FROM outbox WHERE account_id = ? AND (state = ? "
                       "OR (state = ? AND next_attempt <= ?)) ORDER BY queued_at, id"),
        {accountId, int(OutboxState::Queued), int(OutboxState::Failed), now.toSecsSinceEpoch()});
}

Result<OutboxItem> OutboxStore::claim(qint64 id, const QDateTime& now)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s.error();
    }
    if (const Status s =
            transition(id,
                       QStringLiteral("state = %1, dot_out = 0, attempts = attempts + 1, "
                                      "next_attempt = NULL")
                           .arg(state(OutboxState::Sending)),
                       QStringLiteral("state = %1 OR (state = %2 AND next_attempt <= ?)")
                           .arg(state(OutboxState::Queued), state(OutboxState::Failed)),
                       {now.toSecsSinceEpoch()});
        !s) {
        return s.error();
    }
    // A new attempt: what the last one learnt of those still owed is history.
    if (const Status s = changeRecipients(id,
                                          [](QList<OutboxRecipient>& all) {
                                              for (OutboxRecipient& r : all) {
                                                  if (r.state == RecipientState::DotOut ||
                                                      r.state == RecipientState::Refused) {
                                                      r = OutboxRecipient{r.address, {}, {}};
                                                  }
                                              }
                                              return Status(Ok{});
                                          });
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return item(id);
}

Status OutboxStore::markDotGoingOut(qint64 id)
{
    const auto current = item(id);
    if (!current) {
        return current.error();
    }
    return markDotGoingOut(id, current->owedRecipients());
}

Status OutboxStore::markDotGoingOut(qint64 id, const QStringList& to)
{
    if (const Status s = markTransaction(id, QStringLiteral("dot_out = 1"), false, to,
                                         RecipientState::Owed, RecipientState::DotOut);
        !s) {
        return s;
    }
    return m_db.makeDurable();
}

Status OutboxStore::markDelivered(qint64 id, const QStringList& to)
{
    return markTransaction(id, QStringLiteral("dot_out = 0"), true, to, RecipientState::DotOut,
                           RecipientState::Delivered);
}

Status OutboxStore::markTransaction(qint64 id, const QString& set, bool dotOut,
                                    const QStringList& to, RecipientState was, RecipientState next)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    if (const Status s = transition(id, set,
                                    QStringLiteral("state = %1 AND dot_out = %2")
                                        .arg(state(OutboxState::Sending))
                                        .arg(dotOut ? 1 : 0),
                                    {});
        !s) {
        return s;
    }
    if (const Status s = setState(id, to, was, next); !s) {
        return s;
    }
    return tx.commit();
}

Status OutboxStore::markSent(qint64 id, const QDateTime& at)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    if (const Status s = changeRecipients(id,
                                          [](QList<OutboxRecipient>& all) {
                                              for (OutboxRecipient& r : all) {
                                                  if (r.state == RecipientState::DotOut) {
                                                      r.state = RecipientState::Delivered;
                                                  }
                                              }
                                              return Status(Ok{});
                                          });
        !s) {
        return s;
    }
    if (const Status s =
            fileSent(id, QStringLiteral("state = %1").arg(state(OutboxState::Sending)), at);
        !s) {
        return s;
    }
    return tx.commit();
}

Status OutboxStore::markFailed(qint64 id, const Error& error, const QDateTime& retryAt,
                               const QList<OutboxRecipient>& refused)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    if (const Status s = transition(
            id,
            QStringLiteral("state = %1, next_attempt = ?, error_code = ?, error_response = ?, "
                           "error_text = ?")
                .arg(state(OutboxState::Failed)),
            QStringLiteral("state = %1").arg(state(OutboxState::Sending)),
            {retryAt.isValid() ? QVariant(retryAt.toSecsSinceEpoch()) : QVariant(),
             error.codeName(), sql::text(QString::fromLatin1(error.responseCode)),
             sql::text(error.serverText)});
        !s) {
        return s;
    }
    // The server answered: whatever went out did not reach anyone; the refused are named.
    if (const Status s = changeRecipients(id,
                                          [&refused](QList<OutboxRecipient>& all) {
                                              for (OutboxRecipient& r : all) {
                                                  if (r.state == RecipientState::DotOut) {
                                                      r.state = RecipientState::Owed;
                                                  }
                                                  for (const OutboxRecipient& no : refused) {
                                                      if (r.address == no.address &&
                                                          r.state == RecipientState::Owed) {
                                                          r.state = RecipientState::Refused;
                                                          r.refusal = no.refusal;
                                                      }
                                                  }
                                              }
                                              return Status(Ok{});
                                          });
        !s) {
        return s;
    }
    return tx.commit();
}

Status OutboxStore::markUncertain(qint64 id, const Error& error)
{
    return transition(
        id,
        QStringLiteral("state = %1, next_attempt = NULL, error_code = ?, error_response = ?, "
                       "error_text = ?")
            .arg(state(OutboxState::Uncertain)),
        QStringLiteral("state = %1").arg(state(OutboxState::Sending)),
        {error.codeName(), sql::text(QString::fromLatin1(error.responseCode)),
         sql::text(error.serverText)});
}

Result<int> OutboxStore::recoverInterrupted(qint64 accountId)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s.error();
    }
    const auto changed =
        sql::change(m_db,
                    QStringLiteral("UPDATE outbox SET state = CASE WHEN dot_out THEN ? ELSE ? END, "
                                   "error_code = CASE WHEN dot_out THEN ? ELSE error_code END "
                                   "WHERE account_id = ? AND state = ?"),
                    {int(OutboxState::Uncertain), int(OutboxState::Queued),
                     codeName(ErrorCode::DeliveryUncertain), accountId, int(OutboxState::Sending)});
    if (!changed) {
        return changed.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return changed.value();
}

Status OutboxStore::resend(qint64 id)
{
    return transition(id, requeued(),
                      QStringLiteral("state IN (%1, %2)")
                          .arg(state(OutboxState::Failed), state(OutboxState::Uncertain)),
                      {});
}

Status OutboxStore::dropRecipients(qint64 id, const QStringList& addresses)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    const auto current = item(id);
    if (!current) {
        return current.error();
    }
    const QList<OutboxState> mayChange = {OutboxState::Queued, OutboxState::Failed,
                                          OutboxState::Uncertain};
    if (!mayChange.contains(current->state)) {
        return invalid(
            QStringLiteral("outbox item %1 is in state %2").arg(id).arg(int(current->state)));
    }
    QList<OutboxRecipient> all = current->recipientStates;
    for (const QString& address : addresses) {
        auto found = std::find_if(all.begin(), all.end(), [&address](const OutboxRecipient& r) {
            return r.address.compare(address, Qt::CaseInsensitive) == 0 &&
                   r.state != RecipientState::Delivered;
        });
        if (found == all.end()) {
            return Error::make(ErrorCode::InvalidAddress, address);
        }
        *found = OutboxRecipient{found->address, RecipientState::Dropped, {}};
    }
    const QString from = QStringLiteral("state IN (%1, %2, %3)")
                             .arg(state(OutboxState::Queued), state(OutboxState::Failed),
                                  state(OutboxState::Uncertain));
    if (const Status s = writeRecipients(id, all); !s) {
        return s;
    }
    OutboxItem left = current.value();
    left.recipientStates = all;
    if (left.owedRecipients().isEmpty()) {
        const bool reachedSome =
            std::any_of(all.cbegin(), all.cend(), [](const OutboxRecipient& r) {
                return r.state == RecipientState::Delivered;
            });
        if (!reachedSome) {
            return invalid(QStringLiteral("no recipient would be left"));
        }
        if (const Status s = fileSent(id, from, QDateTime::currentDateTimeUtc()); !s) {
            return s;
        }
        return tx.commit();
    }
    if (const Status s = transition(id, requeued(), from, {}); !s) {
        return s;
    }
    return tx.commit();
}

Status OutboxStore::markSentByUser(qint64 id, const QDateTime& at)
{
    return fileSent(id,
                    QStringLiteral("state IN (%1, %2)")
                        .arg(state(OutboxState::Failed), state(OutboxState::Uncertain)),
                    at);
}

Status OutboxStore::discard(qint64 id)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    const auto current = item(id);
    if (!current) {
        return current.error();
    }
    if (current->state == OutboxState::Sending) {
        return invalid(QStringLiteral("the outbox item is being sent"));
    }
    if (current->state != OutboxState::Sent) {
        if (const Status s = MessageStore(m_db).moveToTrash({current->messageRow}); !s) {
            return s;
        }
    }
    if (const Status s = sql::run(m_db, QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
        !s) {
        return s;
    }
    return tx.commit();
}

Error OutboxStore::lastError(const OutboxItem& item)
{
    return OutboxRecipients::storedError(item.errorCode, item.errorResponse, item.errorText);
}

Status OutboxStore::writeRecipients(qint64 id, const QList<OutboxRecipient>& all)
{
    return sql::run(m_db, QStringLiteral("UPDATE outbox SET recipients = ? WHERE id = ?"),
                    {OutboxRecipients::encode(all), id});
}

Status OutboxStore::changeRecipients(qint64 id,
                                     const std::function<Status(QList<OutboxRecipient>&)>& change)
{
    const auto text = sql::oneRow(
        m_db, QStringLiteral("SELECT recipients FROM outbox WHERE id = ?"), {id},
        [](const sql::Statement& r) { return r.value(0).toString(); },
        invalid(QStringLiteral("no such outbox item")));
    if (!text) {
        return text.error();
    }
    QList<OutboxRecipient> all = OutboxRecipients::decode(text.value());
    if (const Status s = change(all); !s) {
        return s;
    }
    return writeRecipients(id, all);
}

Status OutboxStore::setState(qint64 id, const QStringList& to, RecipientState from,
                             RecipientState next)
{
    return changeRecipients(id, [&](QList<OutboxRecipient>& all) -> Status {
        for (const QString& address : to) {
            auto found = std::find_if(all.begin(), all.end(), [&](const OutboxRecipient& r) {
                return r.address == address && r.state == from;
            });
            if (found == all.end()) {
                return Error::make(ErrorCode::InvalidAddress, address);
            }
            found->state = next;
        }
        return Ok{};
    });
}

Status OutboxStore::transition(qint64 id, const QString& set, const QString& from,
                               const QList<QVariant>& values)
{
    // `set`'s and `from`'s parameters in the order they appear, then the id.
    QList<QVariant> all = values;
    all.append(id);
    const auto changed = sql::change(
        m_db, QStringLiteral("UPDATE outbox SET %1 WHERE (%2) AND id = ?").arg(set, from), all);
    if (!changed) {
        return changed.error();
    }
    if (changed.value() == 1) {
        return Ok{};
    }
    const auto current = item(id);
    if (!current) {
        return current.error();
    }
    return invalid(
        QStringLiteral("outbox item %1 is in state %2").arg(id).arg(int(current->state)));
}

Status OutboxStore::fileSent(qint64 id, const QString& from, const QDateTime& at)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s) {
        return s;
    }
    if (const Status s = transition(id,
                                    QStringLiteral("state = %1, sent_at = ?, next_attempt = NULL")
                                        .arg(state(OutboxState::Sent)),
                                    from, {sql::toSecs(at, QDateTime::currentSecsSinceEpoch())});
        !s) {
        return s;
    }
    const auto sent = FolderStore(m_db).special(FolderKind::Sent);
    if (!sent) {
        return sent.error();
    }
    if (const Status s = sql::run(
            m_db,
            QStringLiteral("UPDATE messages SET folder_id = ?, seen = 1, trash_origin = NULL "
                           "WHERE id = (SELECT message_row FROM outbox WHERE id = ?)"),
            {sent.value(), id});
        !s) {
        return s;
    }
    if (const Status s = sql::run(
            m_db,
            QStringLiteral("UPDATE messages SET "
                           "answered = answered OR o.source_kind = ?, "
                           "forwarded = forwarded OR o.source_kind = ? "
                           "FROM (SELECT source_message, source_kind FROM outbox WHERE id = ?) o "
                           "WHERE messages.id = o.source_message"),
            {int(SourceKind::Reply), int(SourceKind::Forward), id});
        !s) {
        return s;
    }
    return tx.commit();
}

} // namespace postbag::store
