// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WindowApp.h"

#include "app/AccountWiring.h"
#include "app/Profile.h"
#include "app/RemoteContentWiring.h"
#include "app/SendingWiring.h"
#include "app/demo/DemoSetup.h"
#include "core/account/AccountRepository.h"
#include "core/account/CommandCredentialStore.h"
#include "core/account/KeychainCredentialStore.h"
#include "core/account/SessionCredentialStore.h"
#include "core/net/RemoteResourceFetcher.h"
#include "core/net/SslTransport.h"
#include "core/outbox/OutboxManager.h"
#include "core/sync/SyncManager.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/SearchBox.h"
#include "ui/mainwindow/SyncController.h"
#include "ui/reader/MessageView.h"
#include "ui/reader/RemoteContentPolicy.h"
#include "ui/text/ErrorText.h"
#include "ui/wizard/AccountSetupController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProgressDialog>
#include <QNetworkInformation>
#include <QSettings>

namespace postbag::app {

namespace {

int fatal(const Error& error)
{
    // Before the window exists there is nowhere else to say it.
    QMessageBox::critical(nullptr, QApplication::translate("WindowApp", "Postbag"),
                          ui::ErrorText::describe(error).oneLine());
    return 1;
}

} // namespace

int WindowApp::run(QApplication& app)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/postbag.svg")));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QApplication::translate("WindowApp", "The profile folder."),
        QStringLiteral("DIR"));
    //: Command line option of the window
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate(
            "WindowApp", "Start with a throwaway profile and a built-in sample mail server."));
    parser.addOptions({profileOption, demoOption});
    parser.process(app);

    std::unique_ptr<DemoSetup> demo;
    QString profileDir = parser.value(profileOption);
    if (parser.isSet(demoOption)) {
        auto started = DemoSetup::start();
        if (!started) {
            return fatal(started.error());
        }
        demo = std::move(started).value();
        profileDir = demo->profileDirectory();
        // The demo must not disturb the user's window layout or search history.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           profileDir + QStringLiteral("/settings"));
    }
    // An older profile's messages are sorted into conversations once (Migrations version 9); a
    // large one takes a while, so it is shown from its first batch on.
    std::unique_ptr<QProgressDialog> migrating;
    auto profile = Profile::open(profileDir, [&migrating](qint64 done, qint64 total) {
        if (!migrating) {
            migrating = std::make_unique<QProgressDialog>(
                QApplication::translate("WindowApp", "Sorting your mail into conversations…"),
                QString(), 0, 1000);
            migrating->setWindowTitle(QApplication::translate("WindowApp", "Postbag"));
            migrating->setMinimumDuration(0);
        }
        migrating->setValue(int(done * 1000 / qMax<qint64>(1, total)));
        QCoreApplication::processEvents();
        return true;
    });
    migrating.reset();
    if (!profile) {
        return fatal(profile.error());
    }
    if (demo) {
        if (auto added = demo->addAccount(profile.value()->db()); !added) {
            return fatal(added.error());
        }
    }

    // The sync thread and the window each use their own keyring and command objects (they are
    // used from one thread each); "once per session" passwords are shared and thread-safe.
    account::KeychainCredentialStore keyring;
    account::CommandCredentialStore passwordCommand;
    account::SessionCredentialStore ownSession;
    account::SessionCredentialStore& session = demo ? demo->credentials() : ownSession;
    const sync::TransportFactory transports = [] { return std::make_unique<net::SslTransport>(); };
    sync::SyncManager manager(profile.value()->db().path(), transports);
    manager.setCredentialStore(account::PasswordSource::Keyring, &keyring);
    manager.setCredentialStore(account::PasswordSource::Command, &passwordCommand);
    manager.setCredentialStore(account::PasswordSource::AskEachSession, &session);
    manager.setProtocolLogDirectory(profile.value()->logDirectory());
    // The outbox on a thread of its own, with its own keyring and command objects (as the sync's).
    account::KeychainCredentialStore sendingKeyring;
    account::CommandCredentialStore sendingPasswordCommand;
    outbox::OutboxManager outbox(profile.value()->db().path(), transports);
    outbox.setCredentialStore(account::PasswordSource::Keyring, &sendingKeyring);
    outbox.setCredentialStore(account::PasswordSource::Command, &sendingPasswordCommand);
    outbox.setCredentialStore(account::PasswordSource::AskEachSession, &session);

    // "Always for this sender" is kept in the profile folder, next to the mail.
    ui::ProfileRemoteContentPolicy remotePolicy(profile.value()->settingsFile());
    ui::MainWindow window(profile.value()->db(), remotePolicy);
    window.searchBox()->setHistoryFile(profile.value()->settingsFile());
    net::RemoteResourceFetcher remoteImages;
    wireRemoteContent(*window.reader(), remoteImages);
    ui::SyncController controller(manager, window);

    account::KeychainCredentialStore guiKeyring;
    account::CommandCredentialStore guiPasswordCommand;
    ui::AccountSetupContext setup;
    setup.db = &profile.value()->db();
    setup.writer = window.localWriter();
    setup.keyring = &guiKeyring;
    setup.passwordCommand = &guiPasswordCommand;
    setup.session = &session;
    setup.transports = transports;
    setup.cancelSync = [&manager](qint64 id) { manager.cancel(id); };
    ui::AccountSetupController accounts(setup, &window);
    wireAccountSetup(accounts, window, manager);
    // Without a reachability backend, the outbox goes at each check only.
    QNetworkInformation* network =
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)
            ? QNetworkInformation::instance()
            : nullptr;
    wireSending(outbox, manager, window, network);

    window.restoreLayout();
    window.show();
    manager.reloadAccounts();
    manager.start();
    window.showOutboxProblems();
    outbox.sendAll(); // what was due while Postbag was closed
    if (const auto existing = account::AccountRepository(profile.value()->db()).list();
        !demo && existing.ok() && existing->isEmpty()) {
        // First start: nothing to show until there is an account.
        accounts.addAccount();
    }
    return app.exec();
}

} // namespace postbag::app
