// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AccountWiring.h"

#include "core/sync/SyncManager.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/wizard/AccountSetupController.h"

namespace postbag::app {

void wireAccountSetup(ui::AccountSetupController& accounts, ui::MainWindow& window,
                      sync::SyncManager& manager)
{
    using Controller = ui::AccountSetupController;
    using ui::MainWindow;
    QObject::connect(&window, &MainWindow::addAccountRequested, &accounts, &Controller::addAccount);
    QObject::connect(&window, &MainWindow::editAccountRequested, &accounts,
                     &Controller::editAccount);
    QObject::connect(&window, &MainWindow::manageAccountsRequested, &accounts,
                     &Controller::manageAccounts);
    QObject::connect(&window, &MainWindow::passwordRequired, &accounts, &Controller::askPassword);
    auto reload = [&window, &manager] {
        manager.reloadAccounts();
        window.refreshModels();
    };
    QObject::connect(&accounts, &Controller::accountAdded, &window, [reload, &manager](qint64 id) {
        reload();
        manager.syncAccount(id);
    });
    QObject::connect(&accounts, &Controller::accountChanged, &window, reload);
    QObject::connect(&accounts, &Controller::accountRemoved, &window, reload);
    QObject::connect(&accounts, &Controller::accountsReordered, &window, reload);
    QObject::connect(&accounts, &Controller::passwordEntered, &manager,
                     &sync::SyncManager::credentialsUpdated);
}

} // namespace postbag::app
