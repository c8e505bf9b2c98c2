// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace postbag::net {
class RemoteResourceFetcher;
}

namespace postbag::ui {

class MessageView;

// Lets the fetcher answer the reader's remote content: what the reader asks for (only after the
// user allowed it, for the message or its sender) is fetched; another message withdraws the
// request; what arrives and decodes as an image of sane dimensions (within a per-message pixel
// budget) replaces its placeholder. Nothing else reaches the network. Both objects must outlive the
// connection (they are disconnected when either goes).
void wireRemoteContent(MessageView& view, net::RemoteResourceFetcher& fetcher);

} // namespace postbag::ui
