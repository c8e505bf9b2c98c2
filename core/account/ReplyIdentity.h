// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/OutboxTypes.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace postbag::account {

// Where a message came in: what a reply's identity is chosen from.
struct ReceivedMessage
{
    qint64 accountId = 0; // the account that downloaded it
    QStringList to;
    QStringList cc;
    // Delivered-To, X-Original-To and Envelope-To, in header order (a mailing list or an alias
    // leaves the user's address only there).
    QStringList deliveredTo;
};

// Which identity answers a message: the one it was sent to, never a random default. Why in
// core/account: it is a rule about the user's own addresses across accounts, needed by the
// composer before anything is built or queued, and it needs nothing but identities (no MIME, no
// sending). The order is Thunderbird's (MailUtils.getIdentityForHeader: the server's identities
// matched against the recipients, then all identities, then the server's first) with K-9's header
// order (To, then Cc, then the delivery headers): an identity of the message's account whose
// address is among To, Cc, then the delivery headers; else an identity of another account whose
// address is among them, in the same header order (the alias lives in the other account, the
// mail came through a forward); else the message's account's default identity; else its first.
// Guarantees: a pure function of its arguments; addresses compare ignoring case, and nothing else
// is folded (alice+lists@ is not alice@); among identities that match the same address, the one
// first in `identities` order (an account's position) wins; nullopt only when nothing matched and
// the account has no identity.
class ReplyIdentity
{
public:
    [[nodiscard]] static std::optional<store::Identity>
    pick(const ReceivedMessage& message, const QList<store::Identity>& identities);
};

} // namespace postbag::account
