// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

// Plain value types of sending kept by the store: identities, outgoing servers and outbox items.
// Why apart from StoreTypes.h: only the sending side and its settings need them.
namespace postbag::store {

// One address an account sends as.
struct Identity
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    QString address;
    QString replyTo;
    QString signature;
    qint64 outgoingServerId = 0; // 0: none chosen yet
    bool isDefault = false;
    int position = 0;
};

// An outgoing server's row; its settings text belongs to core/account (OutgoingServer), never
// holds a password, and is stored verbatim.
struct OutgoingServerRow
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString settings;
};

enum class OutboxState
{
    Queued = 0,
    Sending = 1,
    Sent = 2,
    Failed = 3,    // retried by itself when nextAttempt is valid, else waiting for the user
    Uncertain = 4, // the final dot may have reached the server: only the user decides
};

enum class SourceKind
{
    None = 0,
    Reply = 1,   // the source is flagged answered once sent
    Forward = 2, // the source is flagged forwarded once sent
};

// What one recipient of an outbox item has had of it so far.
enum class RecipientState
{
    Owed = 0,      // not sent yet (or the server refused it for certain)
    DotOut = 1,    // its transaction's final dot went out: it may have the message
    Delivered = 2, // its transaction got 250: never sent to it again
    Refused = 3,   // the server refused it in the last attempt (OutboxRecipient::refusal)
    Dropped = 4,   // the user chose to send without it
};

struct OutboxRecipient
{
    QString address;
    RecipientState state = RecipientState::Owed;
    std::optional<Error> refusal; // the server's reply, when Refused
};

// What is queued: the bytes built once (mime::BuiltMessage) and where it comes from.
struct NewOutboxItem
{
    qint64 accountId = 0;
    qint64 identityId = 0; // 0: none
    QByteArray sendBytes;  // never with Bcc
    QString envelopeSender;
    QStringList recipients;
    QString messageId;
    qint64 sourceMessageId = 0; // 0: none
    SourceKind sourceKind = SourceKind::None;
};

struct OutboxItem
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 identityId = 0;
    qint64 messageRow = 0; // the Sent copy's message row (in Outbox, then in Sent)
    QByteArray sendBytes;
    QString envelopeSender;
    QStringList recipients;                 // every envelope recipient, as queued
    QList<OutboxRecipient> recipientStates; // the same, with what each has had of it
    QString messageId;
    qint64 size = 0;
    qint64 sourceMessageId = 0;
    SourceKind sourceKind = SourceKind::None;
    OutboxState state = OutboxState::Queued;
    bool dotOut = false; // the final dot was (about to be) written in the last attempt
    int attempts = 0;
    QDateTime nextAttempt; // invalid: not retried by itself
    QString errorCode;     // Error::codeName(), empty when none
    QByteArray errorResponse;
    QString errorText; // the server's words
    QDateTime queuedAt, sentAt;

    // Those the next attempt goes to: neither delivered nor dropped.
    [[nodiscard]] QStringList owedRecipients() const
    {
        QStringList out;
        for (const OutboxRecipient& r : recipientStates) {
            if (r.state != RecipientState::Delivered && r.state != RecipientState::Dropped) {
                out.append(r.address);
            }
        }
        return out;
    }
};

} // namespace postbag::store
