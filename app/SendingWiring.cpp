// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SendingWiring.h"

#include "core/outbox/OutboxManager.h"
#include "core/sync/SyncManager.h"
#include "ui/mainwindow/MainWindow.h"

#include <QNetworkInformation>

namespace postbag::app {

void wireSending(outbox::OutboxManager& outbox, sync::SyncManager& manager, ui::MainWindow& window,
                 QNetworkInformation* network)
{
    QObject::connect(&manager, &sync::SyncManager::accountFinished, &outbox,
                     [&outbox](qint64 accountId) { outbox.sendAccount(accountId); });
    QObject::connect(&window, &ui::MainWindow::sendRequested, &outbox,
                     &outbox::OutboxManager::sendAccount);
    QObject::connect(&outbox, &outbox::OutboxManager::accountFinished, &window,
                     [&window](qint64 accountId, const outbox::SendReport& report) {
                         window.onSendFinished(accountId, report.sent);
                     });
    if (network)
        QObject::connect(network, &QNetworkInformation::reachabilityChanged, &outbox,
                         [&outbox](QNetworkInformation::Reachability reachability) {
                             if (reachability == QNetworkInformation::Reachability::Online)
                                 outbox.sendAll();
                         });
}

} // namespace postbag::app
