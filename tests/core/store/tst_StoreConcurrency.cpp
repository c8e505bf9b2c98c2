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
};

QTEST_GUILESS_MAIN(tst_StoreConcurrency)
#include "tst_StoreConcurrency.moc"
