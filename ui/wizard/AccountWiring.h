// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace postbag::sync {
class SyncManager;
}

namespace postbag::ui {

class AccountSetupController;
class MainWindow;

// Connects the account dialogs to the window and the sync engine, both ways: the window's menus
// and error bar open the dialogs; a new account reloads the accounts and starts its first
// download at once (its progress shows in the window); a changed, removed or reordered account
// reloads them; a password typed into the prompt retries the account. One function so that the
// app and its tests wire exactly the same connections.
void wireAccountSetup(AccountSetupController& accounts, MainWindow& window,
                      sync::SyncManager& manager);

} // namespace postbag::ui
