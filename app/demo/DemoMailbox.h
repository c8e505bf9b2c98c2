// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace postbag::app {

// The bundled sample mailbox of `postbag --demo`: twenty hand-written messages (plain text, an
// HTML newsletter with a tracking pixel and a cid: logo, attachments, non-ASCII senders, a
// thread) compiled in as resources. Guarantees: messages come in file-name order with CRLF line
// ends, as a POP3 server sends them.
class DemoMailbox
{
public:
    [[nodiscard]] static QList<QByteArray> messages();
};

} // namespace postbag::app
