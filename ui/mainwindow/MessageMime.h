// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QMimeData;

namespace postbag::ui {

// Messages dragged from the list to the folder pane travel as their store ids. Why a private MIME
// type: a drop must never be mistaken for files or text from another program, and text dropped
// from elsewhere must never be read as ids. Guarantees: decode() returns only positive ids and an
// empty list for anything else.
struct MessageMime
{
    static inline const QString kFormat = QStringLiteral("application/x-postbag-message-ids");

    [[nodiscard]] static QMimeData* encode(const QList<qint64>& ids);
    [[nodiscard]] static QList<qint64> decode(const QMimeData* mime);
};

} // namespace postbag::ui
