// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QNetworkInformation;

namespace postbag::outbox {
class OutboxManager;
}
namespace postbag::sync {
class SyncManager;
}
namespace postbag::ui {
class MainWindow;
}

namespace postbag::app {

// When the window's outbox is sent, and where the results show: after each check of an account
// (the POP3 check first, so a server that is down is seen once), when the system reports the
// network back (`network`, QNetworkInformation's reachability; null when no backend loaded: then
// only the checks), and when the user resends an item; each run's outcome reloads the window and
// shows an item that failed or may have been sent in its error bar. One function so that the app
// and its tests wire exactly the same connections; in the composition root because neither the
// window nor the sync engine knows the outbox.
void wireSending(outbox::OutboxManager& outbox, sync::SyncManager& manager, ui::MainWindow& window,
                 QNetworkInformation* network);

} // namespace postbag::app
