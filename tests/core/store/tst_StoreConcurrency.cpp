// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/store/UidlStore.h"

#include <QThread>
#include <atomic>

using namespace postbag;
using namespace postbag::store;
using namespace postbag::store::test;
using namespace Qt::Literals::StringLiterals;

class tst_StoreConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The sync worker writes through its own connection while the GUI reads through another:
    // the reader never sees half a batch and neither side fails with "database is locked".
    void writerAndReaderThreads()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        constexpr int kBatches = 20;
        constexpr int kPerBatch = 25;
        const QString path = f.path();
        const Account account = f.account;
        std::atomic<int> writerErrors{0};
        std::atomic<bool> durable{false};

        std::unique_ptr<QThread> writer(QThread::create([&] {
            auto db = Database::open(path);
            if (!db) {
                ++writerErrors;
                return;
            }
            MessageStore store(*db.value());
            for (int b = 0; b < kBatches; ++b) {
                QList<NewMessage> batch;
                for (int i = 0; i < kPerBatch; ++i) {
                    const QString uidl = QStringLiteral("w%1-%2").arg(b).arg(i);
                    batch.append(makeMessage(account.id, account.inboxId, uidl, uidl));
                }
                if (!store.insertBatch(batch)) {
                    ++writerErrors;
                }
            }
            durable = db.value()->makeDurable().ok();
        }));

        auto reader = Database::open(path);
        STORE_OK(reader);
        MessageStore readStore(*reader.value());
        writer->start();
        qint64 last = 0;
        int reads = 0;
        while (!writer->isFinished()) {
            const auto counts = readStore.counts(account.inboxId);
            QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().toLogString()));
            QCOMPARE(counts->total % kPerBatch, 0); // whole batches only
            QVERIFY(counts->total >= last);         // never goes back
            last = counts->total;
            const auto page =
                readStore.page(account.inboxId, SortKey::Date, Qt::DescendingOrder, 0, 50);
            STORE_OK(page);
            ++reads;
        }
        QVERIFY(writer->wait());
        QCOMPARE(writerErrors.load(), 0);
        QVERIFY(durable.load());
        QCOMPARE(readStore.counts(account.inboxId)->total, kBatches * kPerBatch);
        QCOMPARE(UidlStore(*reader.value()).seen(account.id)->size(), kBatches * kPerBatch);
        QVERIFY(reads > 0);
    }

    // Another connection holds the write lock past the busy timeout: every kind of write fails
    // with a temporary StoreBusy (try again later), not a generic storage failure, and changes
    // nothing; reads go on; once the lock is gone the same writes succeed.
    void aWriteLockHeldElsewhereIsATemporaryBusyError()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore holderStore(*f.db);
        const qint64 kept =
            holderStore.insert(makeMessage(f.account.id, f.account.inboxId, u"U0"_s, u"kept"_s))
                ->id;
        Database::Options options;
        options.busyTimeoutMs = 50;
        auto other = Database::open(f.path(), options);
        STORE_OK(other);
        MessageStore store(*other.value());
        FolderStore folders(*other.value());

        STORE_OK(f.db->execute(u"BEGIN IMMEDIATE"_s)); // the write lock, held
        const auto verifyBusy = [](const Error& e) {
            QCOMPARE(e.code, ErrorCode::StoreBusy);
            QCOMPARE(e.kind, ErrorKind::Storage);
            QVERIFY(e.isTemporary());
            QVERIFY(!e.needsUser());
        };
        const NewMessage message = makeMessage(f.account.id, f.account.inboxId, u"U1"_s, u"new"_s);
        const auto inserted = store.insert(message); // a transaction (BEGIN IMMEDIATE)
        QVERIFY(!inserted.ok());
        verifyBusy(inserted.error());
        const Status flagged = store.setFlags({kept}, Flag::Flagged, {});
        QVERIFY(!flagged.ok());
        verifyBusy(flagged.error());
        const auto created = folders.create(0, u"Lists"_s); // one statement, no transaction
        QVERIFY(!created.ok());
        verifyBusy(created.error());
        QVERIFY(!QTest::currentTestFailed());
        STORE_OK(store.summary(kept)); // a reader is never blocked by the writer
        STORE_OK(f.db->execute(u"ROLLBACK"_s));

        QCOMPARE(store.counts(f.account.inboxId)->total, 1);
        QVERIFY(!store.summary(kept)->flags.testFlag(Flag::Flagged));
        STORE_OK(store.insert(message));
        STORE_OK(store.setFlags({kept}, Flag::Flagged, {}));
        STORE_OK(folders.create(0, u"Lists"_s));
        QCOMPARE(store.counts(f.account.inboxId)->total, 2);
    }

    // A checkpoint that a reader keeps from finishing is the same temporary condition.
    void aCheckpointAReaderHoldsBackIsBusyToo()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        Database::Options options;
        options.busyTimeoutMs = 50;
        auto writer = Database::open(f.path(), options);
        STORE_OK(writer);
        STORE_OK(writer.value()->execute(u"PRAGMA synchronous=NORMAL"_s)); // commits not synced
        STORE_OK(MessageStore(*writer.value())
                     .insert(makeMessage(f.account.id, f.account.inboxId, u"U1"_s, u"one"_s)));
        STORE_OK(f.db->execute(u"BEGIN"_s));
        STORE_OK(f.db->scalar(u"SELECT count(*) FROM messages"_s)); // a reader's snapshot
        STORE_OK(MessageStore(*writer.value())
                     .insert(makeMessage(f.account.id, f.account.inboxId, u"U2"_s, u"two"_s)));
        const Status durable = writer.value()->makeDurable();
        QVERIFY(!durable.ok());
        QCOMPARE(durable.error().code, ErrorCode::StoreBusy);
        QVERIFY(durable.error().isTemporary());
        STORE_OK(f.db->execute(u"ROLLBACK"_s));
        STORE_OK(writer.value()->makeDurable());
    }
};

QTEST_GUILESS_MAIN(tst_StoreConcurrency)
#include "tst_StoreConcurrency.moc"
