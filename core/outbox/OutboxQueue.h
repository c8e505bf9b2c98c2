// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mime/BuiltMessage.h"
#include "core/store/OutboxTypes.h"

namespace postbag::store {
class Database;
}

namespace postbag::outbox {

// The message a queued one answers or forwards, flagged so when it is sent.
struct Source
{
    qint64 messageId = 0; // 0: none
    store::SourceKind kind = store::SourceKind::None;
};

// Puts a built message into the outbox. Why: the composer and `postbag send` queue the same way,
// and the Sent copy must look like any other message in the list (the intake translation).
// Guarantees: the bytes are kept exactly as built (retries send them unchanged, with their
// Message-ID); the Sent copy with its Bcc is filed in Outbox in the same transaction.
class OutboxQueue
{
public:
    [[nodiscard]] static Result<qint64> enqueue(store::Database& db, qint64 accountId,
                                                qint64 identityId,
                                                const mime::BuiltMessage& message,
                                                const Source& source = {});
    // The user's "send to the others" for an item the server refused some recipients of:
    // every recipient refused in its last attempt is dropped and the item queued again, due
    // at once (OutboxStore::dropRecipients(); InvalidSetting when none was refused).
    [[nodiscard]] static Status sendToOthers(store::Database& db, qint64 id);
};

} // namespace postbag::outbox
