// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/ReplyIdentity.h"

namespace postbag::account {

namespace {

// The first identity, in header order, whose address received the message and that `mine` takes.
template <typename Filter>
std::optional<store::Identity> matching(const ReceivedMessage& message,
                                        const QList<store::Identity>& identities, Filter mine)
{
    for (const QStringList* header : {&message.to, &message.cc, &message.deliveredTo}) {
        for (const QString& address : *header) {
            const QString wanted = address.trimmed();
            for (const store::Identity& identity : identities) {
                if (mine(identity) && !identity.address.isEmpty() &&
                    identity.address.compare(wanted, Qt::CaseInsensitive) == 0) {
                    return identity;
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<store::Identity> ReplyIdentity::pick(const ReceivedMessage& message,
                                                   const QList<store::Identity>& identities)
{
    const auto ours = [&message](const store::Identity& i) {
        return i.accountId == message.accountId;
    };
    if (auto found = matching(message, identities, ours)) {
        return found;
    }
    if (auto found =
            matching(message, identities, [&ours](const store::Identity& i) { return !ours(i); })) {
        return found;
    }
    std::optional<store::Identity> first;
    for (const store::Identity& identity : identities) {
        if (!ours(identity)) {
            continue;
        }
        if (identity.isDefault) {
            return identity;
        }
        if (!first) {
            first = identity;
        }
    }
    return first;
}

} // namespace postbag::account
