// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/store/MessageWriter.h"
#include "core/store/Migrations.h"
#include "core/store/UidlStore.h"

#include <QFile>
#include <QRandomGenerator>

using namespace postbag;
using namespace postbag::store;
using namespace postbag::store::test;
using namespace Qt::Literals::StringLiterals;

class tst_StoreMessages : public QObject
{
    Q_OBJECT

private:
    static qint64 count(Database& db, const char* table)
    {
        return db.scalar(u"SELECT count(*) FROM " + QString::fromLatin1(table))
            .value()
            .toLongLong();
    }

    // Every folder's stored counters against a recount of its rows.
    static void verifyCounters(Database& db)
    {
        const auto folders = rows(
            db,
            QStringLiteral(
                "SELECT f.id, f.total, f.unread, (SELECT count(*) FROM messages m WHERE "
                "m.folder_id = f.id), (SELECT count(*) FROM messages m WHERE m.folder_id = f.id "
                "AND m.seen = 0) FROM folders f"),
            5);
        STORE_OK(folders);
        for (const QVariantList& q : folders.value()) {
            QCOMPARE(q.value(1).toLongLong(), q.value(3).toLongLong()); // total
            QCOMPARE(q.value(2).toLongLong(), q.value(4).toLongLong()); // unread
        }
    }

private Q_SLOTS:
    void countersFollowEveryWayRowsArrive()
    {
        // New rows are counted by their writers (a batch, a copy), not by a trigger; a store
        // that had counted through the trigger goes on counting right after the migration.
        QTemporaryDir dir;
        auto opened = openUnmigrated(dir.filePath(QStringLiteral("p.sqlite")));
        STORE_OK(opened);
        Database& db = *opened.value();
        STORE_OK(Migrations::migrate(db, 4));
        const Account account = AccountStore(db).create(QStringLiteral("Work")).value();
        MessageStore store(db);
        // What an older release wrote: a row counted by the insert trigger.
        STORE_OK(db.execute(
            u"INSERT INTO blobs(sha256, size, codec, data) VALUES(X'00', 1, 0, X'41')"_s));
        STORE_OK(
            db.execute(QStringLiteral("INSERT INTO messages(folder_id, account_id, blob_id, date, "
                                      "received, size) VALUES(%1, %2, 1, 0, 0, 1)")
                           .arg(account.inboxId)
                           .arg(account.id)));
        verifyCounters(db);
        QVERIFY(!QTest::currentTestFailed());
        STORE_OK(Migrations::migrate(db));

        const qint64 other = FolderStore(db).create(0, QStringLiteral("Lists")).value();
        QList<NewMessage> batch;
        for (int i = 0; i < 6; ++i) {
            NewMessage m = makeMessage(account.id, i % 2 ? other : account.inboxId,
                                       QStringLiteral("b%1").arg(i), QStringLiteral("s%1").arg(i));
            m.seen = i % 3 == 0;
            batch.append(m);
        }
        const auto inserted = store.insertBatch(batch);
        STORE_OK(inserted);
        QCOMPARE(store.counts(account.inboxId)->total, 4);
        QCOMPARE(store.counts(other)->total, 3);
        QCOMPARE(store.counts(other)->unread, 2);
        verifyCounters(db);
        QVERIFY(!QTest::currentTestFailed());

        QList<qint64> ids;
        for (const Inserted& i : inserted.value())
            ids.append(i.id);
        const qint64 archive = FolderStore(db).archive().value();
        STORE_OK(store.copy(ids, archive));
        QCOMPARE(store.counts(archive)->total, 6);
        QCOMPARE(store.counts(archive)->unread, 4);
        verifyCounters(db);
        QVERIFY(!QTest::currentTestFailed());

        // A batch that fails leaves the counters as they were.
        QList<NewMessage> bad = {makeMessage(account.id, account.inboxId, u"x1"_s, u"x"_s),
                                 makeMessage(account.id, 999999, u"x2"_s, u"y"_s)};
        QVERIFY(!store.insertBatch(bad).ok());
        verifyCounters(db);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(store.counts(account.inboxId)->total, 4);
    }

    void duplicateLookupUsesTheMessageIdIndex()
    {
        // Run for every insert: a table scan here made large imports quadratic.
        StoreFixture f;
        QVERIFY(f.setUp());
        const auto plan =
            rows(*f.db, QStringLiteral("EXPLAIN QUERY PLAN ") + MessageWriter::duplicateQuery(), 4,
                 {QStringLiteral("id@example.org"), 100, QByteArray(32, 'x'), 1});
        STORE_OK(plan);
        QString details;
        for (const QVariantList& q : plan.value())
            details += q.value(3).toString() + u'\n';
        QVERIFY2(details.contains(QStringLiteral("USING INDEX messages_by_message_id")),
                 qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("SCAN m")), qPrintable(details));
    }

    void rawRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("crlf") << QByteArray("Subject: a\r\n\r\nbody\r\n.\r\n");
        QTest::addRow("lf") << QByteArray("Subject: a\n\nbody\n");
        QTest::addRow("nul-and-8bit") << QByteArray("A\0B\xff\xfe\x80 caf\xc3\xa9\r\n\0", 16);
        QByteArray big;
        for (int i = 0; i < 5000; ++i) {
            big += "Line " + QByteArray::number(i) + " of a compressible message\r\n";
        }
        QTest::addRow("compressible") << big;
        QByteArray noise(100000, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char& c : noise) {
            c = char(rng.bounded(256));
        }
        QTest::addRow("incompressible") << noise;
    }

    void rawRoundTrip()
    {
        QFETCH(QByteArray, raw);
        StoreFixture f;
        QVERIFY(f.setUp());
        NewMessage m =
            makeMessage(f.account.id, f.account.inboxId, QStringLiteral("u1"), QStringLiteral("s"));
        m.raw = raw;
        MessageStore store(*f.db);
        const auto ins = store.insert(m);
        QVERIFY2(ins.ok(), ins.ok() ? "" : qPrintable(ins.error().toLogString()));
        const auto back = store.raw(ins->id);
        STORE_OK(back);
        QCOMPARE(back.value(), raw);
        QCOMPARE(store.summary(ins->id)->size, raw.size());
    }

    void insertWritesEverythingTogether()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        NewMessage m = makeMessage(f.account.id, f.account.inboxId, QStringLiteral("u1"),
                                   QStringLiteral("Hello"));
        m.attachments = {{QStringLiteral("a.pdf"),
                          QStringLiteral("application/pdf"),
                          10,
                          {},
                          QStringLiteral("2")}};
        m.flagged = true;
        MessageStore store(*f.db);
        const auto ins = store.insert(m);
        STORE_OK(ins);
        QVERIFY(!ins->duplicate);
        const MessageSummary s = store.summary(ins->id).value();
        QCOMPARE(s.subject, QStringLiteral("Hello"));
        QCOMPARE(s.folderId, f.account.inboxId);
        QCOMPARE(s.accountId, f.account.id);
        QCOMPARE(s.date, m.date);
        QCOMPARE(s.receivedAt, m.receivedAt);
        QVERIFY(s.hasAttachments);
        QCOMPARE(s.flags, Flags(Flag::Flagged));
        QCOMPARE(store.attachments(ins->id)->size(), 1);
        QCOMPARE(store.attachments(ins->id)->front().partPath, QStringLiteral("2"));
        QCOMPARE(count(*f.db, "search"), 1);
        QCOMPARE(UidlStore(*f.db).entries(f.account.id)->front().messageId, ins->id);
        QCOMPARE(store.counts(f.account.inboxId)->total, 1);
        QCOMPARE(store.counts(f.account.inboxId)->unread, 1);
    }

    void failingBatchLeavesNothing()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        QList<NewMessage> batch;
        for (int i = 0; i < 5; ++i) {
            batch.append(makeMessage(f.account.id, f.account.inboxId, QStringLiteral("b%1").arg(i),
                                     QStringLiteral("m%1").arg(i)));
        }
        batch[3].folderId = 999999; // foreign key violation in the middle of the batch
        const auto r = store.insertBatch(batch);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::StorageFailed);
        for (const char* table : {"messages", "blobs", "search", "uidls", "attachments"}) {
            QCOMPARE(count(*f.db, table), 0);
        }
        QCOMPARE(store.counts(f.account.inboxId)->total, 0);
        batch[3].folderId = f.account.inboxId;
        const auto ok = store.insertBatch(batch);
        STORE_OK(ok);
        QCOMPARE(ok->size(), 5);
        QCOMPARE(count(*f.db, "messages"), 5);
    }

    // The index rows of a batch are written together at its end: every message of the batch is
    // still indexed under its own row, duplicates in the batch get none, and nothing stays behind.
    void batchIndexesEveryMessage()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        QList<NewMessage> batch;
        for (int i = 0; i < 40; ++i) {
            batch.append(makeMessage(f.account.id, f.account.inboxId, QStringLiteral("ix%1").arg(i),
                                     QStringLiteral("batch %1").arg(i),
                                     QStringLiteral("word%1 shared").arg(i)));
        }
        batch.append(batch.at(7)); // same bytes and Message-ID: a duplicate, not indexed again
        batch.last().uidl = QStringLiteral("ix7-again");
        const QList<Inserted> inserted = store.insertBatch(batch).value();
        QCOMPARE(inserted.size(), 41);
        QVERIFY(inserted.last().duplicate);
        QCOMPARE(count(*f.db, "search"), 40);
        for (int i = 0; i < 40; ++i) {
            const auto row = f.db->scalar(
                QStringLiteral("SELECT rowid FROM search WHERE search MATCH 'word%1'").arg(i));
            STORE_OK(row);
            QCOMPARE(row->toLongLong(), inserted.at(i).id);
        }
        QCOMPARE(
            f.db->scalar(u"SELECT count(*) FROM search WHERE search MATCH 'shared'"_s)->toInt(),
            40);
        // A single insert after the batch is indexed at once, as before.
        const qint64 single =
            store.insert(makeMessage(f.account.id, f.account.inboxId, u"one"_s, u"lonely"_s))->id;
        QCOMPARE(
            f.db->scalar(u"SELECT rowid FROM search WHERE search MATCH 'lonely'"_s)->toLongLong(),
            single);
    }

    void duplicatesWithinAnAccountOnly()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const Account home = AccountStore(*f.db).create(QStringLiteral("Home")).value();
        MessageStore store(*f.db);
        NewMessage a = makeMessage(f.account.id, f.account.inboxId, QStringLiteral("w-1"),
                                   QStringLiteral("Same"));
        NewMessage again = a;
        again.uidl = QStringLiteral("w-2"); // the same message under a second UIDL
        const auto first = store.insert(a);
        const auto second = store.insert(again);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(!first->duplicate);
        QVERIFY(second->duplicate);
        QCOMPARE(second->id, first->id);
        QCOMPARE(count(*f.db, "messages"), 1);

        // The same message in another account is that account's own: in its inbox, with its
        // UIDL on its own row, so removing the first account takes nothing of it.
        NewMessage b = a;
        b.accountId = home.id;
        b.folderId = home.inboxId;
        b.uidl = QStringLiteral("h-9");
        const auto other = store.insert(b);
        QVERIFY(other.ok());
        QVERIFY(!other->duplicate);
        QCOMPARE(store.counts(home.inboxId).value().total, 1);
        QVERIFY(AccountStore(*f.db).remove(f.account.id).ok());
        const QList<UidlEntry> entries = UidlStore(*f.db).entries(home.id).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().messageId, other->id);
        QVERIFY(!entries.first().deletedLocally);

        // Same Message-ID, different bytes: not a duplicate.
        NewMessage c = b;
        c.uidl = QStringLiteral("h-10");
        c.raw += "X-Extra: 1\r\n";
        QVERIFY(!store.insert(c)->duplicate);
        // Detection off: kept twice.
        store.setDuplicateDetection(false);
        b.uidl = QStringLiteral("h-11");
        QVERIFY(!store.insert(b)->duplicate);
        QCOMPARE(count(*f.db, "messages"), 3);
    }

    void moveCopyTrashRestoreDelete()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        FolderStore folders(*f.db);
        const qint64 work = folders.create(0, QStringLiteral("Projects")).value();
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            ids.append(
                store
                    .insert(makeMessage(f.account.id, f.account.inboxId,
                                        QStringLiteral("m%1").arg(i), QStringLiteral("s%1").arg(i)))
                    ->id);
        }
        STORE_OK(store.move({ids[0], ids[1]}, work));
        QCOMPARE(store.counts(work)->total, 2);
        QCOMPARE(store.counts(f.account.inboxId)->total, 2);

        const auto copies = store.copy({ids[0]}, f.archive);
        STORE_OK(copies);
        QCOMPARE(copies->size(), 1);
        QCOMPARE(store.raw(copies->front()).value(), store.raw(ids[0]).value());
        QCOMPARE(count(*f.db, "blobs"), 4); // copies share bytes
        QCOMPARE(count(*f.db, "search"), 5);

        STORE_OK(store.moveToTrash({ids[0], ids[2]}));
        QCOMPARE(store.counts(f.trash)->total, 2);
        QCOMPARE(store.summary(ids[0])->trashOrigin, work);
        STORE_OK(store.restore({ids[0], ids[2], ids[3]})); // ids[3] is not in Trash: untouched
        QCOMPARE(store.summary(ids[0])->folderId, work);
        QCOMPARE(store.summary(ids[2])->folderId, f.account.inboxId);
        QCOMPARE(store.summary(ids[3])->folderId, f.account.inboxId);
        QCOMPARE(store.summary(ids[0])->trashOrigin, 0);

        // Moving into Trash through move() records the origin too.
        STORE_OK(store.move({ids[1]}, f.trash));
        QCOMPARE(store.summary(ids[1])->trashOrigin, work);

        // Deleting the original keeps the shared bytes for the copy.
        STORE_OK(store.deletePermanently({ids[0]}));
        QVERIFY(!store.summary(ids[0]).ok());
        QCOMPARE(store.raw(copies->front()).value().isEmpty(), false);
        QCOMPARE(count(*f.db, "blobs"), 4);
        QCOMPARE(count(*f.db, "search"), 4);

        STORE_OK(store.emptyTrash());
        QCOMPARE(store.counts(f.trash)->total, 0);
        QCOMPARE(count(*f.db, "messages"), 3);
        QCOMPARE(count(*f.db, "blobs"), 3);
        QCOMPARE(count(*f.db, "search"), 3);
        // Deleted messages are marked in the UIDL table for the leave-on-server policy; the
        // first one is still here as its copy in Archive, which its UIDL now names.
        int deleted = 0;
        const QList<UidlEntry> entries = UidlStore(*f.db).entries(f.account.id).value();
        for (const UidlEntry& e : entries) {
            deleted += e.deletedLocally;
            if (e.uidl == u"m0")
                QCOMPARE(e.messageId, copies->front());
        }
        QCOMPARE(deleted, 1);
    }

    void flagsInBulkAndCounts()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        QList<NewMessage> batch;
        for (int i = 0; i < 10; ++i) {
            batch.append(makeMessage(f.account.id, f.account.inboxId, QStringLiteral("m%1").arg(i),
                                     QStringLiteral("s%1").arg(i)));
        }
        QList<qint64> ids;
        const QList<Inserted> inserted = store.insertBatch(batch).value();
        for (const Inserted& i : inserted) {
            ids.append(i.id);
        }
        QCOMPARE(store.counts(f.account.inboxId)->unread, 10);
        STORE_OK(store.setFlags(ids.mid(0, 6), Flag::Seen | Flag::Flagged, {}));
        QCOMPARE(store.counts(f.account.inboxId)->unread, 4);
        STORE_OK(store.setFlags(ids.mid(0, 2), Flag::Answered, Flag::Seen));
        QCOMPARE(store.counts(f.account.inboxId)->unread, 6);
        QCOMPARE(store.summary(ids[0])->flags, Flag::Flagged | Flag::Answered);
        QCOMPARE(store.summary(ids[3])->flags, Flag::Flagged | Flag::Seen);
        QCOMPARE(store.summary(ids[9])->flags, Flags());
        STORE_OK(store.moveToTrash(ids.mid(5))); // 1 seen + 4 unread
        QCOMPARE(store.counts(f.account.inboxId)->total, 5);
        QCOMPARE(store.counts(f.account.inboxId)->unread, 2);
        QCOMPARE(store.counts(f.trash)->total, 5);
        QCOMPARE(store.counts(f.trash)->unread, 4);
        // The counters agree with a full recount.
        STORE_OK(FolderStore(*f.db).recount());
        QCOMPARE(store.counts(f.trash)->unread, 4);
        QCOMPARE(store.counts(f.account.inboxId)->unread, 2);
    }

    void pagingWithEverySortKey_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected"); // subjects, first page of 3
        QTest::addRow("date-desc") << int(SortKey::Date) << int(Qt::DescendingOrder)
                                   << QStringList{u"e"_s, u"d"_s, u"c"_s};
        QTest::addRow("date-asc") << int(SortKey::Date) << int(Qt::AscendingOrder)
                                  << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::addRow("received-asc") << int(SortKey::Received) << int(Qt::AscendingOrder)
                                      << QStringList{u"e"_s, u"d"_s, u"c"_s};
        QTest::addRow("subject-asc") << int(SortKey::Subject) << int(Qt::AscendingOrder)
                                     << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::addRow("from-asc") << int(SortKey::From) << int(Qt::AscendingOrder)
                                  << QStringList{u"c"_s, u"a"_s, u"e"_s};
        QTest::addRow("size-desc") << int(SortKey::Size) << int(Qt::DescendingOrder)
                                   << QStringList{u"a"_s, u"b"_s, u"c"_s};
    }

    void pagingWithEverySortKey()
    {
        QFETCH(int, key);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        const QStringList subjects{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
        const QStringList senders{u"Bea"_s, u"Dan"_s, u"aaron"_s, u"Eve"_s, u"Carl"_s};
        for (int i = 0; i < 5; ++i) {
            NewMessage m = makeMessage(f.account.id, f.account.inboxId, subjects[i], subjects[i]);
            m.subject = i == 1 ? u"Re: b"_s : subjects[i]; // "Re:" is ignored for sorting
            m.fromName = senders[i];
            m.date = QDateTime(QDate(2024, 1, 1 + i), QTime(8, 0), Qt::UTC);
            m.receivedAt = QDateTime(QDate(2024, 2, 10 - i), QTime(8, 0), Qt::UTC);
            m.raw = QByteArray(1000 - i * 100, 'x');
            STORE_OK(store.insert(m));
        }
        auto subjectsOf = [](const QList<MessageSummary>& page) {
            QStringList out;
            for (const MessageSummary& s : page) {
                out.append(s.subject.startsWith(u"Re: ") ? s.subject.mid(4) : s.subject);
            }
            return out;
        };
        const auto first = store.page(f.account.inboxId, SortKey(key), Qt::SortOrder(order), 0, 3);
        STORE_OK(first);
        QCOMPARE(subjectsOf(first.value()), expected);
        const auto second = store.page(f.account.inboxId, SortKey(key), Qt::SortOrder(order), 3, 3);
        QCOMPARE(second->size(), 2);
        QStringList all = subjectsOf(first.value()) + subjectsOf(second.value());
        all.sort();
        QCOMPARE(all, subjects);
    }

    void diskFullLeavesNothingHalfWritten()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        STORE_OK(store.insert(makeMessage(f.account.id, f.account.inboxId, u"keep"_s, u"keep"_s)));
        const qint64 pages = f.db->scalar(u"PRAGMA page_count"_s).value().toLongLong();
        STORE_OK(f.db->execute(QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 4)));
        QList<NewMessage> batch;
        QRandomGenerator rng(7);
        for (int i = 0; i < 3; ++i) {
            NewMessage m = makeMessage(f.account.id, f.account.inboxId,
                                       QStringLiteral("big%1").arg(i), u"big"_s);
            m.raw = QByteArray(200000, Qt::Uninitialized);
            for (char& c : m.raw) {
                c = char(rng.bounded(256));
            }
            batch.append(m);
        }
        const auto r = store.insertBatch(batch);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::DiskFull);
        QCOMPARE(count(*f.db, "messages"), 1);
        QCOMPARE(count(*f.db, "blobs"), 1);
        QCOMPARE(count(*f.db, "search"), 1);
        QCOMPARE(UidlStore(*f.db).seen(f.account.id).value(), QSet<QString>{u"keep"_s});
        QCOMPARE(store.counts(f.account.inboxId)->total, 1);
        // Space again: the store is still usable.
        STORE_OK(f.db->execute(u"PRAGMA max_page_count=1073741823"_s));
        STORE_OK(store.insertBatch(batch));
        QCOMPARE(count(*f.db, "messages"), 4);
    }

    // A read that corruption (or an I/O error) cuts short is an error, never a shorter answer: a
    // short list of seen UIDLs would download mail again, a short folder would export in part.
    void aReadCutShortIsAnErrorNotAShortAnswer()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QList<NewMessage> batch;
        for (int i = 0; i < 3000; ++i) {
            batch.append(
                makeMessage(f.account.id, f.account.inboxId,
                            u"uidl-%1-with-some-length-to-fill-pages"_s.arg(i, 4, 10, QChar(u'0')),
                            u"m"_s + QString::number(i)));
        }
        STORE_OK(MessageStore(*f.db).insertBatch(batch));
        const auto pages = rows(*f.db,
                                u"SELECT pageno FROM dbstat WHERE name = 'uidls' AND pagetype = "
                                "'leaf' ORDER BY path"_s,
                                1);
        STORE_OK(pages);
        QList<qint64> leaves;
        for (const QVariantList& q : pages.value())
            leaves.append(q.value(0).toLongLong());
        QVERIFY2(leaves.size() > 4, qPrintable(QString::number(leaves.size())));
        const qint64 pageSize = f.db->scalar(u"PRAGMA page_size"_s).value().toLongLong();
        f.db.reset(); // the last connection checkpoints the WAL into the file
        {
            QFile file(f.path());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((leaves.at(leaves.size() / 2) - 1) * pageSize));
            QCOMPARE(file.write(QByteArray(int(pageSize), '\xff')), pageSize);
        }
        auto reopened = Database::open(f.path());
        STORE_OK(reopened);
        const auto seen = UidlStore(*reopened.value()).seen(f.account.id);
        QVERIFY2(!seen.ok(), qPrintable(QString::number(seen.ok() ? seen->size() : 0)));
        QCOMPARE(seen.error().code, ErrorCode::StoreCorrupt);
    }

    void replaceBodyCompletesHeadersOnly()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        NewMessage head =
            makeMessage(f.account.id, f.account.inboxId, u"h1"_s, u"Report"_s, u"nothing yet"_s);
        head.headersOnly = true;
        const qint64 id = store.insert(head)->id;
        STORE_OK(store.setFlags({id}, Flag::Seen, {}));
        NewMessage full = head;
        full.headersOnly = false;
        full.bodyText = u"quarterly numbers"_s;
        full.raw = head.raw + "quarterly numbers\r\n";
        full.attachments = {{u"q.xlsx"_s, u"application/vnd.ms-excel"_s, 5, {}, u"2"_s}};
        STORE_OK(store.replaceBody(id, full));
        const MessageSummary s = store.summary(id).value();
        QVERIFY(!s.headersOnly);
        QVERIFY(s.hasAttachments);
        QVERIFY(s.flags.testFlag(Flag::Seen));
        QCOMPARE(store.raw(id).value(), full.raw);
        QCOMPARE(count(*f.db, "blobs"), 1); // the old bytes are gone
        QCOMPARE(f.db->scalar(u"SELECT count(*) FROM search WHERE search MATCH 'quarterly'"_s)
                     .value()
                     .toInt(),
                 1);
        QCOMPARE(f.db->scalar(u"SELECT count(*) FROM search WHERE search MATCH 'nothing'"_s)
                     .value()
                     .toInt(),
                 0);
        QCOMPARE(store.replaceBody(987654, full).error().code, ErrorCode::NoSuchMessage);
    }

    // A body asked for before its message was deleted never lands on the message that got the
    // deleted one's id (SQLite hands out the highest id again), nor on a complete message.
    void replaceBodyNeverCompletesAnotherMessage()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        NewMessage head =
            makeMessage(f.account.id, f.account.inboxId, u"h1"_s, u"Report"_s, u"nothing yet"_s);
        head.headersOnly = true;
        const qint64 id = store.insert(head)->id;
        NewMessage full = head;
        full.headersOnly = false;
        full.raw = head.raw + "quarterly numbers\r\n";
        STORE_OK(store.deletePermanently({id}));
        const NewMessage other =
            makeMessage(f.account.id, f.account.inboxId, u"n1"_s, u"New"_s, u"unrelated"_s);
        QCOMPARE(store.insert(other)->id, id);
        QCOMPARE(store.replaceBody(id, full).error().code, ErrorCode::NoSuchMessage);
        QCOMPARE(store.raw(id).value(), other.raw);

        // The same when the newcomer is headers-only too: its UIDL is not the one asked for.
        STORE_OK(store.deletePermanently({id}));
        NewMessage otherHead = other;
        otherHead.headersOnly = true;
        QCOMPARE(store.insert(otherHead)->id, id);
        QCOMPARE(store.replaceBody(id, full).error().code, ErrorCode::NoSuchMessage);
        QCOMPARE(store.raw(id).value(), other.raw);
        QVERIFY(store.summary(id)->headersOnly);
    }

    // A copy filed while the message was headers-only gets the body with it (by either id), and
    // keeps its own folder and flags; a copy in another account is a message of its own.
    void replaceBodyCompletesItsCopies()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        NewMessage head =
            makeMessage(f.account.id, f.account.inboxId, u"h1"_s, u"Report"_s, u"nothing yet"_s);
        head.headersOnly = true;
        const qint64 id = store.insert(head)->id;
        const qint64 lists = FolderStore(*f.db).create(0, u"Lists"_s).value();
        const qint64 copy = store.copy({id}, lists).value().first();
        STORE_OK(store.setFlags({copy}, Flag::Flagged, {}));
        QCOMPARE(store.sharingBytes(copy).value(), (QList<qint64>{id, copy}));
        QCOMPARE(store.sharingBytes(id).value(), (QList<qint64>{id, copy}));
        NewMessage full = head;
        full.headersOnly = false;
        full.bodyText = u"quarterly numbers"_s;
        full.raw = head.raw + "quarterly numbers\r\n";
        STORE_OK(store.replaceBody(id, full));
        for (const qint64 m : {id, copy}) {
            QVERIFY(!store.summary(m).value().headersOnly);
            QCOMPARE(store.raw(m).value(), full.raw);
        }
        QCOMPARE(store.summary(copy).value().folderId, lists);
        QVERIFY(store.summary(copy).value().flags.testFlag(Flag::Flagged));
        QVERIFY(!store.summary(id).value().flags.testFlag(Flag::Flagged));
        QCOMPARE(count(*f.db, "blobs"), 1);
        QCOMPARE(f.db->scalar(u"SELECT count(*) FROM search WHERE search MATCH 'quarterly'"_s)
                     .value()
                     .toInt(),
                 2);
        QCOMPARE(store.sharingBytes(copy).value(), QList<qint64>{copy}); // complete now
        QCOMPARE(store.sharingBytes(987654).value(), QList<qint64>{});
    }
};

QTEST_GUILESS_MAIN(tst_StoreMessages)
#include "tst_StoreMessages.moc"
