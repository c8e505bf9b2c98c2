// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace postbag::sync {
class SyncManager;
}

namespace postbag::ui {
class AccountSetupController;
class MainWindow;
} // namespace postbag::ui

namespace postbag::app {

// Connects the account dialogs to the window and the sync engine, both ways: the window's menus
// and error bar open the dialogs; a new account reloads the accounts and starts its first
// download at once (its progress shows in the window); a changed, removed or reordered account
// reloads them; a password typed into the prompt retries the account. One function so that the
// app and its tests wire exactly the same connections; it lives in the composition root so that
// neither ui/wizard nor ui/mainwindow has to know the other.
void wireAccountSetup(ui::AccountSetupController& accounts, ui::MainWindow& window,
                      sync::SyncManager& manager);

} // namespace postbag::app
