// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mime/BuiltMessage.h"

#include <QList>
#include <QString>

// Mail for the sending benchmark, built by core/mime's MessageBuilder exactly as the composer
// builds it, so that every contender submits the bytes Postbag would queue.
namespace postbag::bench {

struct SendMessages
{
    QList<mime::BuiltMessage> messages;
    QStringList files; // messages[i].sendBytes, as written for the peers
    qint64 bytes = 0;  // of all sendBytes
    int withAttachment = 0;
    int deliveries = 0; // recipients summed over the messages: what the Maildirs receive
};

// The users of the private Postfix: the sender and the recipients of the generated messages.
[[nodiscard]] QString sendBenchSender();
[[nodiscard]] QStringList sendBenchRecipients();

// `count` messages from a seeded generator (the same seed gives the same bytes): alice to bob,
// one in five also to carol (Cc), one in ten also to dave (Bcc); a Subject, sometimes "Re:" or
// with non-ASCII words; a UTF-8 text of a few lines to several KB (sizes skewed small, as in a
// real Sent folder); one in six with a small attachment (2-60 KB, text or binary). Each is
// written to `dir`/NNN.eml. On failure the result is empty and *error says why.
[[nodiscard]] SendMessages buildSendMessages(int count, quint32 seed, const QString& dir,
                                             QString* error);

} // namespace postbag::bench
