// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/RemoteContentWiring.h"

#include "core/net/RemoteResourceFetcher.h"
#include "ui/reader/MessageView.h"

namespace postbag::app {

void wireRemoteContent(ui::MessageView& view, net::RemoteResourceFetcher& fetcher)
{
    QObject::connect(&view, &ui::MessageView::remoteContentRequested, &fetcher,
                     &net::RemoteResourceFetcher::fetch);
    QObject::connect(&view, &ui::MessageView::remoteContentWithdrawn, &fetcher,
                     &net::RemoteResourceFetcher::cancel);
    QObject::connect(&fetcher, &net::RemoteResourceFetcher::fetched, &view,
                     &ui::MessageView::addRemoteContent);
}

} // namespace postbag::app
