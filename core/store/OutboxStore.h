// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/OutboxTypes.h"
#include "core/store/StoreTypes.h"

#include <QList>
#include <functional>

namespace postbag::store {

class Database;

// The outbox: a durable state machine per message to send (queued → sending → sent | failed |
// uncertain). Why: a message must never be lost and never go out twice without the user asking,
// whatever crashes or drops happen around the final dot. Guarantees: every transition is one
// transaction that checks the state it leaves (a wrong state is InvalidSetting and changes
// nothing), so of two processes claiming one row only one gets it; markDotGoingOut() is durable
// when it returns and must precede the final dot; after it the row can only become sent or
// uncertain, never queued again by itself, until markDelivered() records the 250 for the
// recipients that dot was for; each recipient's state is kept with the row (OutboxRecipients), so
// one delivered or whose dot went out is never sent to again without the user; markSent() moves
// the Sent copy (the message row that enqueue() filed in Outbox, Bcc included) to Sent and flags
// the source answered or forwarded in the same transaction; resend, mark-as-sent, sending to the
// others (dropRecipients) and discard are the user's calls.
class OutboxStore
{
public:
    explicit OutboxStore(Database& db) : m_db(db) {}

    // Queues `item`; `sentCopy` (parsed from the Sent copy's bytes) is filed in Outbox, seen.
    [[nodiscard]] Result<qint64> enqueue(const NewOutboxItem& item, NewMessage sentCopy);
    [[nodiscard]] Result<OutboxItem> item(qint64 id);
    // The account's items (0: every account's), oldest first.
    [[nodiscard]] Result<QList<OutboxItem>> list(qint64 accountId = 0);
    // Items of the account that may be sent at `now`: queued, or failed with a retry time reached.
    [[nodiscard]] Result<QList<qint64>> due(qint64 accountId, const QDateTime& now);

    // The sender's transitions.
    // Due → sending (one more attempt); the item as it is to be sent.
    [[nodiscard]] Result<OutboxItem> claim(qint64 id, const QDateTime& now);
    // The dot for `to` (every owed recipient when not given) is going out: they may have the
    // message from now on.
    [[nodiscard]] Status markDotGoingOut(qint64 id);
    [[nodiscard]] Status markDotGoingOut(qint64 id, const QStringList& to);
    // 250 to a dot for `to` while others are still owed (a server's recipient limit): they are
    // delivered, never sent to again; the next dot may be marked.
    [[nodiscard]] Status markDelivered(qint64 id, const QStringList& to);
    [[nodiscard]] Status markSent(qint64 id, const QDateTime& at);
    // Sending → failed (the server refused, before the dot or in its reply to it); retried by
    // itself from `retryAt` when valid, else waits for the user. No reply after the dot is not a
    // refusal: that is markUncertain(). `refused` names the recipients the server refused, with
    // its reply (OutboxItem::recipientStates shows them until the next attempt).
    [[nodiscard]] Status markFailed(qint64 id, const Error& error, const QDateTime& retryAt,
                                    const QList<OutboxRecipient>& refused = {});
    [[nodiscard]] Status markUncertain(qint64 id, const Error& error);
    // After a crash, with the account's sending lock held: rows left in sending go back to queued
    // when their dot never went out, else become uncertain. How many rows it changed.
    [[nodiscard]] Result<int> recoverInterrupted(qint64 accountId);

    // The user's calls.
    // Failed or uncertain → queued, due at once.
    [[nodiscard]] Status resend(qint64 id);
    // Failed or uncertain → sent, as markSent() files it.
    [[nodiscard]] Status markSentByUser(qint64 id, const QDateTime& at);
    // "Send to the others": queued, failed or uncertain → queued, due at once, without
    // `addresses` (matched ignoring case; each must be on the item and not delivered, else
    // InvalidAddress naming it and nothing changes). When only delivered recipients are left it
    // is filed as sent; when none would be left, InvalidSetting (that is discard()). The Sent
    // copy keeps the headers as written.
    [[nodiscard]] Status dropRecipients(qint64 id, const QStringList& addresses);
    // Any state but sending: the row goes and its Sent copy moves to Trash (restorable there).
    [[nodiscard]] Status discard(qint64 id);

    // The error stored with a failed or uncertain item.
    [[nodiscard]] static Error lastError(const OutboxItem& item);

private:
    [[nodiscard]] Status transition(qint64 id, const QString& set, const QString& from,
                                    const QList<QVariant>& values);
    [[nodiscard]] Status fileSent(qint64 id, const QString& from, const QDateTime& at);
    // Inside an open transaction: the row's recipients, changed and written back.
    [[nodiscard]] Status
    changeRecipients(qint64 id, const std::function<Status(QList<OutboxRecipient>&)>& change);
    [[nodiscard]] Status writeRecipients(qint64 id, const QList<OutboxRecipient>& all);
    // One transaction's mark: `set` on a sending row whose dot_out is `dotOut`, and each of `to`
    // from `was` to `next`.
    [[nodiscard]] Status markTransaction(qint64 id, const QString& set, bool dotOut,
                                         const QStringList& to, RecipientState was,
                                         RecipientState next);
    // Each of `to` from `from` to `next`; one not in `from` is InvalidAddress.
    [[nodiscard]] Status setState(qint64 id, const QStringList& to, RecipientState from,
                                  RecipientState next);

    Database& m_db;
};

} // namespace postbag::store
