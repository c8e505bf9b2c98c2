// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mime/BuiltMessage.h"

#include <QByteArray>

namespace postbag::mime {

// A message someone else wrote (`postbag send --eml FILE`), made ready to queue as it is. Why
// apart from MessageBuilder: nothing is built; the bytes are the user's, and only what sending
// requires changes. Guarantees: the header and body bytes are kept except that line ends become
// CRLF, every Bcc field (with its folded lines) is left out of sendBytes (the Sent copy keeps
// it), a leading mbox "From " line is dropped, and a Message-ID is added at the top only when the
// message has none (made from the From domain, as MessageBuilder does); the envelope is the first
// From mailbox and every To, Cc and Bcc address (groups opened), each once, all checked by
// AddressSyntax — a message without a usable From or any recipient fails by name
// (InvalidAddress) and nothing is returned.
class PreparedMessage
{
public:
    [[nodiscard]] static Result<BuiltMessage> take(const QByteArray& raw);
};

} // namespace postbag::mime
