// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace postbag::threading {

// What a message says about its place in a conversation, cleaned as JWZ's algorithm needs it: its
// own id and the chain of its ancestors' ids, root first and parent last. Why: headers in the wild
// carry malformed ids, repeat ids and name the message itself; threading must follow only what
// can link two messages. Guarantees: References wins; In-Reply-To is used only when References
// names no valid id; every id is valid (MessageIds), appears once (the first time it is named) and
// is not the message's own; the chain is at most MaxChain ids (the root and the newest ones).
struct Ancestry
{
    static constexpr qsizetype MaxChain = 64;

    QString self;      // empty when the message has no valid Message-ID
    QStringList chain; // root first; empty when it names no valid ancestor

    [[nodiscard]] QString parent() const { return chain.isEmpty() ? QString() : chain.last(); }
    [[nodiscard]] static Ancestry of(const QString& messageId, const QStringList& references,
                                     const QString& inReplyTo);
};

} // namespace postbag::threading
