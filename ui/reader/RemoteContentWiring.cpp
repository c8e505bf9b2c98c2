// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/RemoteContentWiring.h"

#include "core/net/RemoteResourceFetcher.h"
#include "ui/reader/MessageView.h"

#include <QImage>

namespace postbag::ui {

void wireRemoteContent(MessageView& view, net::RemoteResourceFetcher& fetcher)
{
    QObject::connect(&view, &MessageView::remoteContentRequested, &fetcher,
                     &net::RemoteResourceFetcher::fetch);
    QObject::connect(&view, &MessageView::remoteContentWithdrawn, &fetcher,
                     &net::RemoteResourceFetcher::cancel);
    QObject::connect(&fetcher, &net::RemoteResourceFetcher::fetched, &view,
                     [&view](const QUrl& url, const QByteArray& data) {
                         // QImage decodes with Qt's allocation limit: a bomb stays a placeholder.
                         const QImage image = QImage::fromData(data);
                         if (!image.isNull()) {
                             view.addRemoteImage(url, image);
                         }
                     });
}

} // namespace postbag::ui
