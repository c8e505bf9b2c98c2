// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first start as the app wires it: an empty profile, the window, the real SyncManager on its
// worker thread and the account dialogs. The wizard adds an account against a real Dovecot; its
// first download must start at once and fill the window, with no further click.
#include "app/AccountWiring.h"
#include "core/account/SessionCredentialStore.h"
#include "core/models/MessageListModel.h"
#include "core/store/FolderStore.h"
#include "core/sync/SyncManager.h"
#include "tests/ui/wizard/WizardDriver.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/SyncController.h"
#include "ui/reader/RemoteContentPolicy.h"
#include "ui/wizard/AccountSetupController.h"

#include <QAction>
#include <QSignalSpy>

using namespace postbag;
using namespace postbag::ui;

class tst_FirstStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newAccountDownloadsAtOnce()
    {
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        fx.trustTestCertificate();
        // Stands in for the desktop keyring on both threads (the wizard writes, the worker reads).
        account::SessionCredentialStore keyring;
        sync::SyncManager manager(fx.db->path(),
                                  [] { return std::make_unique<net::SslTransport>(); });
        manager.setCredentialStore(account::PasswordSource::Keyring, &keyring);
        InMemoryRemoteContentPolicy policy;
        MainWindow window(*fx.db, policy);
        SyncController controller(manager, window);
        AccountSetupController accounts(fx.context(&keyring), &window);
        app::wireAccountSetup(accounts, window, manager);
        window.show();
        manager.reloadAccounts();
        manager.start();

        QSignalSpy added(&accounts, &AccountSetupController::accountAdded);
        QSignalSpy finished(&manager, &sync::SyncManager::accountFinished);
        QAction* add = nullptr;
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->text() == u"&Add Mail Account…")
                add = a;
        }
        QVERIFY(add);
        add->trigger();
        AccountWizard* w = accounts.wizard();
        QVERIFY(w);
        QVERIFY(test::enterIdentity(*w, QString::fromLatin1(test::WizardFixture::kPassword)));
        ConnectionDoctorView* doctor =
            test::enterServer(*w, fx.dovecot.plainPort(), account::Security::StartTls);
        QVERIFY(doctor && doctor->succeeded());
        QVERIFY(test::finish(*w));
        QCOMPARE(added.size(), 1);
        const qint64 id = added.first().first().toLongLong();

        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.first().first().toLongLong(), id);
        const auto report = finished.first().at(1).value<sync::SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.error ? report.error->toLogString() : QString()));
        QCOMPARE(report.downloaded, 3);
        // The window shows the new account's inbox with its mail.
        const qint64 inbox = store::FolderStore(*fx.db).inboxOf(id).value();
        QTRY_VERIFY_WITH_TIMEOUT(window.showFolder(inbox) && window.messageModel()->rowCount() == 3,
                                 10000);
    }
};

QTEST_MAIN(tst_FirstStart)
#include "tst_FirstStart.moc"
