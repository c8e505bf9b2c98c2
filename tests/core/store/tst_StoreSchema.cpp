// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/store/Connection.h"
#include "core/store/MessageSearch.h"
#include "core/store/Migrations.h"
#include "core/store/UidlStore.h"

#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <sqlite3.h>
#include <thread>

using namespace postbag;
using namespace postbag::store;
using namespace Qt::Literals::StringLiterals;
using namespace postbag::store::test;

class tst_StoreSchema : public QObject
{
    Q_OBJECT

private:
    // Representative rows written with the SQL of schema version `version` (as an older release
    // would have written them). Add a branch when a new step changes these tables.
    static void seed(Database& db, int version)
    {
        if (version < 1) {
            return;
        }
        for (const char* sql : {
                 "INSERT INTO accounts(id, name, settings) VALUES (7, 'Old', "
                 "'{\"host\":\"pop.example\"}')",
                 "INSERT INTO folders(id, account_id, kind, name) VALUES (70, 7, 1, 'Inbox')",
                 "INSERT INTO blobs(id, sha256, size, codec, data) VALUES (1, X'00', 5, 0, "
                 "X'6869210D0A')",
                 "INSERT INTO messages(id, folder_id, account_id, blob_id, subject, date, "
                 "received, size, "
                 "message_id) VALUES (100, 70, 7, 1, 'legacy subject', 1700000000, 1700000001, 5, "
                 "'<m@x>')",
                 "INSERT INTO search(rowid, subject, sender, recipients, body, attachments) "
                 "VALUES (100, 'legacy subject', '', '', 'legacy body', '')",
                 "INSERT INTO uidls(account_id, uidl, message_row, downloaded_at) VALUES (7, 'U1', "
                 "100, 1)",
             }) {
            QVERIFY2(db.execute(QString::fromUtf8(sql)).ok(), sql);
        }
        if (version < 2) {
            return;
        }
        // Version 2 added messages.envelope (the mbox From_ line of imported messages).
        QVERIFY(
            db.execute(QStringLiteral(
                           "INSERT INTO messages(id, folder_id, account_id, blob_id, subject, "
                           "date, received, size, envelope) VALUES (101, 70, 7, 1, 'imported', "
                           "1700000000, 1700000001, 5, 'From bob@x  Thu Aug 22 12:36:23 2002')"))
                .ok());
    }

    static void verifySeed(Database& db, int version)
    {
        if (version < 1) {
            return;
        }
        MessageStore messages(db);
        QCOMPARE(messages.raw(100).value(), QByteArray("hi!\r\n"));
        QCOMPARE(messages.summary(100).value().subject, QStringLiteral("legacy subject"));
        QCOMPARE(UidlStore(db).seen(7).value(), QSet<QString>{QStringLiteral("U1")});
        const auto accounts = AccountStore(db).list().value();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.front().settings, QStringLiteral("{\"host\":\"pop.example\"}"));
        QCOMPARE(accounts.front().inboxId, 70);
        // Rows from before version 2 have no envelope; later ones keep theirs.
        QCOMPARE(messages.envelope(100).value(), QByteArray());
        if (version >= 2) {
            QCOMPARE(messages.envelope(101).value(),
                     QByteArray("From bob@x  Thu Aug 22 12:36:23 2002"));
        }
        // Version 3 added the covering index search reads dates and filter columns through.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                          "'index' AND name = 'messages_for_search'"))
                     .value()
                     .toInt(),
                 1);
        MessageSearch search(db);
        for (const QString& query : {QStringLiteral("legacy"), QStringLiteral("legacy is:unread"),
                                     QStringLiteral("body:legacy before:2030-01-01")}) {
            const auto hits = search.search(query, 0, 10);
            STORE_OK(hits);
            QCOMPARE(hits->size(), 1);
            QCOMPARE(hits->front().id, 100);
        }
    }

private Q_SLOTS:
    void pragmas()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA journal_mode")).value().toString(),
                 QStringLiteral("wal"));
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA synchronous")).value().toInt(), 2);
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA temp_store")).value().toInt(), 2); // MEMORY
        QVERIFY(f.db->scalar(QStringLiteral("PRAGMA busy_timeout")).value().toInt() > 0);
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA page_size")).value().toInt(),
                 Database::kPageSize);
        QCOMPARE(f.db->userVersion().value(), Migrations::latestVersion());
        STORE_OK(f.db->makeDurable());
    }

    void aFileMadeWithSmallerPagesKeepsThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = openUnmigrated(path);
            STORE_OK(db);
            // What an older release made: SQLite's default page size, already in WAL mode.
            STORE_OK(db.value()->execute(QStringLiteral("PRAGMA journal_mode=DELETE")));
            STORE_OK(db.value()->execute(QStringLiteral("PRAGMA page_size=4096")));
            STORE_OK(db.value()->execute(QStringLiteral("VACUUM")));
            STORE_OK(db.value()->execute(QStringLiteral("PRAGMA journal_mode=WAL")));
            STORE_OK(Migrations::migrate(*db.value()));
            QCOMPARE(db.value()->scalar(QStringLiteral("PRAGMA page_size")).value().toInt(), 4096);
        }
        auto db = Database::open(path);
        STORE_OK(db);
        QCOMPARE(db.value()->scalar(QStringLiteral("PRAGMA page_size")).value().toInt(), 4096);
        auto account = AccountStore(*db.value()).create(QStringLiteral("Old"));
        STORE_OK(account);
        STORE_OK(MessageStore(*db.value())
                     .insert(makeMessage(account->id, account->inboxId, QStringLiteral("o1"),
                                         QStringLiteral("still works"))));
        QCOMPARE(db.value()->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(),
                 QStringLiteral("ok"));
    }

    void aClosedProfileIsCompleteWithoutItsWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        const QString wal = path + QStringLiteral("-wal");
        {
            auto db = Database::open(path);
            STORE_OK(db);
            auto account = AccountStore(*db.value()).create(QStringLiteral("A"));
            STORE_OK(account);
            STORE_OK(MessageStore(*db.value())
                         .insert(makeMessage(account->id, account->inboxId, QStringLiteral("w1"),
                                             QStringLiteral("in the WAL first"))));
            QVERIFY(QFileInfo(wal).size() > 0);
        }
        // The last connection checkpointed and emptied the WAL but kept it (and the -shm) for the
        // next start, which then creates no files.
        QVERIFY(QFileInfo::exists(wal));
        QCOMPARE(QFileInfo(wal).size(), 0);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
        // So a copy of postbag.sqlite alone (a backup taken while Postbag was closed) has it all.
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(path, copy));
        auto db = Database::open(copy);
        STORE_OK(db);
        QCOMPARE(
            db.value()->scalar(QStringLiteral("SELECT count(*) FROM messages")).value().toInt(), 1);
    }

    void freshSchemaHasLocalFolders()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const auto folders = FolderStore(*f.db).list().value();
        QCOMPARE(folders.size(), 6); // Inbox of "Work", Archive, Trash, Outbox, Drafts, Sent
        int archives = 0, trashes = 0, inboxes = 0;
        for (const Folder& folder : folders) {
            archives += folder.kind == FolderKind::Archive;
            trashes += folder.kind == FolderKind::Trash;
            inboxes += folder.kind == FolderKind::Inbox;
        }
        QCOMPARE(archives, 1);
        QCOMPARE(trashes, 1);
        QCOMPARE(inboxes, 1);
    }

    // Version 7: an account's destination folder leaves its settings text for a column whose
    // foreign key forgets a removed folder; a number naming no folder becomes the Inbox.
    void destinationFolderMovesFromTheSettingsToAColumn()
    {
        QTemporaryDir dir;
        auto db = openUnmigrated(dir.filePath(QStringLiteral("old.sqlite")));
        STORE_OK(db);
        Database& d = *db.value();
        STORE_OK(Migrations::migrate(d, 6));
        const qint64 lists = FolderStore(d).create(0, QStringLiteral("Lists")).value();
        const Account target =
            AccountStore(d)
                .create(QStringLiteral("A"), u"{\"destinationFolderId\":%1}"_s.arg(lists))
                .value();
        const Account gone =
            AccountStore(d).create(QStringLiteral("B"), u"{\"destinationFolderId\":999}"_s).value();
        const Account own = AccountStore(d).create(QStringLiteral("C"), u"{}"_s).value();
        const Account broken = AccountStore(d).create(QStringLiteral("D"), u"not json"_s).value();
        STORE_OK(Migrations::migrate(d));
        QHash<qint64, qint64> destination;
        for (const Account& a : AccountStore(d).list().value())
            destination.insert(a.id, a.destinationId);
        QCOMPARE(destination.value(target.id), lists);
        QCOMPARE(destination.value(gone.id), 0);
        QCOMPARE(destination.value(own.id), 0);
        QCOMPARE(destination.value(broken.id), 0);
        STORE_OK(FolderStore(d).remove(lists));
        QCOMPARE(AccountStore(d).list().value().first().destinationId, 0);
    }

    void migrateFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v) {
            QTest::addRow("v%d", v) << v;
        }
        QTest::addRow("latest-reopen") << Migrations::latestVersion();
    }

    void migrateFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = openUnmigrated(path);
            STORE_OK(db);
            STORE_OK(Migrations::migrate(*db.value(), from));
            QCOMPARE(db.value()->userVersion().value(), from);
            seed(*db.value(), from);
            QVERIFY(!QTest::currentTestFailed());
        }
        auto db = Database::open(path); // migrates to the latest version
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toLogString()));
        QCOMPARE(db.value()->userVersion().value(), Migrations::latestVersion());
        verifySeed(*db.value(), from);
        QVERIFY(!QTest::currentTestFailed());
        // The migrated file is fully usable.
        auto account = AccountStore(*db.value()).create(QStringLiteral("New"));
        STORE_OK(account);
        auto inserted = MessageStore(*db.value())
                            .insert(makeMessage(account->id, account->inboxId, QStringLiteral("n1"),
                                                QStringLiteral("fresh")));
        STORE_OK(inserted);
    }

    void aStepAnotherProcessAppliedMeanwhileIsNotRunAgain()
    {
        // Two processes open an old profile at once: the second reads the old version, waits for
        // the write lock while the first migrates, and must then not apply the steps again.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        const int before = Migrations::latestVersion() - 1;
        auto first = openUnmigrated(path);
        STORE_OK(first);
        STORE_OK(Migrations::migrate(*first.value(), before));
        STORE_OK(first.value()->execute(QStringLiteral("BEGIN IMMEDIATE"))); // holds the write lock
        Status second = Ok{};
        std::atomic<bool> waiting = false;
        std::thread other([&] {
            auto db = openUnmigrated(path);
            if (!db) {
                second = db.error();
                waiting = true;
                return;
            }
            // Says when it first has to wait for the lock (in BEGIN, after reading the version),
            // then keeps waiting as busy_timeout would.
            sqlite3* sqlite = db.value()->connection().nativeHandle();
            if (!sqlite) {
                waiting = true;
                second = Error::make(ErrorCode::StorageFailed, u"no sqlite3 handle"_s);
                return;
            }
            sqlite3_busy_handler(
                sqlite,
                [](void* flag, int tries) {
                    static_cast<std::atomic<bool>*>(flag)->store(true);
                    sqlite3_sleep(2);
                    return tries < 10000 ? 1 : 0;
                },
                &waiting);
            second = Migrations::migrate(*db.value());
        });
        const bool waited = QTest::qWaitFor([&] { return waiting.load(); }, 20000);
        for (const QString& sql : Migrations::steps().constLast().statements)
            STORE_OK(first.value()->execute(sql));
        STORE_OK(first.value()->execute(
            QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion())));
        STORE_OK(first.value()->execute(QStringLiteral("COMMIT")));
        other.join();
        QVERIFY(waited);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toLogString()));
        QCOMPARE(first.value()->userVersion().value(), Migrations::latestVersion());
    }

    void stepsAreNumberedInOrder()
    {
        int expected = 1;
        for (const Migrations::Step& step : Migrations::steps()) {
            QCOMPARE(step.version, expected++);
            QVERIFY(!step.statements.isEmpty());
        }
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(path);
            STORE_OK(db);
            STORE_OK(db.value()->execute(
                QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion() + 1)));
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::StoreCorrupt);
    }

    void garbageFileIsCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::StoreCorrupt);
    }

    void failedStepChangesNothing()
    {
        // A migration that fails midway must leave the version and the schema untouched: run
        // step 1 on a file where its first table already exists.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("half.sqlite"));
        auto db = openUnmigrated(path);
        STORE_OK(db);
        STORE_OK(db.value()->execute(QStringLiteral("CREATE TABLE blobs(x)")));
        QVERIFY(!Migrations::migrate(*db.value()).ok());
        QCOMPARE(db.value()->userVersion().value(), 0);
        QVERIFY(db.value()
                    ->scalar(QStringLiteral(
                        "SELECT count(*) FROM sqlite_schema WHERE name = 'accounts'"))
                    .value()
                    .toInt() == 0);
    }
};

QTEST_GUILESS_MAIN(tst_StoreSchema)
#include "tst_StoreSchema.moc"
