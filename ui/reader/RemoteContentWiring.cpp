// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/RemoteContentWiring.h"

#include "core/net/RemoteResourceFetcher.h"
#include "ui/reader/MessageView.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <memory>

namespace postbag::ui {

namespace {

// A remote image may decode to far more than it weighs: each is held to kMaxPixels, and all of
// one message's to kBudgetPixels (about 256 MB as 32-bit pixels), or it stays a placeholder.
constexpr qint64 kMaxPixels = 16'000'000;
constexpr qint64 kBudgetPixels = 64'000'000;

QImage decode(const QByteArray& data, qint64& budget)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(int(kMaxPixels * 4 / (1024LL * 1024LL))); // in MB
    const QSize size = reader.size();
    const qint64 pixels = qint64(size.width()) * size.height();
    if (!size.isValid() || pixels > kMaxPixels || pixels > budget) {
        return {};
    }
    QImage image = reader.read();
    if (!image.isNull()) {
        budget -= qint64(image.width()) * image.height();
    }
    return image;
}

} // namespace

void wireRemoteContent(MessageView& view, net::RemoteResourceFetcher& fetcher)
{
    auto budget = std::make_shared<qint64>(kBudgetPixels);
    QObject::connect(&view, &MessageView::remoteContentRequested, &fetcher,
                     [&fetcher, budget](const QStringList& urls) {
                         *budget = kBudgetPixels;
                         fetcher.fetch(urls);
                     });
    QObject::connect(&view, &MessageView::remoteContentWithdrawn, &fetcher,
                     &net::RemoteResourceFetcher::cancel);
    QObject::connect(&fetcher, &net::RemoteResourceFetcher::fetched, &view,
                     [&view, budget](const QUrl& url, const QByteArray& data) {
                         const QImage image = decode(data, *budget);
                         if (!image.isNull()) {
                             view.addRemoteImage(url, image);
                         }
                     });
}

} // namespace postbag::ui
