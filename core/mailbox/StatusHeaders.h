// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace postbag::mailbox {

// The message state that mbox programs keep inside the message's own header block: "Status:"
// (R read, O old) and "X-Status:" (A answered, F flagged, D deleted) from mutt, pine and
// Evolution, and Thunderbird's "X-Mozilla-Status:" (hex; 0x1 read, 0x2 replied, 0x4 marked,
// 0x8 expunged - a message Thunderbird deleted that stays in the file until the folder is
// compacted). Why: an import must not turn read mail into unread mail, nor bring deleted mail
// back. Guarantee: only reads the header block; never changes the bytes (the headers stay in the
// stored message as they are).
struct StatusHeaders
{
    bool seen = false;
    bool answered = false;
    bool flagged = false;
    bool deleted = false;

    [[nodiscard]] static StatusHeaders parse(QByteArrayView raw);
};

} // namespace postbag::mailbox
