// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mime/BuiltMessage.h"
#include "core/mime/OutgoingMessage.h"

#include <QString>

namespace postbag::mime {

// Turns an OutgoingMessage into the bytes Postbag sends and keeps, with GMime (which stays in
// core/mime). Why: a message is built once when it is queued and never again, so every rule of
// RFC 5322/2045-2049/2047/2231/3676 is applied in this one place. Guarantees: every address is
// checked (AddressSyntax) and a bad one fails by name before anything is built; From is the
// identity, Date the given time, the Message-ID given or made from the From address's domain
// (never the host's name), In-Reply-To and References from ReplyReferences; Bcc only in the Sent
// copy and `To: undisclosed-recipients:;` when Bcc is the only recipient field; names and
// Subject RFC 2047-encoded UTF-8; the text UTF-8 format=flowed with an explicit charset. Both
// results are checked to be 7-bit, CRLF-only and without lines over 998 octets before they are
// returned. Deterministic: the same message with the same messageId gives the same bytes (MIME
// boundaries derive from the Message-ID). Stateless and thread-safe.
class MessageBuilder
{
public:
    [[nodiscard]] static Result<BuiltMessage> build(const OutgoingMessage& message);

    // A new Message-ID (without angle brackets) from GMime's generator on the domain of the
    // given From address. Fails with InvalidAddress when that is not an address.
    [[nodiscard]] static Result<QString> newMessageId(const QString& fromAddress);
};

} // namespace postbag::mime
