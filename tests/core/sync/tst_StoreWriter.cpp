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
        int stored = 0;
        int duplicates = 0;
        QStringList completed;
        QStringList gone;
    };

    static StoreWriter::Done recorder(QList<Done>* log)
    {
        return [log](const StoreWriter::Written& w) {
            const Status& s = w.status;
            log->append({w.messages, w.weight, s.ok(),
                         s.ok() ? std::nullopt : std::optional(s.error().code), w.stored,
                         w.duplicates, w.completed, w.gone});
        };
    }

    template <typename Field> static int sum(const QList<Done>& log, Field field)
    {
        int total = 0;
        for (const Done& d : log)
            total += d.*field;
        return total;
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
        QCOMPARE(sum(log, &Done::messages), 7); // nothing held back
        writer.add(message(f, 7), 10);
        writer.add(message(f, 8), 10); // not a full batch: the first waited for more
        writer.drain();
        QTRY_COMPARE(log.size(), 3);
        QCOMPARE(log.at(2).messages, 2); // one batch: neither went on its own
        QCOMPARE(sum(log, &Done::stored), 9);
        QCOMPARE(sum(log, &Done::duplicates), 0);
        // The owner's connection sees every row and every UIDL.
        QCOMPARE(stored(f), 9);
        QCOMPARE(UidlStore(*f.db).seen(f.account.id).value().size(), 9);
    }

    void downloadsAreThreadedInTheirBatch()
    {
        // A download is threaded on the writer thread, in the batch's transaction: a reply and the
        // parent that arrives after it, in two batches, end up in one thread.
        StoreFixture f;
        QVERIFY(f.setUp());
        QList<Done> log;
        StoreWriter writer(*f.db, 1, 1'000'000, recorder(&log));
        NewMessage reply = message(f, 1);
        reply.messageId = QStringLiteral("reply@example.org");
        reply.references = QStringLiteral("root@example.org");
        NewMessage root = message(f, 2);
        root.messageId = QStringLiteral("root@example.org");
        writer.add(std::move(reply), 1);
        writer.add(std::move(root), 1);
        writer.drain();
        QTRY_COMPARE(sum(log, &Done::stored), 2);
        const auto threads =
            rows(*f.db, QStringLiteral("SELECT DISTINCT thread_id FROM messages"), 1);
        STORE_OK(threads);
        QCOMPARE(threads->size(), 1);
        QVERIFY(!threads->at(0).at(0).isNull());
    }

    void weightFillsABatchToo()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QList<Done> log;
        StoreWriter writer(*f.db, 100, 25, recorder(&log));
        writer.add(message(f, 1), 20); // below both limits: not handed over
        writer.add(message(f, 2), 20);
        QTRY_COMPARE(log.size(), 1);
        QCOMPARE(log.at(0).messages, 2); // one batch: the first had waited
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
        QTRY_COMPARE(sum(log, &Done::messages), 2);
        QCOMPARE(sum(log, &Done::stored), 1);
        QCOMPARE(sum(log, &Done::duplicates), 1);
        QCOMPARE(stored(f), 1);
        QCOMPARE(UidlStore(*f.db).seen(f.account.id).value().size(), 2);
    }

    // The rest of a headers-only message goes through the writer like any message: a batch of its
    // own, in the order of add(), reported by its UIDL once written.
    void aCompletionIsABatchOfItsOwnInOrder()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        NewMessage headers = message(f, 1);
        headers.headersOnly = true;
        headers.raw = "Subject: message 1\r\nMessage-ID: <u1@example.org>\r\n\r\n";
        const auto id = MessageStore(*f.db).insert(headers);
        STORE_OK(id);
        QList<Done> log;
        StoreWriter writer(*f.db, 100, 1'000'000, recorder(&log));
        writer.add(message(f, 2), 1);
        NewMessage full = message(f, 1);
        full.raw += "the rest of it\r\n";
        writer.complete(id->id, full, 5);
        writer.add(message(f, 3), 1);
        writer.drain();
        QTRY_COMPARE(log.size(), 3);
        QCOMPARE(log.at(0).messages, 1); // closed by the completion, not full
        QCOMPARE(log.at(0).stored, 1);
        QCOMPARE(log.at(1).messages, 1);
        QCOMPARE(log.at(1).weight, qint64(5));
        QCOMPARE(log.at(1).stored, 0);
        QCOMPARE(log.at(1).completed, QStringList{QStringLiteral("u1")});
        QVERIFY(log.at(1).gone.isEmpty());
        QCOMPARE(log.at(2).stored, 1);
        QVERIFY(log.at(2).completed.isEmpty());
        QCOMPARE(MessageStore(*f.db).raw(id->id).value(), full.raw);
        QVERIFY(!MessageStore(*f.db).summary(id->id).value().headersOnly);
        QCOMPARE(stored(f), 3);
    }

    void aCompletionOfAMessageGoneMeanwhileIsNoFailure()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QList<Done> log;
        StoreWriter writer(*f.db, 100, 1'000'000, recorder(&log));
        writer.complete(987654, message(f, 1), 1);
        writer.add(message(f, 2), 1);
        writer.drain();
        QTRY_COMPARE(log.size(), 2);
        QVERIFY(log.at(0).ok);
        QCOMPARE(log.at(0).gone, QStringList{QStringLiteral("u1")});
        QVERIFY(log.at(0).completed.isEmpty());
        QVERIFY(log.at(1).ok); // the writer goes on
        QCOMPARE(log.at(1).stored, 1);
        QCOMPARE(stored(f), 1);
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
        QCOMPARE(log.at(0).stored, 0);
        // Nothing more is written, even when asked to drain.
        writer.add(message(f, 99), 1);
        writer.drain();
        QCoreApplication::processEvents();
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
        QCOMPARE(log.at(0).stored, 0);
    }
};

QTEST_GUILESS_MAIN(tst_StoreWriter)
#include "tst_StoreWriter.moc"
