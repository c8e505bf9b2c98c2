// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/ImageBudget.h"

#include <QBuffer>
#include <QImageReader>

namespace postbag::ui {

QImage ImageBudget::decode(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(int(kMaxPixels * 4 / (1024LL * 1024LL))); // in MB
    const QSize size = reader.size();
    const qint64 pixels = qint64(size.width()) * size.height();
    if (!size.isValid() || pixels > kMaxPixels || pixels > m_left) {
        return {};
    }
    QImage image = reader.read();
    if (!image.isNull()) {
        m_left -= qint64(image.width()) * image.height();
    }
    return image;
}

} // namespace postbag::ui
