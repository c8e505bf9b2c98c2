// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace postbag::net {
class RemoteResourceFetcher;
}

namespace postbag::ui {
class MessageView;
}

namespace postbag::app {

// Lets the fetcher answer the reader's remote content. It lives in the composition root so that
// the reader never depends on the network module: the reader asks (only after the user allowed
// it, for the message or its sender) and takes what arrives by its own picture rules; another
// message withdraws the request. Nothing else reaches the network. Both objects must outlive the
// connection (they are disconnected when either goes).
void wireRemoteContent(ui::MessageView& view, net::RemoteResourceFetcher& fetcher);

} // namespace postbag::app
