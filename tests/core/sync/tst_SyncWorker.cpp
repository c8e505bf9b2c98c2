// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// When the sync worker plans an account's next check by itself, as its settings change.
#include "core/account/AccountRepository.h"
#include "core/store/Database.h"
#include "core/sync/SyncWorker.h"

#include <QTemporaryDir>
#include <QTest>

using namespace postbag;

class tst_SyncWorker : public QObject
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
        sync::SyncWorker worker(path(), [] { return std::unique_ptr<pop3::Transport>(); });
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
        QTest::qWait(2100);
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
};

QTEST_GUILESS_MAIN(tst_SyncWorker)
#include "tst_SyncWorker.moc"
