// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outbox/OutboxQueue.h"

#include "core/intake/MessageRecord.h"
#include "core/mime/MessageParser.h"
#include "core/store/OutboxStore.h"

namespace postbag::outbox {

Result<qint64> OutboxQueue::enqueue(store::Database& db, qint64 accountId, qint64 identityId,
                                    const mime::BuiltMessage& message, const Source& source)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    intake::Origin origin;
    origin.accountId = accountId;
    origin.receivedAt = now;
    store::NewMessage copy = intake::toNewMessage(mime::MessageParser::parse(message.sentCopy, now),
                                                  message.sentCopy, origin);
    store::NewOutboxItem item;
    item.accountId = accountId;
    item.identityId = identityId;
    item.sendBytes = message.sendBytes;
    item.envelopeSender = message.envelopeSender;
    item.recipients = message.recipients;
    item.messageId = message.messageId;
    item.sourceMessageId = source.messageId;
    item.sourceKind = source.kind;
    return store::OutboxStore(db).enqueue(item, std::move(copy));
}

Status OutboxQueue::sendToOthers(store::Database& db, qint64 id)
{
    store::OutboxStore outbox(db);
    const auto item = outbox.item(id);
    if (!item) {
        return item.error();
    }
    QStringList refused;
    for (const store::OutboxRecipient& r : item->recipientStates) {
        if (r.state == store::RecipientState::Refused) {
            refused.append(r.address);
        }
    }
    if (refused.isEmpty()) {
        return Error::make(ErrorCode::InvalidSetting, QStringLiteral("no recipient was refused"));
    }
    return outbox.dropRecipients(id, refused);
}

} // namespace postbag::outbox
