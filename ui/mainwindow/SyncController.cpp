// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/SyncController.h"

#include "core/sync/SyncManager.h"
#include "ui/mainwindow/MainWindow.h"

namespace postbag::ui {

SyncController::SyncController(sync::SyncManager& manager, MainWindow& window) : QObject(&window)
{
    using sync::SyncManager;
    connect(&window, &MainWindow::syncAllRequested, &manager, &SyncManager::syncAll);
    connect(&window, &MainWindow::syncAccountRequested, &manager, &SyncManager::syncAccount);
    connect(&window, &MainWindow::cancelRequested, &manager, &SyncManager::cancel);
    connect(&window, &MainWindow::completeMessageRequested, &manager,
            &SyncManager::completeMessage);
    connect(&manager, &SyncManager::accountStarted, &window, &MainWindow::onSyncStarted);
    connect(&manager, &SyncManager::accountProgress, &window, &MainWindow::onSyncProgress);
    connect(&manager, &SyncManager::accountFinished, &window,
            [w = &window](qint64 id, const sync::SyncReport& report, const QDateTime&) {
                w->onSyncFinished(id, report);
            });
    connect(&manager, &SyncManager::newMail, &window, &MainWindow::onNewMail);
    connect(&manager, &SyncManager::credentialsRequired, &window, &MainWindow::onCredentialsRequired);
}

} // namespace postbag::ui
