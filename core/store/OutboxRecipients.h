// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/OutboxTypes.h"

namespace postbag::store {

// The outbox row's `recipients` text: one line per envelope recipient, the address alone while
// nothing is known of it (the form every row was queued in), else the address, a tab, its state
// and, for a refusal, the error's code name, enhanced code and the server's words (those three
// percent-encoded). Why: what each recipient had of a message (put off by a recipient limit,
// refused, delivered in an earlier transaction, dropped by the user) must survive crashes with
// the row itself, without a schema change. Guarantees: decode(encode(x)) == x for any text; a
// line that does not parse reads as an owed recipient, never as a delivered one.
class OutboxRecipients
{
public:
    [[nodiscard]] static QList<OutboxRecipient> decode(const QString& text);
    [[nodiscard]] static QString encode(const QList<OutboxRecipient>& recipients);
    // A stored error (Error::codeName(), enhanced code, text) as it was; an unknown code name
    // is StoreCorrupt naming it.
    [[nodiscard]] static Error storedError(const QString& code, const QByteArray& response,
                                           const QString& text);
};

} // namespace postbag::store
