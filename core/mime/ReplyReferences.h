// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mime/ParsedMessage.h"
#include "core/threading/MessageIds.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace postbag::mime {

// The In-Reply-To and References of a reply, computed from its parent by RFC 5322 §3.6.4, so that
// every reply threads the same way. Guarantees: every id it returns is a syntactically valid,
// 7-bit msg-id of at most MaxIdLength characters (malformed ones from the parent are dropped),
// no id appears twice, the parent's own id comes last, and the list is bounded (the thread's root
// and the newest MaxReferences - 1), so the header always folds into lines under 998 octets.
// Ids are written without angle brackets, as ParsedMessage has them. A pure function.
struct ReplyReferences
{
    static constexpr int MaxReferences = 20;
    static constexpr qsizetype MaxIdLength = threading::MessageIds::MaxLength;

    // What the parent message says about itself, as MessageParser read it.
    struct Parent
    {
        QString messageId;
        QStringList references;
        QStringList inReplyTo;

        [[nodiscard]] static Parent of(const MessageSummary& parent);
    };

    QString inReplyTo;      // the parent's id; empty when it has no valid one
    QStringList references; // empty when the parent names no valid id at all

    [[nodiscard]] static ReplyReferences of(const Parent& parent);

    // threading::MessageIds::isValid: the ids threading follows are the ids a reply may name.
    [[nodiscard]] static bool isValidId(QStringView id);
};

} // namespace postbag::mime
