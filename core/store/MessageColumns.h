// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/StoreTypes.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace postbag::store {

// The columns of a message row that its writers fill, declared once. Why: the INSERT of a new
// message, the UPDATE that completes a headers-only one and a copy's INSERT ... SELECT must agree
// on every column; kept by hand in three statements they could drift apart. Guarantees: each
// statement and the values bound to it are made from one table, in its order; the completing
// UPDATE writes exactly the columns derived from the bytes (never folder, account, arrival time,
// flags or envelope). Internal to core/store.
class MessageColumns
{
public:
    // What a row is written from.
    struct Source
    {
        const NewMessage& message;
        qint64 blobId = 0;
        qint64 received = 0; // UTC seconds; also the date of a message without one
        qint64 threadId = 0; // ThreadIndex's placement; 0: none (NULL)
    };

    // INSERT INTO messages(every column) VALUES(?, ...): bind insertValues().
    [[nodiscard]] static const QString& insertSql();
    [[nodiscard]] static QList<QVariant> insertValues(const Source& source);
    // UPDATE messages SET (the columns derived from the bytes) = ? ... WHERE id = ?: bind
    // replaceValues(), then the row's id.
    [[nodiscard]] static const QString& replaceSql();
    [[nodiscard]] static QList<QVariant> replaceValues(const Source& source);
    // INSERT INTO messages(every column) SELECT ?, (every column but folder_id) FROM messages
    // WHERE id = ?: bind the copy's folder, then the copied row's id.
    [[nodiscard]] static const QString& copySql();
};

} // namespace postbag::store
