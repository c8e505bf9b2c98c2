// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../reader/ReaderMessages.h"
#include "WindowFixture.h"
#include "app/demo/DemoSetup.h"
#include "core/models/FolderModel.h"
#include "core/models/MessageListModel.h"
#include "core/models/ModelRoles.h"
#include "core/net/SslTransport.h"
#include "core/sync/SyncRunner.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/MessageListView.h"
#include "ui/reader/RemoteContentPolicy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace postbag;
using namespace postbag::ui;

// The window's models stay consistent while a real sync inserts rows: the demo POP3 server on
// loopback, the real engine (SyncRunner with SslTransport) writing through its own connection,
// and the window refreshing on the results exactly as it does for SyncManager's signals.
// (SyncManager itself runs SyncRunner on a worker thread; this test drives the same runner
// on a second connection so it does not depend on the manager's scheduling.)
class tst_WindowSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsStayValidWhileSyncInsertsRows()
    {
        test::WindowFixture fx;
        QVERIFY(fx.open(false));
        QVERIFY(fx.add(test::plainMessage(), fx.personal, QStringLiteral("p1")) > 0);
        QVERIFY(fx.add(test::hostileHtmlMessage(), fx.work, QStringLiteral("w1")) > 0);
        auto demo = app::DemoSetup::start();
        QVERIFY(demo.ok());
        auto account = demo.value()->addAccount(*fx.db);
        QVERIFY(account.ok());

        InMemoryRemoteContentPolicy policy;
        MainWindow window(*fx.db, policy);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester folderTester(window.folderModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(window.messageModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = window.messageModel()->rowCount();
        QCOMPARE(before, 2);
        // The user is reading something while mail arrives: the selection must survive.
        window.messageList()->setCurrentIndex(window.messageModel()->index(1, 2));
        const qint64 reading = window.messageList()->currentMessageId();

        auto writer = store::Database::open(fx.db->path());
        QVERIFY(writer.ok());
        sync::SyncRunner runner(*writer.value(), [] { return std::make_unique<net::SslTransport>(); });
        runner.setCredentialStore(account::PasswordSource::AskEachSession, &demo.value()->credentials());
        connect(&runner, &sync::SyncRunner::accountProgress, &window, &MainWindow::onSyncProgress);
        connect(&runner, &sync::SyncRunner::accountFinished, &window,
                [&window](qint64 id, const sync::SyncReport& report) {
                    window.onNewMail(id, report.downloaded);
                    window.onSyncFinished(id, report);
                });
        QSignalSpy finished(&runner, &sync::SyncRunner::accountFinished);
        window.onSyncStarted(account->id);
        runner.run({account.value()});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto report = finished.first().at(1).value<sync::SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.error ? report.error->toLogString() : QString()));
        QCOMPARE(report.downloaded, 20);

        while (window.messageModel()->canFetchMore({})) {
            window.messageModel()->fetchMore({});
        }
        QCOMPARE(window.messageModel()->rowCount(), before + 20);
        QCOMPARE(window.messageList()->currentMessageId(), reading);
        const QModelIndex demoInbox = window.folderModel()->indexOfFolder(
            store::FolderStore(*fx.db).inboxOf(account->id).value());
        QCOMPARE(demoInbox.data(models::UnreadCountRole).toLongLong(), 20);
        QVERIFY(demo.value()->server().sessions() >= 1);
    }
};

QTEST_MAIN(tst_WindowSync)
#include "tst_WindowSync.moc"
