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
                         // The message's own pictures and its remote ones share one budget.
                         const QImage image = view.imageBudget().decode(data);
                         if (!image.isNull()) {
                             view.addRemoteImage(url, image);
                         }
                     });
}

} // namespace postbag::ui
