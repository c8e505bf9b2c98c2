// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part two: menus, the toolbar, context menus and the sync slots. Everything here
// only places actions owned by MessageActions, FolderActions and SyncActions.
#include "core/models/FolderModel.h"
#include "core/models/MessageListModel.h"
#include "core/store/MessageStore.h"
#include "ui/mainwindow/AccountErrorContext.h"
#include "ui/mainwindow/ErrorBanner.h"
#include "ui/mainwindow/FolderActions.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/MessageActions.h"
#include "ui/mainwindow/MessageListView.h"
#include "ui/mainwindow/SearchBox.h"
#include "ui/mainwindow/SyncActions.h"
#include "ui/mainwindow/SyncStatus.h"
#include "ui/mainwindow/TrayNotifier.h"
#include "ui/reader/MessageView.h"
#include "ui/text/ErrorText.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <algorithm>

namespace postbag::ui {

void MainWindow::buildMenus()
{
    //: Menu title
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_syncActions->getAllAction);
    file->addMenu(m_syncActions->accountMenu);
    file->addSeparator();
    file->addAction(m_folderActions->newFolderAction);
    file->addSeparator();
    //: Menu action: opens the account setup wizard
    file->addAction(tr("&Add Mail Account…"), this, &MainWindow::addAccountRequested);
    //: Menu action: the list of accounts with their settings
    file->addAction(tr("Account &Settings…"), this, &MainWindow::manageAccountsRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_messageActions->undoAction);
    edit->addAction(m_messageActions->redoAction);
    edit->addSeparator();
    edit->addAction(m_messageActions->selectAllAction);
    //: Action: put the keyboard focus in the search field
    QAction* find = edit->addAction(tr("&Search…"), this, &MainWindow::focusSearch);
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});

    //: Menu title: navigation between messages
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_messageActions->nextUnreadAction);

    QMenu* message = menuBar()->addMenu(tr("&Message"));
    message->addAction(m_messageActions->toggleReadAction);
    message->addAction(m_messageActions->markReadAction);
    message->addAction(m_messageActions->markUnreadAction);
    message->addAction(m_messageActions->toggleFlagAction);
    message->addSeparator();
    message->addAction(m_messageActions->archiveAction);
    message->addMenu(m_messageActions->moveMenu);
    message->addMenu(m_messageActions->copyMenu);
    message->addAction(m_messageActions->deleteAction);
    message->addAction(m_messageActions->deletePermanentlyAction);
    message->addSeparator();
    message->addAction(m_messageActions->saveAttachmentsAction);

    QMenu* folder = menuBar()->addMenu(tr("F&older"));
    folder->addAction(m_folderActions->newFolderAction);
    folder->addAction(m_folderActions->renameFolderAction);
    folder->addAction(m_folderActions->deleteFolderAction);
    folder->addSeparator();
    folder->addAction(m_folderActions->emptyTrashAction);
    connect(folder, &QMenu::aboutToShow, m_folderActions, &FolderActions::updateEnabled);

    // Shortcuts work even when the menu bar is hidden or the action is only in a menu.
    addActions({m_messageActions->deleteAction, m_messageActions->deletePermanentlyAction,
                m_messageActions->archiveAction, m_messageActions->toggleReadAction,
                m_messageActions->markUnreadAction, m_messageActions->toggleFlagAction,
                m_messageActions->nextUnreadAction, m_messageActions->undoAction,
                m_messageActions->redoAction, m_messageActions->selectAllAction,
                m_syncActions->getAllAction, find, quit});
}

void MainWindow::buildToolBar()
{
    //: Toolbar title (shown in the toolbar's context menu)
    QToolBar* bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(bar->windowTitle());
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_syncActions->getAllAction);
    bar->addSeparator();
    bar->addAction(m_messageActions->deleteAction);
    bar->addAction(m_messageActions->archiveAction);
    bar->addAction(m_messageActions->toggleFlagAction);
    bar->addAction(m_messageActions->markReadAction);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search->setMinimumWidth(320);
    m_search->setMaximumWidth(480);
    bar->addWidget(m_search);
}

void MainWindow::showListContextMenu(const QPoint& pos)
{
    m_messageActions->updateEnabled();
    QMenu menu(m_list);
    menu.addAction(m_messageActions->toggleReadAction);
    menu.addAction(m_messageActions->toggleFlagAction);
    menu.addSeparator();
    menu.addAction(m_messageActions->archiveAction);
    menu.addMenu(m_messageActions->moveMenu);
    menu.addMenu(m_messageActions->copyMenu);
    menu.addAction(m_messageActions->deleteAction);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::onSyncStarted(qint64 accountId)
{
    if (m_banner->accountId() == accountId) {
        m_banner->dismiss();
    }
    m_syncStatus->started(accountId, accountName(accountId));
}

void MainWindow::onSyncProgress(qint64 accountId, const sync::SyncProgress& progress)
{
    m_syncStatus->progress(accountId, progress);
}

void MainWindow::onSyncFinished(qint64 accountId, const sync::SyncReport& report)
{
    m_syncStatus->finished(accountId);
    refreshModels();
    // A headers-only message on show may have its body now (or its request failed): show it again.
    const store::MessageSummary& shown = m_reader->summary();
    if (shown.id > 0 && shown.headersOnly && shown.accountId == accountId) {
        const qint64 id = shown.id;
        openMessage(id);
        // The request names the message its UIDL is for; the one shown may be a copy of it.
        const bool unavailable = std::any_of(
            report.bodiesUnavailable.cbegin(), report.bodiesUnavailable.cend(), [&](qint64 asked) {
                const auto same = store::MessageStore(m_db).sharingBytes(asked);
                return asked == id || (same.ok() && same->contains(id));
            });
        if (unavailable)
            m_reader->bodyUnavailable();
    }
    if (report.error && report.error->code != ErrorCode::Cancelled) {
        const ErrorContext context = accountErrorContext(m_db, accountId);
        m_banner->showError(ErrorText::describe(*report.error, context).oneLine(), accountId);
    } else if (report.ok()) {
        //: Status bar after a sync; %1 account name, %n messages downloaded
        QString text =
            tr("%1: %n new message(s)", nullptr, report.downloaded).arg(accountName(accountId));
        if (const int skipped = report.skipped.total(); skipped > 0)
            //: Status bar, after "%1: %n new message(s)"; %n messages the sync could not download
            text +=
                u' ' +
                tr("(%n more on the server could not be downloaded; the next check tries again)",
                   nullptr, skipped);
        statusBar()->showMessage(text, 5000);
    }
}

void MainWindow::onNewMail(qint64 accountId, int count)
{
    refreshModels();
    m_tray->notifyNewMail(accountName(accountId), count);
}

void MainWindow::onCredentialsRequired(qint64 accountId, const Error& error)
{
    m_banner->showError(ErrorText::describe(error, accountErrorContext(m_db, accountId)).oneLine(),
                        accountId);
    Q_EMIT passwordRequired(accountId, error);
}

} // namespace postbag::ui
