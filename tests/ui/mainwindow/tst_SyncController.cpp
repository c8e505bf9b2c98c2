// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/AccountRepository.h"
#include "core/models/FolderModel.h"
#include "core/models/MessageListModel.h"
#include "core/models/ModelRoles.h"
#include "core/net/SslTransport.h"
#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageStore.h"
#include "core/store/UidlStore.h"
#include "core/sync/SyncManager.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/MemoryCredentialStore.h"
#include "ui/mainwindow/ErrorBanner.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/MessageListView.h"
#include "ui/mainwindow/SyncActions.h"
#include "ui/mainwindow/SyncController.h"
#include "ui/mainwindow/SyncStatus.h"
#include "ui/mainwindow/TrayNotifier.h"
#include "ui/reader/MessageBrowser.h"
#include "ui/reader/MessageView.h"
#include "ui/reader/NoticeBar.h"
#include "ui/reader/RemoteContentPolicy.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace postbag;
using namespace postbag::ui;
using namespace postbag::testing;

// The window wired to the real sync engine exactly as the app does (SyncController over
// SyncManager and its worker thread) against a real Dovecot on loopback: Get Mail shows progress
// per account and fills the list, Cancel stops a sync and leaves the store consistent, a wrong
// password shows the error bar whose Retry starts the account again, and the tray notifier
// reports the unread count and the new mail.
class tst_SyncController : public QObject
{
    Q_OBJECT

    DovecotServer m_dovecot;
    MemoryCredentialStore m_secrets;

    // A profile with one account per (user, password) on the Dovecot's implicit-TLS port.
    struct Profile
    {
        QTemporaryDir dir;
        std::unique_ptr<store::Database> db;
        QList<account::AccountSettings> accounts;
    };

    bool openProfile(Profile& p, const QList<std::pair<QString, QString>>& users)
    {
        if (!p.dir.isValid()) {
            return false;
        }
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           p.dir.filePath(QStringLiteral("settings")));
        QSettings().setValue(QStringLiteral("reader/markReadDelayMs"), -1);
        auto db = store::Database::open(p.dir.filePath(QStringLiteral("mail.db")));
        if (!db) {
            return false;
        }
        p.db = std::move(db).value();
        for (const auto& [user, password] : users) {
            account::AccountSettings s;
            s.name = user.at(0).toUpper() + user.mid(1);
            s.host = m_dovecot.host();
            s.port = m_dovecot.tlsPort();
            s.security = account::Security::ImplicitTls;
            s.username = user;
            s.pinnedSha256 = m_dovecot.certificateSha256();
            s.checkAtStartup = false;
            s.checkIntervalMinutes = 0;
            auto added = account::AccountRepository(*p.db).add(s);
            if (!added) {
                return false;
            }
            m_secrets.write(added.value(), password, [](Status) {});
            p.accounts.append(added.value());
        }
        return true;
    }

    static std::unique_ptr<sync::SyncManager> manager(const Profile& p,
                                                      MemoryCredentialStore& secrets)
    {
        auto m = std::make_unique<sync::SyncManager>(
            p.db->path(), [] { return std::make_unique<net::SslTransport>(); });
        m->setCredentialStore(account::PasswordSource::Keyring, &secrets);
        m->reloadAccounts();
        return m;
    }

    static int listRows(MainWindow& window)
    {
        while (window.messageModel()->canFetchMore({})) {
            window.messageModel()->fetchMore({});
        }
        return window.messageModel()->rowCount();
    }

    static QToolButton* cancelButtonOf(SyncStatus* status, const QString& accountName)
    {
        for (QToolButton* b : status->findChildren<QToolButton*>()) {
            if (b->text() == QStringLiteral("Cancel") && b->toolTip().contains(accountName)) {
                return b;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dovecot.addUser(QStringLiteral("anna"), QStringLiteral("pw-anna")));
        QVERIFY(m_dovecot.addUser(QStringLiteral("carl"), QStringLiteral("pw-carl")));
        QVERIFY(m_dovecot.addUser(QStringLiteral("ben"), QStringLiteral("pw-ben")));
        QVERIFY(m_dovecot.addUser(QStringLiteral("dora"), QStringLiteral("pw-dora")));
        QVERIFY(m_dovecot.deliver(QStringLiteral("dora"),
                                  "From: Big <big@example.org>\r\nSubject: the report\r\n\r\n" +
                                      QByteArray(QByteArray(70, 'r') + "\r\n").repeated(3000) +
                                      "end of the report\r\n"));
        QVERIFY(m_dovecot.addUser(QStringLiteral("erik"), QStringLiteral("pw-erik")));
        QVERIFY(m_dovecot.deliver(QStringLiteral("erik"),
                                  "Subject: gone soon\r\n\r\n" + QByteArray(60000, 'g') + "\r\n"));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        for (int i = 0; i < 12; ++i) {
            QVERIFY(m_dovecot.deliver(QStringLiteral("anna"),
                                      "From: Zoe <zoe@example.org>\r\nSubject: hello " +
                                          QByteArray::number(i) + "\r\nMessage-ID: <a" +
                                          QByteArray::number(i) + "@example.org>\r\n\r\nhi\r\n"));
        }
        // Big enough that a cancel lands while the download is still running.
        const QByteArray body = QByteArray(QByteArray(74, 'x') + "\r\n").repeated(1600);
        for (int i = 0; i < 160; ++i) {
            QVERIFY(m_dovecot.deliver(QStringLiteral("carl"),
                                      "From: Big <big@example.org>\r\nSubject: big " +
                                          QByteArray::number(i) + "\r\n\r\n" + body));
        }
    }

    void getMailShowsProgressAndFillsTheList()
    {
        Profile p;
        QVERIFY(openProfile(p, {{QStringLiteral("anna"), QStringLiteral("pw-anna")}}));
        const qint64 anna = p.accounts.first().id;
        auto m = manager(p, m_secrets);
        InMemoryRemoteContentPolicy policy;
        MainWindow window(*p.db, policy);
        SyncController controller(*m, window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester listTester(window.messageModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* tray = window.findChild<TrayNotifier*>();
        QVERIFY(tray);
        QCOMPARE(tray->unread(), 0);
        QSignalSpy notified(tray, &TrayNotifier::notified);
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        // What the status area shows while the engine reports progress (connected after the
        // controller, so the window has handled each signal already).
        QStringList shown;
        connect(m.get(), &sync::SyncManager::accountProgress, this,
                [&](qint64 id, const sync::SyncProgress&) {
                    shown.append(window.syncStatus()->textOf(id));
                });
        QCOMPARE(listRows(window), 0);

        window.syncActions()->getAllAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto report = finished.first().at(1).value<sync::SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.error ? report.error->toLogString() : QString()));
        QCOMPARE(report.downloaded, 12);
        QVERIFY(!shown.isEmpty());
        for (const QString& text : shown) {
            QVERIFY2(text.startsWith(QStringLiteral("Anna: ")), qPrintable(text));
        }
        QCOMPARE(window.syncStatus()->activeCount(), 0);
        QCOMPARE(window.syncStatus()->textOf(anna), QString());
        QCOMPARE(listRows(window), 12);
        QVERIFY(!window.banner()->isVisible());
        // The tray: the unread count and one notification for the new mail.
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("12 new message(s) for Anna"));
        QCOMPARE(tray->unread(), 12);
        QCOMPARE(tray->toolTip(), QStringLiteral("Postbag: 12 unread message(s)"));
    }

    // A message over the size limit arrives as headers; its reader bar's button fetches the
    // rest, and the reader then shows the whole message.
    void downloadTheRestShowsTheWholeMessage()
    {
        Profile p;
        QVERIFY(openProfile(p, {{QStringLiteral("dora"), QStringLiteral("pw-dora")}}));
        account::AccountSettings dora = p.accounts.first();
        dora.sizeLimitBytes = 50000;
        dora.leaveOnServer = true;
        QVERIFY(account::AccountRepository(*p.db).update(dora).ok());
        auto m = manager(p, m_secrets);
        InMemoryRemoteContentPolicy policy;
        MainWindow window(*p.db, policy);
        SyncController controller(*m, window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        window.syncActions()->getAllAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(1).value<sync::SyncReport>().headersOnly, 1);
        QCOMPARE(listRows(window), 1);
        window.messageList()->setCurrentIndex(window.messageModel()->index(0, 2));
        MessageView* reader = window.reader();
        QTRY_VERIFY(reader->summary().id > 0);
        QVERIFY(reader->headersOnlyBar()->isVisible());
        QVERIFY(!reader->browser()->toPlainText().contains(QStringLiteral("end of the report")));
        QPushButton* rest = nullptr;
        for (QPushButton* b : reader->headersOnlyBar()->findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Download the rest of this message"))
                rest = b;
        }
        QVERIFY(rest);
        QTest::mouseClick(rest, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.last().at(1).value<sync::SyncReport>().completed, 1);
        QTRY_VERIFY(reader->browser()->toPlainText().contains(QStringLiteral("end of the report")));
        QVERIFY(!reader->headersOnlyBar()->isVisible());
        QVERIFY(!reader->summary().headersOnly);
    }

    // The rest of a message asked for after another client deleted it: the reader says so.
    void downloadTheRestOfAMessageNoLongerOnTheServerSaysSo()
    {
        Profile p;
        QVERIFY(openProfile(p, {{QStringLiteral("erik"), QStringLiteral("pw-erik")}}));
        account::AccountSettings erik = p.accounts.first();
        erik.sizeLimitBytes = 50000;
        erik.leaveOnServer = true;
        QVERIFY(account::AccountRepository(*p.db).update(erik).ok());
        auto m = manager(p, m_secrets);
        InMemoryRemoteContentPolicy policy;
        MainWindow window(*p.db, policy);
        SyncController controller(*m, window);
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        window.syncActions()->getAllAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(1).value<sync::SyncReport>().headersOnly, 1);
        // The user filed a copy of it, and asks for the rest from the copy.
        const qint64 id = store::MessageStore(*p.db)
                              .ids(account::AccountRepository(*p.db).inboxOf(erik).value())
                              .value()
                              .first();
        const qint64 kept = store::FolderStore(*p.db).create(0, QStringLiteral("Kept")).value();
        const qint64 copy = store::MessageStore(*p.db).copy({id}, kept).value().first();
        window.refreshModels();
        QTRY_VERIFY(window.showFolder(kept));
        window.messageList()->setCurrentIndex(window.messageModel()->index(0, 2));
        MessageView* reader = window.reader();
        QTRY_COMPARE(reader->summary().id, copy);
        QCOMPARE(reader->headersOnlyBar()->text(),
                 QStringLiteral("Only the headers of this message have been downloaded."));
        QVERIFY(m_dovecot.removeAll(QStringLiteral("erik")));
        for (QPushButton* b : reader->headersOnlyBar()->findChildren<QPushButton*>())
            b->click(); // "Download the rest of this message"
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        const auto report = finished.last().at(1).value<sync::SyncReport>();
        QVERIFY(report.ok());
        QCOMPARE(report.bodiesUnavailable, QList<qint64>{id});
        QTRY_VERIFY(reader->headersOnlyBar()->text().startsWith(
            QStringLiteral("The server did not send the rest of this message.")));
        QVERIFY(!reader->headersOnlyBar()->isHidden());
    }

    void cancelLeavesAConsistentStoreAndTheNextSyncCompletes()
    {
        Profile p;
        QVERIFY(openProfile(p, {{QStringLiteral("carl"), QStringLiteral("pw-carl")}}));
        const qint64 carl = p.accounts.first().id;
        auto m = manager(p, m_secrets);
        InMemoryRemoteContentPolicy policy;
        MainWindow window(*p.db, policy);
        SyncController controller(*m, window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        bool clicked = false;
        connect(m.get(), &sync::SyncManager::accountProgress, this,
                [&](qint64, const sync::SyncProgress& progress) {
                    if (!clicked && progress.phase == sync::SyncPhase::Fetching &&
                        progress.current >= 1) {
                        QToolButton* cancel =
                            cancelButtonOf(window.syncStatus(), QStringLiteral("Carl"));
                        QVERIFY(cancel);
                        clicked = true;
                        cancel->click();
                    }
                });
        window.syncActions()->getAllAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QVERIFY(clicked);
        const auto report = finished.first().at(1).value<sync::SyncReport>();
        QVERIFY(report.error);
        QCOMPARE(report.error->code, ErrorCode::Cancelled);
        QVERIFY(report.downloaded < 160);
        QVERIFY(!window.banner()->isVisible()); // a cancel is no error
        QCOMPARE(window.syncStatus()->activeCount(), 0);
        // Consistent: what is stored is exactly what is recorded as downloaded, and the list
        // shows it.
        const qint64 inbox = account::AccountRepository(*p.db).inboxOf(p.accounts.first()).value();
        auto stored = store::MessageStore(*p.db).ids(inbox);
        auto uidls = store::UidlStore(*p.db).entries(carl);
        QVERIFY(stored.ok() && uidls.ok());
        QCOMPARE(uidls.value().size(), stored.value().size());
        QCOMPARE(listRows(window), int(stored.value().size()));

        window.syncActions()->getAllAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        const auto second = finished.last().at(1).value<sync::SyncReport>();
        QVERIFY2(second.ok(), qPrintable(second.error ? second.error->toLogString() : QString()));
        QCOMPARE(int(store::MessageStore(*p.db).ids(inbox).value().size()), 160);
        QCOMPARE(listRows(window), 160);
    }

    void wrongPasswordShowsTheBannerWithRetry()
    {
        Profile p;
        QVERIFY(openProfile(p, {{QStringLiteral("ben"), QStringLiteral("Pw-Ben")}}));
        const qint64 ben = p.accounts.first().id;
        auto m = manager(p, m_secrets);
        InMemoryRemoteContentPolicy policy;
        MainWindow window(*p.db, policy);
        SyncController controller(*m, window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy started(m.get(), &sync::SyncManager::accountStarted);
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        window.syncActions()->getAllAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(1).value<sync::SyncReport>().error->code,
                 ErrorCode::WrongCredentials);
        QTRY_VERIFY(window.banner()->isVisible());
        const QString text = window.banner()->text();
        QVERIFY2(
            text.startsWith(QStringLiteral("Ben: 127.0.0.1 rejected the user name or password.")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("case-sensitive")), qPrintable(text));
        QCOMPARE(window.banner()->accountId(), ben);
        QVERIFY(window.banner()->retryButton()->isVisible());
        const int startsBefore = int(started.size());
        window.banner()->retryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(started.size() > startsBefore, 30000);
        QCOMPARE(started.last().first().toLongLong(), ben);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QTRY_VERIFY(window.banner()->isVisible()); // still wrong: shown again, not lost
    }
};

QTEST_MAIN(tst_SyncController)
#include "tst_SyncController.moc"
