// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sending as the app wires it (app/SendingWiring): the window, the real SyncManager and the real
// OutboxManager on their threads, a real Dovecot and a real Postfix in front of it. A queued
// message goes out at the account's next check (counted at the Maildir); one that may already
// have been sent is offered to the user in the error bar and never sent again by itself; the
// user's Resend sends it, Mark as Sent files it; the network coming back sends the outbox.
#include "app/SendingWiring.h"
#include "core/account/AccountRepository.h"
#include "core/account/SessionCredentialStore.h"
#include "core/mime/MessageBuilder.h"
#include "core/outbox/OutboxManager.h"
#include "core/outbox/OutboxQueue.h"
#include "core/store/IdentityStore.h"
#include "core/store/OutboxStore.h"
#include "core/sync/SyncManager.h"
#include "tests/ui/wizard/WizardDriver.h"
#include "ui/mainwindow/ErrorBanner.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/SyncController.h"
#include "ui/reader/RemoteContentPolicy.h"

#include <QNetworkInformation>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace postbag;
using namespace postbag::ui;
using store::OutboxState;

namespace {
constexpr int kTimeout = 30000;
}

class tst_SendingWiring : public QObject
{
    Q_OBJECT

    // The window as the app builds it, on a profile with one account that sends through the
    // fixture's Postfix (its password in the session store, standing in for the keyring).
    struct App
    {
        test::WizardFixture fx;
        account::SessionCredentialStore keyring;
        account::AccountSettings account;
        qint64 identity = 0;
        std::unique_ptr<sync::SyncManager> manager;
        std::unique_ptr<outbox::OutboxManager> outbox;
        InMemoryRemoteContentPolicy policy;
        std::unique_ptr<MainWindow> window;

        bool open()
        {
            if (!fx.start(true))
                return false;
            fx.trustTestCertificate();
            account::AccountSettings s;
            s.name = QStringLiteral("Work");
            s.address = QStringLiteral("alice@example.test");
            s.displayName = QStringLiteral("Alice");
            s.host = fx.dovecot.host();
            s.port = fx.dovecot.tlsPort();
            s.security = account::Security::ImplicitTls;
            s.username = QString::fromLatin1(test::WizardFixture::kUser);
            s.checkAtStartup = false;
            s.checkIntervalMinutes = 0;
            account::OutgoingServer server;
            server.host = fx.postfix->host();
            server.port = fx.postfix->submissionsPort();
            server.security = account::Security::ImplicitTls;
            auto added = account::AccountRepository(*fx.db).add(s, server);
            if (!added)
                return false;
            account = added.value();
            identity = store::IdentityStore(*fx.db).defaultOf(account.id).value().id;
            keyring.write(account, QString::fromLatin1(test::WizardFixture::kPassword),
                          [](const Status&) {});
            const transport::TransportFactory transports = [] {
                return std::make_unique<net::SslTransport>();
            };
            manager = std::make_unique<sync::SyncManager>(fx.db->path(), transports);
            manager->setCredentialStore(account::PasswordSource::Keyring, &keyring);
            outbox = std::make_unique<outbox::OutboxManager>(fx.db->path(), transports);
            outbox->setCredentialStore(account::PasswordSource::Keyring, &keyring);
            window = std::make_unique<MainWindow>(*fx.db, policy);
            new SyncController(*manager, *window);
            window->show();
            manager->reloadAccounts();
            return true;
        }

        ~App()
        {
            window.reset();
            outbox.reset();
            manager.reset();
        }

        qint64 queue(const QString& subject)
        {
            mime::OutgoingMessage m;
            m.from = {QStringLiteral("Alice"), QStringLiteral("alice@example.test")};
            m.to = {{QString(), QStringLiteral("alice@example.test")}};
            m.subject = subject;
            m.date = QDateTime::currentDateTime();
            m.text = QStringLiteral("Hello from the window's outbox.\n");
            const auto built = mime::MessageBuilder::build(m);
            if (!built)
                return 0;
            const auto id =
                outbox::OutboxQueue::enqueue(*fx.db, account.id, identity, built.value());
            return id ? id.value() : 0;
        }

        // As after a crash or a drop right after the final dot.
        qint64 queueUncertain(const QString& subject)
        {
            const qint64 id = queue(subject);
            store::OutboxStore items(*fx.db);
            if (id == 0 || !items.claim(id, QDateTime::currentDateTimeUtc()) ||
                !items.markDotGoingOut(id) ||
                !items.markUncertain(id, Error::make(ErrorCode::DeliveryUncertain)))
                return 0;
            return id;
        }

        store::OutboxItem item(qint64 id) { return store::OutboxStore(*fx.db).item(id).value(); }
        // Messages in alice's Maildir (the fixture's three, then what Postfix delivered).
        qsizetype delivered() const
        {
            return fx.dovecot.messageFilesOnServer(QString::fromLatin1(test::WizardFixture::kUser))
                .size();
        }
    };

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<outbox::SendReport>(); }

    void aQueuedMessageGoesOutAtTheNextCheck()
    {
        App app;
        QVERIFY2(app.open(),
                 qPrintable(app.fx.dovecot.errorString() +
                            (app.fx.postfix ? app.fx.postfix->errorString() : QString())));
        app::wireSending(*app.outbox, *app.manager, *app.window, nullptr);
        const qint64 id = app.queue(QStringLiteral("Written on a train"));
        QVERIFY(id);
        QCOMPARE(app.delivered(),
                 qsizetype(3)); // the fixture's three; nothing goes before the check

        QSignalSpy sent(app.outbox.get(), &outbox::OutboxManager::accountFinished);
        app.manager->syncAccount(app.account.id);
        QVERIFY(sent.wait(kTimeout));
        const auto report = sent.first().at(1).value<outbox::SendReport>();
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->toLogString() : QString()));
        QCOMPARE(report.sent, 1);
        QCOMPARE(app.item(id).state, OutboxState::Sent);
        QVERIFY(
            app.fx.postfix->waitForMessages(QString::fromLatin1(test::WizardFixture::kUser), 4));
        QVERIFY2(app.window->statusBar()->currentMessage().contains(QStringLiteral("Sent 1")),
                 qPrintable(app.window->statusBar()->currentMessage()));
        QVERIFY(app.window->banner()->isHidden());
    }

    void anUncertainMessageIsOfferedNeverResentByItself()
    {
        App app;
        QVERIFY2(app.open(), qPrintable(app.fx.dovecot.errorString()));
        app::wireSending(*app.outbox, *app.manager, *app.window, nullptr);
        const qint64 uncertain = app.queueUncertain(QStringLiteral("Maybe sent"));
        QVERIFY(uncertain);
        const qint64 queued = app.queue(QStringLiteral("Certainly queued"));
        QVERIFY(queued);
        app.window->showOutboxProblems(); // as at start-up

        ErrorBanner* bar = app.window->banner();
        test::snap(*app.window, "window-outbox-uncertain");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->outboxItemId(), uncertain);
        QVERIFY2(bar->text().contains(QStringLiteral("Maybe sent")), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QStringLiteral("may already have been sent")),
                 qPrintable(bar->text()));
        QVERIFY(bar->resendButton()->isVisible());
        QVERIFY(bar->markSentButton()->isVisible());
        QVERIFY(bar->discardButton()->isVisible());
        QVERIFY(!bar->retryButton()->isVisible());

        // A check sends what is queued, and only that.
        QSignalSpy sent(app.outbox.get(), &outbox::OutboxManager::accountFinished);
        app.manager->syncAccount(app.account.id);
        QVERIFY(sent.wait(kTimeout));
        const auto report = sent.first().at(1).value<outbox::SendReport>();
        QCOMPARE(report.sent, 1);
        QCOMPARE(app.item(queued).state, OutboxState::Sent);
        QCOMPARE(app.item(uncertain).state, OutboxState::Uncertain);
        QCOMPARE(app.item(uncertain).attempts, 1);
        QVERIFY(
            app.fx.postfix->waitForMessages(QString::fromLatin1(test::WizardFixture::kUser), 4));
        QCOMPARE(bar->outboxItemId(), uncertain); // still offered after the run
        QVERIFY(bar->isVisible());

        // The user's Resend: it goes, once.
        bar->resendButton()->click();
        QVERIFY(sent.wait(kTimeout));
        QCOMPARE(sent.last().at(1).value<outbox::SendReport>().sent, 1);
        QTRY_COMPARE(app.item(uncertain).state, OutboxState::Sent);
        QVERIFY(
            app.fx.postfix->waitForMessages(QString::fromLatin1(test::WizardFixture::kUser), 5));
        QTRY_VERIFY(bar->isHidden());

        // Mark as Sent files another one without sending it; Discard drops a third.
        const qint64 filed = app.queueUncertain(QStringLiteral("Filed by hand"));
        const qint64 dropped = app.queueUncertain(QStringLiteral("Dropped"));
        app.window->showOutboxProblems();
        QCOMPARE(bar->outboxItemId(), filed);
        bar->markSentButton()->click();
        QTRY_COMPARE(app.item(filed).state, OutboxState::Sent);
        QTRY_COMPARE(bar->outboxItemId(), dropped);
        bar->discardButton()->click();
        QTRY_VERIFY(!store::OutboxStore(*app.fx.db).item(dropped));
        QTRY_VERIFY(bar->isHidden());
        QCOMPARE(app.delivered(), qsizetype(5));
    }

    void anAccountWithoutAnOutgoingServerIsOfferedTheSettings()
    {
        App app;
        QVERIFY2(app.open(), qPrintable(app.fx.dovecot.errorString()));
        // A profile from before sending: the identity has no server.
        store::Identity me = store::IdentityStore(*app.fx.db).identity(app.identity).value();
        const qint64 server = me.outgoingServerId;
        me.outgoingServerId = 0;
        QVERIFY(store::IdentityStore(*app.fx.db).update(me));
        QVERIFY(store::IdentityStore(*app.fx.db).removeServer(server));
        app::wireSending(*app.outbox, *app.manager, *app.window, nullptr);
        const qint64 id = app.queue(QStringLiteral("No way out yet"));
        QSignalSpy sent(app.outbox.get(), &outbox::OutboxManager::accountFinished);
        QSignalSpy edit(app.window.get(), &MainWindow::editAccountRequested);
        app.manager->syncAccount(app.account.id);
        QVERIFY(sent.wait(kTimeout));
        QCOMPARE(app.item(id).state, OutboxState::Failed);
        ErrorBanner* bar = app.window->banner();
        QTRY_COMPARE(bar->outboxItemId(), id);
        QVERIFY2(bar->text().contains(QStringLiteral("no outgoing server")),
                 qPrintable(bar->text()));
        QVERIFY(bar->editButton()->isVisible());
        QVERIFY(!bar->markSentButton()->isVisible()); // it surely was not sent
        bar->editButton()->click();
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.first().first().toLongLong(), app.account.id);
    }

    void theNetworkComingBackSendsTheOutbox()
    {
        if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
            QSKIP("no reachability backend here: the outbox then goes at each check only");
        App app;
        QVERIFY2(app.open(), qPrintable(app.fx.dovecot.errorString()));
        app::wireSending(*app.outbox, *app.manager, *app.window, QNetworkInformation::instance());
        const qint64 id = app.queue(QStringLiteral("Queued offline"));
        QSignalSpy sent(app.outbox.get(), &outbox::OutboxManager::accountFinished);
        Q_EMIT QNetworkInformation::instance()->reachabilityChanged(
            QNetworkInformation::Reachability::Online);
        QVERIFY(sent.wait(kTimeout));
        QCOMPARE(app.item(id).state, OutboxState::Sent);
        QVERIFY(
            app.fx.postfix->waitForMessages(QString::fromLatin1(test::WizardFixture::kUser), 4));
    }
};

QTEST_MAIN(tst_SendingWiring)
#include "tst_SendingWiring.moc"
