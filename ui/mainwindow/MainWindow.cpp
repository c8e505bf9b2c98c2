// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MainWindow.h"

#include "core/localedit/LocalWriter.h"
#include "core/models/FolderModel.h"
#include "core/models/MessageListModel.h"
#include "core/models/ModelRoles.h"
#include "core/store/AccountStore.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SearchQuery.h"
#include "ui/mainwindow/AccountErrorContext.h"
#include "ui/mainwindow/ErrorBanner.h"
#include "ui/mainwindow/FolderActions.h"
#include "ui/mainwindow/FolderPane.h"
#include "ui/mainwindow/MarkReadTimer.h"
#include "ui/mainwindow/MessageActions.h"
#include "ui/mainwindow/MessageListView.h"
#include "ui/mainwindow/OutboxProblems.h"
#include "ui/mainwindow/SearchBox.h"
#include "ui/mainwindow/SyncActions.h"
#include "ui/mainwindow/SyncStatus.h"
#include "ui/mainwindow/TrayNotifier.h"
#include "ui/reader/MessageView.h"
#include "ui/text/ErrorText.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace postbag::ui {

MainWindow::MainWindow(store::Database& db, RemoteContentPolicy& policy, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_policy(policy), m_folders(new models::FolderModel(db, this)),
      m_messages(new models::MessageListModel(db, this))
{
    //: Window title
    setWindowTitle(tr("Postbag"));
    setAccessibleName(windowTitle());
    buildPanes();
    // The user's changes to the store are written on the writer's thread, never this one.
    m_writer = new localedit::LocalWriter(db.path(), this);
    m_messageActions = new MessageActions(m_db, *m_writer, m_list, m_reader, m_folders, this);
    m_folderActions = new FolderActions(*m_writer, m_folderPane, this);
    m_syncActions = new SyncActions(m_db, this);
    m_markRead = new MarkReadTimer(this);
    m_tray = new TrayNotifier(this);
    buildMenus();
    buildToolBar();
    wire();
    if (const Status s = m_folders->reload(); !s) {
        showError(s.error());
    }
    updateTray();
    m_folderPane->expandAll();
    showFolder(0);
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanes()
{
    m_folderPane = new FolderPane(this);
    m_folderPane->setModel(m_folders);
    m_list = new MessageListView(this);
    m_list->setMessageModel(m_messages);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_reader = new MessageView(m_policy, this);
    //: Accessible name of the pane that shows the open message
    m_reader->setAccessibleName(tr("Message"));
    m_search = new SearchBox(this);
    m_banner = new ErrorBanner(this);
    m_syncStatus = new SyncStatus(this);
    statusBar()->addPermanentWidget(m_syncStatus);

    m_rightSplit = new QSplitter(Qt::Vertical, this);
    m_rightSplit->addWidget(m_list);
    m_rightSplit->addWidget(m_reader);
    m_rightSplit->setStretchFactor(0, 2);
    m_rightSplit->setStretchFactor(1, 3);
    m_rightSplit->setSizes({300, 420});
    m_rightSplit->setChildrenCollapsible(false);
    m_mainSplit = new QSplitter(Qt::Horizontal, this);
    m_mainSplit->addWidget(m_folderPane);
    m_mainSplit->addWidget(m_rightSplit);
    m_mainSplit->setStretchFactor(1, 1);
    m_mainSplit->setSizes({240, 960});
    m_mainSplit->setChildrenCollapsible(false);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_mainSplit, 1);
    setCentralWidget(central);
}

void MainWindow::wire()
{
    connect(m_folderPane->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { folderSelected(current); });
    connect(m_folderPane, &FolderPane::messagesDropped, this,
            [this](const QList<qint64>& ids, qint64 folder, bool copy) {
                copy ? m_messageActions->copyMessages(ids, folder)
                     : m_messageActions->moveMessages(ids, folder);
            });
    connect(m_folderActions, &FolderActions::undoHistoryInvalidated, m_messageActions->undoStack(),
            &QUndoStack::clear);
    connect(m_folderPane, &FolderPane::contextMenuRequestedAt, this,
            [this](const QModelIndex& index, const QPoint& pos) {
                // The menu acts on the folder it was opened on: select that one first.
                if (index.isValid() && index != m_folderPane->currentIndex()) {
                    m_folderPane->setCurrentIndex(index);
                }
                m_folderActions->showContextMenu(pos);
            });
    connect(m_list, &MessageListView::currentMessageChanged, this, &MainWindow::openMessage);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, m_messageActions,
            &MessageActions::updateEnabled);
    connect(m_list, &QWidget::customContextMenuRequested, this, &MainWindow::showListContextMenu);
    connect(m_search, &SearchBox::searchRequested, this, &MainWindow::search);
    connect(m_search, &SearchBox::cleared, this, [this] { folderSelected(m_folderPane->currentIndex()); });
    connect(m_markRead, &MarkReadTimer::markRead, this,
            [this](qint64 id) { m_messageActions->setRead({id}, true); });
    connect(m_messageActions, &MessageActions::changed, this, &MainWindow::refreshModels);
    connect(m_folderActions, &FolderActions::changed, this, &MainWindow::refreshModels);
    connect(m_messageActions, &MessageActions::failed, this, [this](const Error& e) { showError(e); });
    connect(m_folderActions, &FolderActions::failed, this, [this](const Error& e) { showError(e); });
    connect(m_messageActions, &MessageActions::attachmentsSaved, this, [this](const QStringList& paths) {
        //: Status bar after saving attachments; %n files
        statusBar()->showMessage(tr("Saved %n attachment(s).", nullptr, int(paths.size())), 5000);
    });
    connect(m_messages, &models::MessageListModel::errorOccurred, this, [this](const Error& e) { showError(e); });
    connect(m_folders, &models::FolderModel::errorOccurred, this, [this](const Error& e) { showError(e); });
    connect(m_syncActions, &SyncActions::syncAllRequested, this, &MainWindow::syncAllRequested);
    connect(m_syncActions, &SyncActions::syncAccountRequested, this, &MainWindow::syncAccountRequested);
    connect(m_syncStatus, &SyncStatus::cancelRequested, this, &MainWindow::cancelRequested);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::syncAccountRequested);
    connect(m_banner, &ErrorBanner::editRequested, this, &MainWindow::editAccountRequested);
    wireOutboxChoices();
    connect(m_reader, &MessageView::downloadRestRequested, this,
            &MainWindow::completeMessageRequested);
    connect(m_reader, &MessageView::linkHovered, this, [this](const QUrl& url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(url.toDisplayString());
    });
}

void MainWindow::wireOutboxChoices()
{
    // Written in order with the window's other edits; the bar then shows what is left.
    auto answered = [this](const Status& s) {
        refreshModels();
        if (!s) {
            showError(s.error());
            return;
        }
        showOutboxProblems();
    };
    connect(m_banner, &ErrorBanner::resendRequested, this,
            [this, answered](qint64 item, qint64 account) {
                m_writer->resendOutboxItem(item, [this, answered, account](const Status& s) {
                    answered(s);
                    if (s)
                        Q_EMIT sendRequested(account);
                });
            });
    connect(m_banner, &ErrorBanner::markSentRequested, this,
            [this, answered](qint64 item) { m_writer->markOutboxItemSent(item, answered); });
    connect(m_banner, &ErrorBanner::discardRequested, this,
            [this, answered](qint64 item) { m_writer->discardOutboxItem(item, answered); });
}

void MainWindow::onSendFinished(qint64 /*accountId*/, int sent)
{
    refreshModels();
    if (sent > 0)
        //: Status bar after sending; %n messages
        statusBar()->showMessage(tr("Sent %n message(s).", nullptr, sent), 5000);
    showOutboxProblems();
}

void MainWindow::showOutboxProblems()
{
    const auto problem = OutboxProblems::first(m_db);
    if (!problem) {
        if (m_banner->outboxItemId() != 0)
            m_banner->dismiss(); // the item it showed was answered or went out
        return;
    }
    m_banner->showOutboxProblem(problem->text, problem->accountId, problem->itemId,
                                problem->uncertain);
}

void MainWindow::setFolderChooser(std::function<QString()> chooser)
{
    m_reader->setFolderChooser(chooser);
    m_messageActions->setFolderChooser(std::move(chooser));
}

bool MainWindow::showFolder(qint64 folderId)
{
    const QModelIndex index = folderId > 0 ? m_folders->indexOfFolder(folderId)
                                           : m_folders->unifiedInboxIndex();
    if (!index.isValid()) {
        return false;
    }
    if (m_folderPane->currentIndex() == index) {
        folderSelected(index);
    } else {
        m_folderPane->setCurrentIndex(index);
    }
    return true;
}

void MainWindow::folderSelected(const QModelIndex& index)
{
    m_search->reset();
    m_list->setSearchMode(false);
    const auto kind = models::FolderNodeKind(index.data(models::KindRole).toInt());
    const qint64 folderId = index.data(models::FolderIdRole).toLongLong();
    Status shown = Ok{};
    if (!index.isValid() || kind == models::FolderNodeKind::UnifiedInbox) {
        shown = m_messages->showUnifiedInbox();
    } else if (folderId > 0) {
        shown = m_messages->showFolder(folderId);
    } else {
        m_messages->clear();
    }
    if (!shown) {
        showError(shown.error());
    }
    m_folderActions->updateEnabled();
    m_messageActions->updateEnabled();
    if (m_list->currentMessageId() == 0) {
        m_reader->clear();
        m_markRead->messageShown(0, false); // nothing shown: nothing to mark read
    }
}

void MainWindow::search(const QString& query)
{
    m_search->setQuery(query);
    m_list->setSearchMode(true);
    (void)m_messages->showSearch(store::SearchQuery::parse(query));
    //: Status bar after a search; %1 the query
    statusBar()->showMessage(tr("Search results for “%1”").arg(query));
}

void MainWindow::openMessage(qint64 messageId)
{
    m_messageActions->updateEnabled();
    if (messageId <= 0) {
        m_reader->clear();
        m_markRead->messageShown(0, false);
        return;
    }
    store::MessageStore messages(m_db);
    auto summary = messages.summary(messageId);
    auto raw = summary ? messages.raw(messageId) : Result<QByteArray>(summary.error());
    if (!raw) {
        m_reader->clear();
        m_markRead->messageShown(0, false);
        showError(raw.error());
        return;
    }
    m_reader->showMessage(summary.value(), raw.value());
    m_markRead->messageShown(messageId, !summary->flags.testFlag(store::Flag::Seen));
    m_messageActions->updateEnabled();
}

void MainWindow::refreshModels()
{
    if (const Status s = m_folders->reload(); !s) {
        showError(s.error());
    }
    if (const Status s = m_messages->refresh(); !s) {
        showError(s.error());
    }
    m_folderActions->updateEnabled();
    m_messageActions->updateEnabled();
    updateTray();
}

void MainWindow::updateTray()
{
    m_tray->setUnread(m_folders->unifiedInboxIndex().data(models::UnreadCountRole).toLongLong());
}

void MainWindow::showError(const Error& error, qint64 accountId)
{
    m_banner->showError(ErrorText::describe(error, accountErrorContext(m_db, accountId)).oneLine(),
                        accountId);
}

QString MainWindow::accountName(qint64 accountId) const
{
    auto accounts = store::AccountStore(m_db).list();
    if (accounts) {
        for (const store::Account& a : accounts.value()) {
            if (a.id == accountId) {
                return a.name;
            }
        }
    }
    return QString::number(accountId);
}

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplit->restoreState(s.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_rightSplit->restoreState(s.value(QStringLiteral("window/listSplitter")).toByteArray());
    m_list->header()->restoreState(s.value(QStringLiteral("window/listHeader")).toByteArray());
    if (!showFolder(s.value(QStringLiteral("window/lastFolder"), 0).toLongLong())) {
        showFolder(0);
    }
}

void MainWindow::saveLayout() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/mainSplitter"), m_mainSplit->saveState());
    s.setValue(QStringLiteral("window/listSplitter"), m_rightSplit->saveState());
    s.setValue(QStringLiteral("window/listHeader"), m_list->header()->saveState());
    s.setValue(QStringLiteral("window/lastFolder"), m_folderPane->currentFolderId());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace postbag::ui
