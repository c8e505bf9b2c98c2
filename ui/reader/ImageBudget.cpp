// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/ImageBudget.h"

#include <QBuffer>
#include <QImageReader>

namespace postbag::ui {

QByteArray ImageBudget::formatOf(const QByteArray& data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n")) {
        return QByteArrayLiteral("png");
    }
    if (data.startsWith("\xff\xd8\xff")) {
        return QByteArrayLiteral("jpeg");
    }
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a")) {
        return QByteArrayLiteral("gif");
    }
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") {
        return QByteArrayLiteral("webp");
    }
    return {};
}

QImage ImageBudget::decode(const QByteArray& data)
{
    const QByteArray format = formatOf(data);
    if (format.isEmpty()) {
        return {};
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    // Only the plugin the bytes name: never a guess by another plugin (SVG, TIFF, XPM ...).
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false);
    reader.setDecideFormatFromContent(false);
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
