// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// When the sync worker plans an account's next check by itself: as its settings change, and no
// sooner than the server's LOGIN-DELAY allows.
#include "core/account/AccountRepository.h"
#include "core/net/SslTransport.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/sync/SyncScheduler.h"
#include "tests/support/MemoryCredentialStore.h"
#include "tests/support/ScriptedPop3Server.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag;
using namespace postbag::testing;

class tst_SyncScheduler : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(QStringLiteral("profile.sqlite")); }

    void update(const std::function<void(account::AccountSettings&)>& change, qint64 id)
    {
        auto db = store::Database::open(path());
        account::AccountRepository repo(*db.value());
        auto a = repo.byId(id);
        QVERIFY(a.ok());
        change(a.value());
        QVERIFY(repo.update(a.value()).ok());
    }

    // An account on `server` (user "u", no TLS), checked every 10 minutes, not at startup.
    static account::AccountSettings onScripted(const ScriptedPop3Server& server,
                                               const QString& name)
    {
        account::AccountSettings s;
        s.name = name;
        s.host = server.host();
        s.port = server.port();
        s.security = account::Security::None;
        s.allowInsecureAuth = true;
        s.username = QStringLiteral("u");
        s.checkAtStartup = false;
        s.checkIntervalMinutes = 10;
        return s;
    }

private Q_SLOTS:
    void settingsChangesReplanTheNextCheck()
    {
        account::AccountSettings s;
        s.name = QStringLiteral("Planned");
        s.host = QStringLiteral("127.0.0.1");
        s.port = 1; // never reached: no check is due during the test
        s.username = QStringLiteral("u");
        s.checkAtStartup = false;
        s.checkIntervalMinutes = 10;
        s.enabled = false;
        qint64 id = 0;
        {
            auto db = store::Database::open(path());
            QVERIFY(db.ok());
            auto added = account::AccountRepository(*db.value()).add(s);
            QVERIFY(added.ok());
            id = added->id;
        }
        sync::SyncScheduler worker(path(), [] { return std::unique_ptr<transport::Transport>(); });
        worker.start();
        QCOMPARE(worker.msUntilCheck(id), std::nullopt); // disabled

        // Enabled again: checked after its interval, without a restart.
        update([](account::AccountSettings& a) { a.enabled = true; }, id);
        worker.reloadAccounts();
        QVERIFY(worker.msUntilCheck(id).has_value());
        QVERIFY(*worker.msUntilCheck(id) > 9 * 60 * 1000);

        // A shorter interval takes effect now, not after the old one.
        update([](account::AccountSettings& a) { a.checkIntervalMinutes = 1; }, id);
        worker.reloadAccounts();
        QVERIFY(*worker.msUntilCheck(id) <= 63 * 1000); // a coarse timer may add 5 %

        // Unrelated settings leave the plan alone (a restarted timer would be ~2 s later; coarse
        // timers round to whole seconds).
        const qint64 before = *worker.msUntilCheck(id);
        QTRY_VERIFY_WITH_TIMEOUT(*worker.msUntilCheck(id) <= before - 2000, 10000);
        update([](account::AccountSettings& a) { a.name = QStringLiteral("Renamed"); }, id);
        worker.reloadAccounts();
        QVERIFY(*worker.msUntilCheck(id) <= before - 1000);

        // Months between checks: a long wait, never a negative (never firing) one.
        update([](account::AccountSettings& a) { a.checkIntervalMinutes = 100000; }, id);
        worker.reloadAccounts();
        QVERIFY(worker.msUntilCheck(id).has_value());
        QVERIFY(*worker.msUntilCheck(id) > 24 * 3600 * 1000);

        // On demand only, or disabled: nothing planned.
        update([](account::AccountSettings& a) { a.checkIntervalMinutes = 0; }, id);
        worker.reloadAccounts();
        QCOMPARE(worker.msUntilCheck(id), std::nullopt);
        update(
            [](account::AccountSettings& a) {
                a.checkIntervalMinutes = 5;
                a.enabled = false;
            },
            id);
        worker.reloadAccounts();
        QCOMPARE(worker.msUntilCheck(id), std::nullopt);
        worker.shutdown();
    }

    // A server that announces LOGIN-DELAY 900 refuses any login sooner: the checks the worker
    // plans by itself (a shorter interval, a body asked for during the sync) wait for it.
    void checksOfItsOwnWaitForTheServersLoginDelay()
    {
        ScriptedPop3Server server;
        server.addConnection(u"S: +OK ready\n"
                             "C: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: .\n"
                             "C: USER u\nS: +OK\nC: PASS p\nS: +OK\n"
                             "C: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: LOGIN-DELAY 900\nS: .\n"
                             "!stall 1000\n" // the body is asked for meanwhile
                             "C: STAT\nS: +OK 1 100\nC: UIDL\nS: +OK\nS: 1 uid-1\nS: .\n"
                             "C: QUIT\nS: +OK bye\n!close\n");
        account::AccountSettings s = onScripted(server, QStringLiteral("Delayed"));
        MemoryCredentialStore secrets;
        qint64 message = 0;
        {
            auto db = store::Database::open(path());
            auto added = account::AccountRepository(*db.value()).add(s);
            QVERIFY(added.ok());
            s = added.value();
            secrets.write(s, QStringLiteral("p"), [](Status) {});
            // Its one message, stored headers only by an earlier sync.
            store::NewMessage m;
            m.accountId = s.id;
            m.folderId = account::AccountRepository(*db.value()).inboxOf(s).value();
            m.uidl = QStringLiteral("uid-1");
            m.raw = "Subject: big\r\n\r\n";
            m.headersOnly = true;
            auto inserted = store::MessageStore(*db.value()).insert(m);
            QVERIFY(inserted.ok());
            message = inserted->id;
        }
        sync::SyncScheduler worker(path(), [] { return std::make_unique<net::SslTransport>(); });
        worker.setCredentialStore(account::PasswordSource::Keyring, &secrets);
        QSignalSpy finished(&worker, &sync::SyncScheduler::accountFinished);
        worker.start();
        worker.syncAccounts({s.id});
        QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, 10000);
        worker.completeMessage(message);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
        QVERIFY(finished.first()[1].value<sync::SyncReport>().ok());
        QCOMPARE(finished.first()[1].value<sync::SyncReport>().loginDelaySeconds, 900);

        // The body waits for the delay to pass, not the next check nor zero seconds: the next
        // check is planned (and a sooner one would be the plan).
        QTRY_VERIFY(worker.msUntilCheck(s.id).has_value());
        QCOMPARE(server.connectionCount(), 1);
        QVERIFY(*worker.msUntilCheck(s.id) > 850 * 1000);
        QVERIFY(*worker.msUntilCheck(s.id) <= 945 * 1000); // a coarse timer may add 5 %
        const QDateTime next = finished.first()[2].toDateTime();
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(next) - 900) < 10);

        // A shorter interval chosen now still waits for the delay.
        update([](account::AccountSettings& a) { a.checkIntervalMinutes = 1; }, s.id);
        worker.reloadAccounts();
        QVERIFY(*worker.msUntilCheck(s.id) > 850 * 1000);
        worker.shutdown();
    }

    // A failure after the login (the connection drops) is retried after the back-off, but no
    // sooner than the LOGIN-DELAY the server announced for that login.
    void aRetryAfterAFailureWaitsForTheLoginDelayToo()
    {
        ScriptedPop3Server server;
        server.addConnection(u"S: +OK ready\n"
                             "C: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: .\n"
                             "C: USER u\nS: +OK\nC: PASS p\nS: +OK\n"
                             "C: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: LOGIN-DELAY 900\nS: .\n"
                             "C: STAT\nS: +OK 1 100\nC: UIDL\n!close\n");
        account::AccountSettings s = onScripted(server, QStringLiteral("Dropped"));
        MemoryCredentialStore secrets;
        {
            auto db = store::Database::open(path());
            auto added = account::AccountRepository(*db.value()).add(s);
            QVERIFY(added.ok());
            s = added.value();
            secrets.write(s, QStringLiteral("p"), [](Status) {});
        }
        sync::SyncScheduler worker(path(), [] { return std::make_unique<net::SslTransport>(); });
        worker.setCredentialStore(account::PasswordSource::Keyring, &secrets);
        QSignalSpy finished(&worker, &sync::SyncScheduler::accountFinished);
        worker.start();
        worker.syncAccounts({s.id});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto report = finished.first()[1].value<sync::SyncReport>();
        QVERIFY(!report.ok());
        QVERIFY2(report.loginDelaySeconds == 900,
                 qPrintable(report.error->toLogString() + u'\n' + server.transcript()));
        QVERIFY(worker.msUntilCheck(s.id).has_value());
        QVERIFY2(*worker.msUntilCheck(s.id) > 850 * 1000,
                 qPrintable(QString::number(*worker.msUntilCheck(s.id))));
        const QDateTime next = finished.first()[2].toDateTime();
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(next) > 850);
        worker.shutdown();
    }

    // Accounts not checked at startup wait for their interval, even when no account is checked
    // at startup (start() used to sync every account then).
    void startChecksOnlyTheAccountsThatAskForIt()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.sqlite"));
        ScriptedPop3Server server; // no script: any connection is a mismatch
        account::AccountSettings s = onScripted(server, QStringLiteral("Later"));
        {
            auto db = store::Database::open(file);
            auto added = account::AccountRepository(*db.value()).add(s);
            QVERIFY(added.ok());
            s = added.value();
        }
        MemoryCredentialStore secrets;
        sync::SyncScheduler worker(file, [] { return std::make_unique<net::SslTransport>(); });
        worker.setCredentialStore(account::PasswordSource::Keyring, &secrets);
        QSignalSpy started(&worker, &sync::SyncScheduler::accountStarted);
        worker.start();
        // A sync starts within start() (accountStarted comes from syncAccounts, synchronously):
        // none did, and the account waits for its interval instead.
        QCOMPARE(started.size(), 0);
        QVERIFY(worker.msUntilCheck(s.id).has_value());
        QVERIFY(*worker.msUntilCheck(s.id) > 9 * 60 * 1000);
        QCOMPARE(server.connectionCount(), 0);
        worker.shutdown();
    }
};

QTEST_GUILESS_MAIN(tst_SyncScheduler)
#include "tst_SyncScheduler.moc"
