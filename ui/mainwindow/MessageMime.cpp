// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MessageMime.h"

#include <QMimeData>

namespace postbag::ui {

QMimeData* MessageMime::encode(const QList<qint64>& ids)
{
    QByteArray bytes;
    for (const qint64 id : ids) {
        if (!bytes.isEmpty()) {
            bytes += ',';
        }
        bytes += QByteArray::number(id);
    }
    auto* mime = new QMimeData;
    mime->setData(kFormat, bytes);
    return mime;
}

QList<qint64> MessageMime::decode(const QMimeData* mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(kFormat)) {
        return ids;
    }
    const QList<QByteArray> parts = mime->data(kFormat).split(',');
    for (const QByteArray& part : parts) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0) {
            return {};
        }
        ids.append(id);
    }
    return ids;
}

} // namespace postbag::ui
