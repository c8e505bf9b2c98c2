// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/sync/SyncTypes.h"

#include <QMainWindow>
#include <functional>

class QSplitter;

namespace postbag::store {
class Database;
}
namespace postbag::models {
class FolderModel;
class MessageListModel;
}

namespace postbag::localedit {
class LocalWriter;
}

namespace postbag::ui {

class ErrorBanner;
class FolderActions;
class FolderPane;
class MarkReadTimer;
class MessageActions;
class MessageListView;
class MessageView;
class RemoteContentPolicy;
class SearchBox;
class SyncActions;
class SyncStatus;
class TrayNotifier;

// The one window for all accounts: folder pane | message list over the reader, a search field,
// an error bar and the sync status. Why this shape: every part is its own class (panes, actions,
// status) and this class only lays them out, routes selection and persists the layout - the
// window stays small. Guarantees: it reads the store only through the GUI's connection `db`;
// it never talks to the sync engine (sync requests leave as signals, results arrive through the
// onSync* slots - see SyncController), so no network or bulk write ever runs on this thread;
// after new mail or any change it calls FolderModel::reload() and MessageListModel::refresh(),
// which keep selection and scroll position; errors appear in the banner as ErrorText, never in
// a modal dialog. Geometry, splitters, the list header and the last folder are remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(store::Database& db, RemoteContentPolicy& policy, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] models::FolderModel* folderModel() const { return m_folders; }
    [[nodiscard]] models::MessageListModel* messageModel() const { return m_messages; }
    [[nodiscard]] FolderPane* folderPane() const { return m_folderPane; }
    [[nodiscard]] MessageListView* messageList() const { return m_list; }
    [[nodiscard]] MessageView* reader() const { return m_reader; }
    [[nodiscard]] SearchBox* searchBox() const { return m_search; }
    [[nodiscard]] ErrorBanner* banner() const { return m_banner; }
    [[nodiscard]] SyncStatus* syncStatus() const { return m_syncStatus; }
    [[nodiscard]] MessageActions* messageActions() const { return m_messageActions; }
    [[nodiscard]] FolderActions* folderActions() const { return m_folderActions; }
    [[nodiscard]] SyncActions* syncActions() const { return m_syncActions; }
    [[nodiscard]] MarkReadTimer* markReadTimer() const { return m_markRead; }
    // Where the window's edits are written, off the GUI thread; app/ hands it to the account
    // dialogs.
    [[nodiscard]] localedit::LocalWriter* localWriter() const { return m_writer; }

    // Where "Save All Attachments" writes (a folder dialog by default; tests inject their own).
    void setFolderChooser(std::function<QString()> chooser);
    // Selects a folder (0: the Unified Inbox) in the pane and shows its messages.
    bool showFolder(qint64 folderId);
    void search(const QString& query);
    void restoreLayout();
    void saveLayout() const;

public Q_SLOTS:
    void refreshModels();
    void showError(const postbag::Error& error, qint64 accountId = 0);
    void onSyncStarted(qint64 accountId);
    void onSyncProgress(qint64 accountId, const postbag::sync::SyncProgress& progress);
    void onSyncFinished(qint64 accountId, const postbag::sync::SyncReport& report);
    void onNewMail(qint64 accountId, int count);
    void onCredentialsRequired(qint64 accountId, const postbag::Error& error);
    // The outbox of this account was sent (`sent` messages went out): reload, and show an item
    // that failed or may have been sent in the error bar with the user's choices.
    void onSendFinished(qint64 accountId, int sent);
    void showOutboxProblems();

Q_SIGNALS:
    void syncAllRequested();
    void syncAccountRequested(qint64 accountId);
    void cancelRequested(qint64 accountId);
    // "Download the rest of this message" for a headers-only message (its body comes by sync).
    void completeMessageRequested(qint64 messageId);
    // Account dialogs are opened by AccountSetupController (ui/wizard), wired by the app.
    void addAccountRequested();
    void editAccountRequested(qint64 accountId);
    void manageAccountsRequested();
    void passwordRequired(qint64 accountId, const postbag::Error& why);
    // The user asked for an outbox item to go again: send the account's outbox.
    void sendRequested(qint64 accountId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPanes();
    void buildMenus();
    void buildToolBar();
    void wire();
    void folderSelected(const QModelIndex& index);
    void openMessage(qint64 messageId);
    void showListContextMenu(const QPoint& pos);
    void focusSearch();
    void updateTray();
    void wireOutboxChoices();
    [[nodiscard]] QString accountName(qint64 accountId) const;

    store::Database& m_db;
    RemoteContentPolicy& m_policy;
    models::FolderModel* m_folders;
    models::MessageListModel* m_messages;
    FolderPane* m_folderPane = nullptr;
    MessageListView* m_list = nullptr;
    MessageView* m_reader = nullptr;
    SearchBox* m_search = nullptr;
    ErrorBanner* m_banner = nullptr;
    SyncStatus* m_syncStatus = nullptr;
    QSplitter* m_mainSplit = nullptr;
    QSplitter* m_rightSplit = nullptr;
    MessageActions* m_messageActions = nullptr;
    FolderActions* m_folderActions = nullptr;
    localedit::LocalWriter* m_writer = nullptr;
    SyncActions* m_syncActions = nullptr;
    MarkReadTimer* m_markRead = nullptr;
    TrayNotifier* m_tray = nullptr;
};

} // namespace postbag::ui
