// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../reader/ReaderMessages.h"
#include "WindowFixture.h"
#include "core/localedit/LocalWriter.h"
#include "core/models/FolderModel.h"
#include "core/models/MessageListModel.h"
#include "core/models/ModelRoles.h"
#include "core/store/MessageSearch.h"
#include "core/store/Transaction.h"
#include "ui/mainwindow/ErrorBanner.h"
#include "ui/mainwindow/FolderActions.h"
#include "ui/mainwindow/FolderPane.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/MarkReadTimer.h"
#include "ui/mainwindow/MessageActions.h"
#include "ui/mainwindow/MessageListView.h"
#include "ui/mainwindow/MessageMime.h"
#include "ui/mainwindow/SearchBox.h"
#include "ui/reader/MessageBrowser.h"
#include "ui/reader/MessageView.h"
#include "ui/reader/RemoteContentPolicy.h"
#include "ui/text/ErrorText.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace postbag;
using namespace postbag::ui;
using models::MessageListModel;

// The window on a real profile: folders, reading, search, delete/undo, drag and drop, saving a
// hostile attachment, hostile HTML and the mark-read delay - driven through the window's own
// actions and widgets.
class tst_MainWindow : public QObject
{
    Q_OBJECT

    test::WindowFixture m_fx;
    InMemoryRemoteContentPolicy m_policy;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_hostileId = 0;

    int rowOfSubject(const QString& subject)
    {
        MessageListModel* model = m_window->messageModel();
        while (model->canFetchMore({})) {
            model->fetchMore({});
        }
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, MessageListModel::SubjectColumn).data().toString() == subject) {
                return r;
            }
        }
        return -1;
    }

    qint64 open(const QString& subject)
    {
        const int row = rowOfSubject(subject);
        if (row < 0) {
            return 0;
        }
        m_window->messageList()->setCurrentIndex(
            m_window->messageModel()->index(row, MessageListModel::SubjectColumn));
        return m_window->messageList()->currentMessageId();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.open());
        m_hostileId =
            m_fx.add(test::hostileHtmlMessage(), m_fx.personal, QStringLiteral("hostile"));
        QVERIFY(m_hostileId > 0);
    }

    void init()
    {
        QSettings().setValue(QStringLiteral("reader/markReadDelayMs"), -1);
        m_window = std::make_unique<MainWindow>(*m_fx.db, m_policy);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void unifiedInboxAndFolders()
    {
        // The unified inbox opens first and names the account beside the sender.
        QCOMPARE(m_window->messageModel()->rowCount(), 21);
        QVERIFY(m_window->messageModel()->spansAccounts());
        const QModelIndex unified = m_window->folderModel()->unifiedInboxIndex();
        QCOMPARE(unified.data(models::UnreadCountRole).toLongLong(), 21);
        QVERIFY(m_window->showFolder(m_fx.work.inboxId));
        QCOMPARE(m_window->folderPane()->currentFolderId(), m_fx.work.inboxId);
        QCOMPARE(m_window->messageModel()->rowCount(), 7);
        QVERIFY(!m_window->messageModel()->spansAccounts());
    }

    void openMessageShowsItInReader()
    {
        QVERIFY(m_window->showFolder(m_fx.personal.inboxId));
        QVERIFY(open(QStringLiteral("Trip to Lisbon in June")) > 0);
        QCOMPARE(m_window->reader()->message().subject, QStringLiteral("Trip to Lisbon in June"));
        QVERIFY(m_window->reader()->browser()->toPlainText().contains(QStringLiteral("Alfama")));
    }

    void searchShowsSnippets()
    {
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(m_window->searchBox()->hasFocus());
        QTest::keyClicks(m_window->searchBox(), QStringLiteral("asparagus"));
        QTest::keyClick(m_window->searchBox(), Qt::Key_Return);
        MessageListModel* model = m_window->messageModel();
        QVERIFY(model->rowCount() >= 1);
        const QString snippet = model->index(0, 0).data(models::SnippetRole).toString();
        QVERIFY2(snippet.contains(store::MessageSearch::kHighlightBegin), qPrintable(snippet));
        QCOMPARE(m_window->searchBox()->history().value(0), QStringLiteral("asparagus"));
        // Clearing goes back to the folder.
        m_window->searchBox()->clear();
        QCOMPARE(model->rowCount(), 21);
    }

    // Queries name what is in the mail: they are kept in the profile's settings file, not in
    // the user's global settings.
    void searchHistoryStaysInTheProfile()
    {
        QTemporaryDir profile;
        const QString ini = profile.filePath(QStringLiteral("postbag.ini"));
        QSettings().remove(QStringLiteral("search/history"));
        m_window->searchBox()->setHistoryFile(ini);
        m_window->searchBox()->setText(QStringLiteral("from:alice invoice"));
        QTest::keyClick(m_window->searchBox(), Qt::Key_Return);
        QCOMPARE(QSettings(ini, QSettings::IniFormat)
                     .value(QStringLiteral("search/history"))
                     .toStringList()
                     .value(0),
                 QStringLiteral("from:alice invoice"));
        QVERIFY(!QSettings().contains(QStringLiteral("search/history")));
        SearchBox again;
        again.setHistoryFile(ini);
        QCOMPARE(again.history().value(0), QStringLiteral("from:alice invoice"));
        m_window->searchBox()->clear();
    }

    // After a search, choosing a folder ends it: typing in the empty box and deleting it again
    // leaves the folder and its open message alone. A search started by the window (not typed)
    // ends when its text is cleared.
    void aFolderChosenAfterASearchStaysPut()
    {
        SearchBox* box = m_window->searchBox();
        QTest::keyClicks(box, QStringLiteral("asparagus"));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(m_window->showFolder(m_fx.personal.inboxId));
        QVERIFY(box->text().isEmpty());
        const int folderRows = m_window->messageModel()->rowCount();
        const qint64 id = open(QStringLiteral("Reset your password"));
        QVERIFY(id > 0);
        QTest::keyClicks(box, QStringLiteral("x"));
        QTest::keyClick(box, Qt::Key_Backspace);
        QCOMPARE(m_window->messageList()->currentMessageId(), id);
        QCOMPARE(m_window->reader()->summary().id, id);

        m_window->search(QStringLiteral("asparagus"));
        QVERIFY(m_window->messageModel()->rowCount() != folderRows);
        box->clear();
        QCOMPARE(m_window->messageModel()->rowCount(), folderRows); // the folder again
    }

    void deleteAndUndo()
    {
        QVERIFY(m_window->showFolder(m_fx.personal.inboxId));
        const qint64 id = open(QStringLiteral("Reset your password"));
        QVERIFY(id > 0);
        const int before = m_window->messageModel()->rowCount();
        m_window->messageActions()->deleteAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->messageModel()->rowCount(), before - 1, 20000);
        QCOMPARE(m_fx.folderOf(id), m_fx.trashId);
        QCOMPARE(m_window->messageModel()->rowOfMessage(id), -1);
        // Deleting it again in the Trash asks first; answered No, nothing happens.
        QStringList asked;
        m_window->messageActions()->setConfirmer([&asked](const QString& question) {
            asked.append(question);
            return false;
        });
        const int steps = m_window->messageActions()->undoStack()->count();
        m_window->messageActions()->deleteMessages({id});
        QCOMPARE(asked.size(), 1);
        QCOMPARE(m_window->messageActions()->undoStack()->count(), steps);
        QCOMPARE(m_fx.folderOf(id), m_fx.trashId);
        m_window->messageActions()->undoAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->messageModel()->rowCount(), before, 20000);
        QCOMPARE(m_fx.folderOf(id), m_fx.personal.inboxId);
        QVERIFY(m_window->messageModel()->rowOfMessage(id) >= 0);
    }

    void dragToArchiveThenUndo()
    {
        QVERIFY(m_window->showFolder(m_fx.personal.inboxId));
        const qint64 id = open(QStringLiteral("2 books are due on Thursday"));
        QVERIFY(id > 0);
        FolderPane* pane = m_window->folderPane();
        const QModelIndex archive = m_window->folderModel()->indexOfFolder(m_fx.archiveId);
        pane->scrollTo(archive);
        const QPoint at = pane->visualRect(archive).center();
        std::unique_ptr<QMimeData> mime(MessageMime::encode({id}));
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->messageModel()->rowOfMessage(id), -1, 20000);
        QCOMPARE(m_fx.folderOf(id), m_fx.archiveId);
        // Text from another program is refused; the Unified Inbox heading is no target.
        QMimeData text;
        text.setText(QString::number(id));
        QDragMoveEvent foreign(at, Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane->viewport(), &foreign);
        QVERIFY(!foreign.isAccepted());
        m_window->messageActions()->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->messageModel()->rowOfMessage(id) >= 0, 20000);
        QCOMPARE(m_fx.folderOf(id), m_fx.personal.inboxId);
    }

    void saveHostileAttachmentThroughAction()
    {
        QTemporaryDir target;
        QVERIFY(target.isValid());
        const QString inner = target.filePath(QStringLiteral("a/b"));
        QVERIFY(QDir().mkpath(inner));
        m_window->setFolderChooser([inner] { return inner; });
        QVERIFY(m_window->showFolder(m_fx.personal.inboxId));
        QVERIFY(open(QStringLiteral("Spring newsletter")) == m_hostileId);
        QAction* save = m_window->messageActions()->saveAttachmentsAction;
        QVERIFY(save->isEnabled());
        save->trigger();
        const QStringList saved = QDir(inner).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(saved.size(), 1);
        QVERIFY2(!saved.first().contains(u'/') && !saved.first().startsWith(u'.'),
                 qPrintable(saved.first()));
        QVERIFY(!QFile::exists(target.filePath(QStringLiteral(".bashrc"))));
        QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void hostileHtmlLoadsNothingRemote()
    {
        QVERIFY(m_window->showFolder(m_fx.personal.inboxId));
        QCOMPARE(open(QStringLiteral("Spring newsletter")), m_hostileId);
        MessageBrowser* browser = m_window->reader()->browser();
        QVERIFY(browser->refusedRequests().isEmpty());
        QVERIFY(m_window->reader()->remoteContentBlocked());
        QVERIFY(!browser->toPlainText().contains(QStringLiteral("pwned")));
        QVERIFY(!browser->toHtml().contains(QStringLiteral("tracker.example")));
    }

    void marksReadAfterDelay()
    {
        QSettings().setValue(QStringLiteral("reader/markReadDelayMs"), 50);
        QVERIFY(m_window->showFolder(m_fx.work.inboxId));
        const qint64 first = open(QStringLiteral("[postbag] Build #1182 failed on main"));
        QVERIFY(first > 0);
        // Moving on before the delay cancels the mark.
        const qint64 second = open(QStringLiteral("Release planning for 0.2"));
        QVERIFY(second > 0);
        QTRY_VERIFY(!m_window->messageModel()
                         ->index(m_window->messageModel()->rowOfMessage(second), 0)
                         .data(models::UnreadRole)
                         .toBool());
        QVERIFY(m_window->messageModel()
                    ->index(m_window->messageModel()->rowOfMessage(first), 0)
                    .data(models::UnreadRole)
                    .toBool());
    }

    // A message only glanced at before changing folder stays unread.
    void changingFolderCancelsTheMarkRead()
    {
        QSettings().setValue(QStringLiteral("reader/markReadDelayMs"), 300);
        QVERIFY(m_window->showFolder(m_fx.work.inboxId));
        QVERIFY(m_window->messageList()->selectNextUnread());
        const qint64 glanced = m_window->messageList()->currentMessageId();
        QVERIFY(glanced > 0);
        QVERIFY(m_window->markReadTimer()->isPending());
        QVERIFY(m_window->showFolder(m_fx.personal.inboxId));
        QVERIFY(!m_window->markReadTimer()->isPending());
        // A message opened now, with the same delay, is marked read after the glanced one would
        // have been: once it is, the glanced one had its chance.
        QVERIFY(m_window->messageList()->selectNextUnread());
        const qint64 read = m_window->messageList()->currentMessageId();
        QVERIFY(read > 0 && read != glanced);
        QTRY_VERIFY(
            store::MessageStore(*m_fx.db).summary(read).value().flags.testFlag(store::Flag::Seen));
        QVERIFY(!store::MessageStore(*m_fx.db).summary(glanced).value().flags.testFlag(
            store::Flag::Seen));
        QSettings().setValue(QStringLiteral("reader/markReadDelayMs"), -1);
    }

    void nextUnreadAndShortcuts()
    {
        QVERIFY(m_window->showFolder(m_fx.work.inboxId));
        m_window->messageList()->setFocus();
        QTest::keyClick(m_window->messageList(), Qt::Key_N);
        const qint64 id = m_window->messageList()->currentMessageId();
        QVERIFY(id > 0);
        QVERIFY(m_window->messageList()->currentIndex().data(models::UnreadRole).toBool());
        QTest::keyClick(m_window->messageList(), Qt::Key_S); // flag
        QTRY_VERIFY(m_window->messageList()->currentIndex().data(models::FlaggedRole).toBool());
        QTest::keyClick(m_window->messageList(), Qt::Key_M); // toggle read
        QTRY_VERIFY(!m_window->messageList()->currentIndex().data(models::UnreadRole).toBool());
    }

    void errorBannerWithoutDialog()
    {
        sync::SyncReport report;
        report.error = Error::make(ErrorCode::ConnectionRefused);
        m_window->onSyncStarted(m_fx.work.id);
        m_window->onSyncFinished(m_fx.work.id, report);
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(m_window->banner()->text().startsWith(QStringLiteral("Work: ")));
        // It may quote a server, so it is never rich text.
        for (const QLabel* label : m_window->banner()->findChildren<QLabel*>()) {
            if (label->text() == m_window->banner()->text())
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QSignalSpy retry(m_window.get(), &MainWindow::syncAccountRequested);
        m_window->banner()->retryButton()->click();
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.first().first().toLongLong(), m_fx.work.id);
        QVERIFY(!m_window->banner()->isVisible());

        // "Edit Account…" asks for that account's settings.
        m_window->onSyncFinished(m_fx.work.id, report);
        QSignalSpy edit(m_window.get(), &MainWindow::editAccountRequested);
        QVERIFY(m_window->banner()->editButton()->isEnabled());
        m_window->banner()->editButton()->click();
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.first().first().toLongLong(), m_fx.work.id);
    }

    void writesLeaveTheGuiThreadFree()
    {
        QVERIFY(m_window->showFolder(m_fx.personal.inboxId));
        const qint64 id = open(QStringLiteral("Trip to Lisbon in June"));
        QVERIFY(id > 0);
        auto* writer = m_window->findChild<localedit::LocalWriter*>();
        QVERIFY(writer);
        QVERIFY(writer->writerThread() != QApplication::instance()->thread());
        // Another connection holds SQLite's write lock, as a sync committing a batch would.
        auto locker = store::Database::open(m_fx.db->path());
        QVERIFY(locker.ok());
        store::Transaction tx(*locker.value());
        QVERIFY(tx.begin().ok());
        m_window->messageActions()->deleteAction->trigger();
        // A write on this thread would have blocked trigger() for the busy timeout and failed;
        // instead it waits on the writer's thread while this thread keeps handling events.
        QTimer tick;
        QSignalSpy ticks(&tick, &QTimer::timeout);
        tick.start(20);
        QTRY_VERIFY(ticks.size() >= 3);
        QCOMPARE(writer->pending(), 1);
        QCOMPARE(m_fx.folderOf(id), m_fx.personal.inboxId);
        QVERIFY(m_window->messageModel()->rowOfMessage(id) >= 0);
        tx.rollback();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->messageModel()->rowOfMessage(id), -1, 20000);
        QCOMPARE(m_fx.folderOf(id), m_fx.trashId);
        QVERIFY(!m_window->banner()->isVisible());
        m_window->messageActions()->undoAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.folderOf(id), m_fx.personal.inboxId, 20000);
    }

    void failingWriteIsReported()
    {
        QVERIFY(m_window->showFolder(m_fx.work.inboxId));
        const qint64 id = open(QStringLiteral("Release planning for 0.2"));
        QVERIFY(id > 0);
        // The target folder disappears (e.g. deleted by another window) before the move runs.
        store::FolderStore folders(*m_fx.db);
        auto gone = folders.create(0, QStringLiteral("Gone"));
        QVERIFY(gone.ok());
        QVERIFY(folders.remove(gone.value()).ok());
        m_window->messageActions()->moveMessages({id}, gone.value());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 20000);
        const QString expected = ErrorText::describe(Error::make(ErrorCode::StorageFailed)).what;
        QVERIFY2(m_window->banner()->text().startsWith(expected),
                 qPrintable(m_window->banner()->text()));
        QCOMPARE(m_fx.folderOf(id), m_fx.work.inboxId);
        QVERIFY(m_window->messageModel()->rowOfMessage(id) >= 0);
        m_window->banner()->dismiss();
    }

    void folderChangesAndEmptyTrashAreWrittenOffTheGuiThread()
    {
        FolderActions* actions = m_window->folderActions();
        QString answer = QStringLiteral("Receipts");
        actions->setPrompt([&answer](const QString&, const QString&) { return answer; });
        actions->setConfirm([](const QString&) { return true; });
        auto folderNamed = [this](const QString& name) -> qint64 {
            auto folders = store::FolderStore(*m_fx.db).list();
            for (const store::Folder& f : folders.value()) {
                if (f.name == name) {
                    return f.id;
                }
            }
            return 0;
        };
        QSignalSpy failures(actions, &FolderActions::failed);
        QSignalSpy listErrors(m_window->messageModel(), &models::MessageListModel::errorOccurred);
        QSignalSpy folderErrors(m_window->folderModel(), &models::FolderModel::errorOccurred);
        m_window->folderPane()->setCurrentIndex(m_window->folderModel()->localFoldersIndex());
        actions->newFolderAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->folderModel()->indexOfFolder(folderNamed(answer)).isValid(), 20000);
        const qint64 receipts = folderNamed(answer);
        QVERIFY(m_window->showFolder(receipts));
        answer = QStringLiteral("Bills");
        actions->renameFolderAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->folderModel()->indexOfFolder(receipts).data(Qt::EditRole).toString(),
            QStringLiteral("Bills"), 20000);
        // Deleting the folder sends its mail to Trash; emptying Trash removes it for good.
        const QList<qint64> ids = store::MessageStore(*m_fx.db).ids(m_fx.work.inboxId).value();
        QVERIFY(!ids.isEmpty());
        QVERIFY(store::MessageStore(*m_fx.db).move({ids.first()}, receipts).ok());
        QVERIFY(m_window->showFolder(receipts));
        actions->deleteFolderAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->folderModel()->indexOfFolder(receipts).isValid(),
                                 20000);
        QCOMPARE(m_fx.folderOf(ids.first()), m_fx.trashId);
        actions->emptyTrashAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!store::MessageStore(*m_fx.db).summary(ids.first()).ok(), 20000);
        QCOMPARE(failures.size(), 0);
        QCOMPARE(listErrors.size(), 0);
        QCOMPARE(folderErrors.size(), 0);
        QVERIFY2(!m_window->banner()->isVisible(), qPrintable(m_window->banner()->text()));
    }

    // Right-clicking a folder other than the selected one: the menu's Delete deletes the folder
    // that was right-clicked, never the selected one.
    void theFolderMenuActsOnTheFolderRightClicked()
    {
        FolderActions* actions = m_window->folderActions();
        actions->setConfirm([](const QString&) { return true; });
        store::FolderStore folders(*m_fx.db);
        const qint64 keep = folders.create(0, QStringLiteral("Keep")).value();
        const qint64 old = folders.create(0, QStringLiteral("Old")).value();
        m_window->refreshModels();
        QVERIFY(m_window->showFolder(keep));
        FolderPane* pane = m_window->folderPane();
        const QModelIndex oldIndex = m_window->folderModel()->indexOfFolder(old);
        pane->scrollTo(oldIndex);
        const QPoint at = pane->visualRect(oldIndex).center();
        bool chosen = false;
        QTimer::singleShot(50, this, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (menu && actions->deleteFolderAction->isEnabled()) {
                menu->close();
                actions->deleteFolderAction->trigger();
                chosen = true;
            }
        });
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, pane->viewport()->mapToGlobal(at));
        QApplication::sendEvent(pane->viewport(), &click);
        QTRY_VERIFY(chosen);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->folderModel()->indexOfFolder(old).isValid(), 20000);
        QVERIFY(m_window->folderModel()->indexOfFolder(keep).isValid());
        bool keptExists = false;
        for (const store::Folder& f : folders.list().value()) {
            keptExists = keptExists || f.id == keep;
        }
        QVERIFY(keptExists);
    }

    // Deleting a folder or emptying Trash ends the undo history: an earlier move could
    // otherwise be undone into a folder that is gone, or one that reuses its id.
    void removingMailForGoodClearsTheUndoHistory()
    {
        FolderActions* actions = m_window->folderActions();
        actions->setConfirm([](const QString&) { return true; });
        const qint64 tmp = store::FolderStore(*m_fx.db).create(0, QStringLiteral("Tmp")).value();
        m_window->refreshModels();
        const QList<qint64> ids = store::MessageStore(*m_fx.db).ids(m_fx.work.inboxId).value();
        QVERIFY(!ids.isEmpty());
        QUndoStack* undo = m_window->messageActions()->undoStack();
        undo->clear();
        m_window->messageActions()->moveMessages({ids.first()}, tmp);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.folderOf(ids.first()), tmp, 20000);
        QVERIFY(undo->canUndo());
        QVERIFY(m_window->showFolder(tmp));
        actions->deleteFolderAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->folderModel()->indexOfFolder(tmp).isValid(), 20000);
        QTRY_VERIFY(!undo->canUndo());

        m_window->messageActions()->moveMessages({ids.last()}, m_fx.trashId);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.folderOf(ids.last()), m_fx.trashId, 20000);
        QVERIFY(undo->canUndo());
        actions->emptyTrashAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!store::MessageStore(*m_fx.db).summary(ids.last()).ok(), 20000);
        QTRY_VERIFY(!undo->canUndo());
    }

    // A new folder rebuilds the tree: the folder on show stays current with its open message,
    // the tree stays expanded (the new folder can be seen) and a collapsed branch stays so.
    void theFolderPaneKeepsItsPlaceWhenTheTreeChanges()
    {
        FolderPane* pane = m_window->folderPane();
        models::FolderModel* folders = m_window->folderModel();
        store::FolderStore store(*m_fx.db);
        const qint64 projects = store.create(0, QStringLiteral("Projects")).value();
        QVERIFY(store.create(projects, QStringLiteral("Alpha")).ok());
        m_window->refreshModels();
        QVERIFY(m_window->showFolder(m_fx.personal.inboxId));
        const qint64 id = open(QStringLiteral("Reset your password"));
        QVERIFY(id > 0);
        pane->collapse(folders->indexOfFolder(projects));
        QSignalSpy chosen(pane->selectionModel(), &QItemSelectionModel::currentChanged);

        QVERIFY(store.create(0, QStringLiteral("Later")).ok());
        m_window->refreshModels();
        QCOMPARE(pane->currentFolderId(), m_fx.personal.inboxId);
        QCOMPARE(chosen.size(), 0); // nothing announced: the list was not reloaded
        QCOMPARE(m_window->messageList()->currentMessageId(), id);
        QCOMPARE(m_window->reader()->summary().id, id);
        QVERIFY(pane->isExpanded(folders->localFoldersIndex())); // "Later" can be seen
        QVERIFY(pane->isExpanded(folders->indexOfFolder(m_fx.personal.inboxId).parent()));
        QVERIFY(!pane->isExpanded(folders->indexOfFolder(projects))); // as the user left it
        pane->expandAll();
    }

    // Delete in the Trash, and Shift+Del anywhere, delete for good after asking; nothing is
    // copied into the Trash (Ctrl+drop moves there, the Copy To menu does not offer it).
    void deletingForGood()
    {
        MessageActions* actions = m_window->messageActions();
        QStringList asked;
        bool answer = false;
        actions->setConfirmer([&](const QString& question) {
            asked.append(question);
            return answer;
        });
        const QList<qint64> ids = store::MessageStore(*m_fx.db).ids(m_fx.work.inboxId).value();
        QVERIFY(ids.size() >= 3);
        const qint64 first = ids.at(0), second = ids.at(1), third = ids.at(2);

        // Ctrl+drop onto the Trash is a (undoable) delete, not a copy.
        QVERIFY(m_window->showFolder(m_fx.work.inboxId));
        FolderPane* pane = m_window->folderPane();
        const QModelIndex trash = m_window->folderModel()->indexOfFolder(m_fx.trashId);
        pane->scrollTo(trash);
        const QPoint at = pane->visualRect(trash).center();
        std::unique_ptr<QMimeData> mime(MessageMime::encode({first}));
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton,
                              Qt::ControlModifier);
        QApplication::sendEvent(pane->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QCOMPARE(pane->indexAt(at), trash);
        QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton,
                            Qt::ControlModifier);
        QApplication::sendEvent(pane->viewport(), &move);
        QVERIFY(move.isAccepted());
        QCOMPARE(move.dropAction(), Qt::MoveAction);
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton,
                        Qt::ControlModifier);
        QApplication::sendEvent(pane->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.folderOf(first), m_fx.trashId, 20000);
        QCOMPARE(store::MessageStore(*m_fx.db).ids(m_fx.trashId).value().count(first), 1);
        QCOMPARE(store::MessageStore(*m_fx.db).ids(m_fx.work.inboxId).value().size(),
                 ids.size() - 1);
        QVERIFY(actions->undoStack()->canUndo());

        // The Copy To menu offers every folder but the Trash.
        Q_EMIT actions->copyMenu->aboutToShow();
        bool sawTrash = false;
        for (QAction* a : actions->copyMenu->actions()) {
            if (a->text().trimmed() == trash.data().toString()) {
                sawTrash = true;
                QVERIFY(!a->isEnabled());
            }
        }
        QVERIFY(sawTrash);

        // Delete in the Trash: answered Yes, the message is gone and so is the undo history.
        QVERIFY(m_window->showFolder(m_fx.trashId));
        actions->deleteMessages({first});
        QCOMPARE(asked.size(), 1);
        QCOMPARE(m_fx.folderOf(first), m_fx.trashId);
        answer = true;
        actions->deleteMessages({first});
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.folderOf(first), -1, 20000);
        QVERIFY(!actions->undoStack()->canUndo());
        QVERIFY(asked.last().contains(u'1'));

        // Shift+Del in the Inbox: nothing without a Yes, then both are gone without a trip to
        // the Trash; one question for the whole selection.
        QVERIFY(m_window->showFolder(m_fx.work.inboxId));
        answer = false;
        actions->deletePermanently({second, third});
        QCOMPARE(m_fx.folderOf(second), m_fx.work.inboxId);
        answer = true;
        asked.clear();
        actions->deletePermanently({second, third});
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(u'2'));
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.folderOf(second), -1, 20000);
        QCOMPARE(m_fx.folderOf(third), -1);
        QCOMPARE(actions->deletePermanentlyAction->shortcut(),
                 QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    }

    void everyWidgetHasAnAccessibleName()
    {
        for (QWidget* w : {static_cast<QWidget*>(m_window->folderPane()),
                           static_cast<QWidget*>(m_window->messageList()),
                           static_cast<QWidget*>(m_window->reader()),
                           static_cast<QWidget*>(m_window->searchBox())}) {
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
