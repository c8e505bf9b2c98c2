// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/StoreFixture.h"
#include "core/store/UidlStore.h"
#include "core/sync/StoreWriter.h"

#include <QDir>
#include <QTest>
#include <optional>

using namespace postbag;
using namespace postbag::store;
using namespace postbag::store::test;
using postbag::sync::StoreWriter;

// StoreWriter against a real profile file: what `done` reports, when batches go, what a failed
// batch leaves behind, and what the owner's connection sees afterwards.
class tst_StoreWriter : public QObject
{
    Q_OBJECT

    struct Done
    {
        int messages = 0;
        qint64 weight = 0;
        bool ok = true;
        std::optional<ErrorCode> code;
    };

    static StoreWriter::Done recorder(QList<Done>* log)
    {
        return [log](int messages, qint64 weight, const Status& s) {
            log->append(
                {messages, weight, s.ok(), s.ok() ? std::nullopt : std::optional(s.error().code)});
        };
    }

    static NewMessage message(const StoreFixture& f, int i)
    {
        return makeMessage(f.account.id, f.account.inboxId, QStringLiteral("u%1").arg(i),
                           QStringLiteral("message %1").arg(i));
    }

    static int stored(StoreFixture& f)
    {
        return int(MessageStore(*f.db).counts(f.account.inboxId).value().total);
    }

private Q_SLOTS:
    void aBatchGoesWhenFullAndTheNextGrowsMeanwhile()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QList<Done> log;
        StoreWriter writer(*f.db, 3, 1'000'000, recorder(&log));
        for (int i = 0; i < 7; ++i)
            writer.add(message(f, i), 10);
        QTRY_COMPARE(log.size(), 2);
        QCOMPARE(log.at(0).messages, 3); // went when full
        QCOMPARE(log.at(0).weight, qint64(30));
        QCOMPARE(log.at(1).messages, 4); // grew while the first was written
        QCOMPARE(writer.held(), 0);
        writer.add(message(f, 7), 10);
        QCOMPARE(writer.held(), 1); // not a full batch: it waits for more
        QCOMPARE(writer.writing(), 0); // a batch would have been handed over within add()
        writer.drain();
        QTRY_COMPARE(log.size(), 3);
        QCOMPARE(log.at(2).messages, 1);
        QCOMPARE(writer.held(), 0);
        QCOMPARE(writer.stored(), 8);
        QCOMPARE(writer.duplicates(), 0);
        // The owner's connection sees every row and every UIDL.
        QCOMPARE(stored(f), 8);
        QCOMPARE(UidlStore(*f.db).seen(f.account.id).value().size(), 8);
    }

    void weightFillsABatchToo()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QList<Done> log;
        StoreWriter writer(*f.db, 100, 25, recorder(&log));
        writer.add(message(f, 1), 20);
        QCOMPARE(writer.writing(), 0); // below both limits: not handed over
        QCOMPARE(writer.held(), 1);
        writer.add(message(f, 2), 20);
        QTRY_COMPARE(log.size(), 1);
        QCOMPARE(log.at(0).messages, 2);
        QCOMPARE(log.at(0).weight, qint64(40));
    }

    void aDuplicateIsCountedNotStoredTwice()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QList<Done> log;
        StoreWriter writer(*f.db, 100, 1'000'000, recorder(&log));
        writer.drain();
        NewMessage again = message(f, 1);
        again.uidl = QStringLiteral("other-uidl");
        writer.add(message(f, 1), 1);
        writer.add(std::move(again), 1);
        QTRY_COMPARE(writer.held(), 0);
        QCOMPARE(writer.stored(), 1);
        QCOMPARE(writer.duplicates(), 1);
        QCOMPARE(stored(f), 1);
        QCOMPARE(UidlStore(*f.db).seen(f.account.id).value().size(), 2);
    }

    void aFullDiskFailsTheBatchAndHandsBackTheRest()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const qint64 pages = f.db->scalar(QStringLiteral("PRAGMA page_count")).value().toLongLong();
        QVERIFY(f.db->setPageLimit(pages + 2).ok()); // the writer's connection inherits it
        QList<Done> log;
        StoreWriter writer(*f.db, 20, 1'000'000'000, recorder(&log));
        const QString big(200'000, u'x');
        for (int i = 0; i < 30; ++i) {
            NewMessage m = message(f, i);
            m.bodyText = big + QString::number(i); // index text the quota cannot hold
            writer.add(std::move(m), 1);
        }
        QTRY_COMPARE(log.size(), 1);
        QVERIFY(!log.at(0).ok);
        QCOMPARE(log.at(0).code, std::optional(ErrorCode::DiskFull));
        QCOMPARE(log.at(0).messages, 30); // the failed 20 and the 10 that waited
        QCOMPARE(writer.held(), 0);
        QCOMPARE(writer.stored(), 0);
        // Nothing more is written, even when asked to drain.
        writer.add(message(f, 99), 1);
        QCOMPARE(writer.held(), 0); // dropped, not held for a batch that will never go
        writer.drain();
        QCOMPARE(writer.writing(), 0); // nothing handed to the thread, so nothing can come back
        QCOMPARE(log.size(), 1);
        QCOMPARE(stored(f), 0);
        QCOMPARE(UidlStore(*f.db).seen(f.account.id).value().size(), 0);
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(),
                 QStringLiteral("ok"));
    }

    void destroyingWaitsForTheBatchBeingWritten()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QList<Done> log;
        {
            StoreWriter writer(*f.db, 50, 1'000'000, recorder(&log));
            for (int i = 0; i < 60; ++i)
                writer.add(message(f, i), 1);
            // 50 handed over, 10 waiting: destroyed before its `done` could run.
        }
        QCoreApplication::processEvents();
        QCOMPARE(log.size(), 0); // no `done` after destruction
        QCOMPARE(stored(f), 50); // the batch begun was finished
        QCOMPARE(UidlStore(*f.db).seen(f.account.id).value().size(), 50); // with its UIDLs
    }

    void aVanishedProfileFailsEveryBatch()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        // The writer opens its connection from the path: a directory in its place cannot open.
        QTemporaryDir elsewhere;
        auto other = Database::open(elsewhere.filePath(QStringLiteral("p.sqlite")));
        STORE_OK(other);
        QVERIFY(QFile::remove(elsewhere.filePath(QStringLiteral("p.sqlite"))));
        QVERIFY(QDir(elsewhere.path()).mkdir(QStringLiteral("p.sqlite")));
        QList<Done> log;
        StoreWriter writer(*other.value(), 1, 1'000'000, recorder(&log));
        writer.add(message(f, 1), 1);
        QTRY_COMPARE(log.size(), 1);
        QVERIFY(!log.at(0).ok);
        QCOMPARE(writer.stored(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_StoreWriter)
#include "tst_StoreWriter.moc"
