// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mime/ParsedMessage.h"
#include "core/store/StoreTypes.h"

namespace postbag::intake {

// Where a message comes from and where it goes, besides its bytes.
struct Origin
{
    qint64 accountId = 0; // 0 for imports
    qint64 folderId = 0;
    QString uidl;         // empty for imports
    QDateTime receivedAt; // when it arrived here (or the file's time, for imports)
    bool headersOnly = false;
};

// The one translation from a parsed message to what the store keeps, shared by the POP3 sync and
// the importers so that a message looks the same in the list whichever way it arrived.
// Guarantees: the raw bytes are passed on untouched; display texts are decoded Unicode.
[[nodiscard]] store::NewMessage toNewMessage(const mime::ParsedMessage& parsed, QByteArray raw,
                                             const Origin& origin);

// "Name <address>, other@example.org" as shown in To/Cc columns.
[[nodiscard]] QString displayList(const QList<mime::Address>& addresses);

} // namespace postbag::intake
