// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/AccountRepository.h"
#include "core/localedit/LocalWriter.h"
#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageStore.h"
#include "core/store/Transaction.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace postbag;

// The user's local writes on their own thread: in order, reported back on the caller's thread,
// failures delivered as typed errors, queued writes finished before the writer goes away, and
// the caller's thread free while a write waits for SQLite's lock.
class tst_LocalWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    qint64 m_inbox = 0;
    QList<qint64> m_ids;

    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("mail.db")); }

    qint64 folderOf(qint64 id)
    {
        auto s = store::MessageStore(*m_db).summary(id);
        return s ? s->folderId : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
        auto db = store::Database::open(path());
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        auto inbox = store::FolderStore(*m_db).create(0, QStringLiteral("Inbox"));
        QVERIFY(inbox.ok());
        m_inbox = inbox.value();
        m_ids.clear();
        for (int i = 0; i < 3; ++i) {
            store::NewMessage m;
            m.folderId = m_inbox;
            m.raw = QByteArrayLiteral("Subject: x\r\n\r\nbody\r\n");
            m.subject = QStringLiteral("m%1").arg(i);
            auto inserted = store::MessageStore(*m_db).insert(m);
            QVERIFY(inserted.ok());
            m_ids.append(inserted->id);
        }
    }

    void cleanup() { m_db.reset(); }

    void writesInOrderAndReportsOnCallersThread()
    {
        localedit::LocalWriter writer(path());
        QVERIFY(writer.writerThread() != QThread::currentThread());
        auto archive = store::FolderStore(*m_db).create(0, QStringLiteral("Kept"));
        QVERIFY(archive.ok());
        QList<int> order;
        QList<QThread*> threads;
        writer.move(m_ids, archive.value(), [&](const Status& s) {
            QVERIFY(s.ok());
            order.append(1);
            threads.append(QThread::currentThread());
        });
        writer.moveToTrash({m_ids.first()}, [&](const Status& s) {
            QVERIFY(s.ok());
            order.append(2);
            threads.append(QThread::currentThread());
        });
        writer.restore({m_ids.first()}, [&](const Status& s) {
            QVERIFY(s.ok());
            order.append(3);
        });
        QCOMPARE(writer.pending(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 20000);
        QCOMPARE(order, (QList<int>{1, 2, 3}));
        QCOMPARE(threads, (QList<QThread*>{QThread::currentThread(), QThread::currentThread()}));
        QCOMPARE(writer.pending(), 0);
        for (const qint64 id : m_ids) {
            QCOMPARE(folderOf(id), archive.value()); // restored from Trash to where it was
        }
    }

    void callerStaysFreeWhileTheWriteWaitsForTheLock()
    {
        localedit::LocalWriter writer(path());
        auto locker = store::Database::open(path());
        QVERIFY(locker.ok());
        store::Transaction tx(*locker.value());
        QVERIFY(tx.begin().ok()); // BEGIN IMMEDIATE: holds SQLite's write lock
        QSignalSpy written(&writer, &localedit::LocalWriter::written);
        writer.setFlags(m_ids, store::Flags(store::Flag::Flagged), {});
        // Had the write run here, setFlags() would have waited for the busy timeout and failed.
        QTimer tick;
        QSignalSpy ticks(&tick, &QTimer::timeout);
        tick.start(20);
        QTRY_VERIFY(ticks.size() >= 3);
        QCOMPARE(writer.pending(), 1);
        QCOMPARE(written.size(), 0);
        tx.rollback();
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 20000);
        QCOMPARE(written.first().first().toBool(), true);
        auto s = store::MessageStore(*m_db).summary(m_ids.first());
        QVERIFY(s.ok() && s->flags.testFlag(store::Flag::Flagged));
    }

    void failureReachesTheCaller()
    {
        localedit::LocalWriter writer(path());
        auto gone = store::FolderStore(*m_db).create(0, QStringLiteral("Gone"));
        QVERIFY(gone.ok());
        QVERIFY(store::FolderStore(*m_db).remove(gone.value()).ok());
        std::optional<Error> error;
        writer.move(m_ids, gone.value(), [&](const Status& s) {
            if (!s) {
                error = s.error();
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 20000);
        QCOMPARE(error->code, ErrorCode::StorageFailed);
        for (const qint64 id : m_ids) {
            QCOMPARE(folderOf(id), m_inbox);
        }
    }

    // Issue 28: the window's account edits go the way of its other edits: queued in order with
    // them, written while the caller's thread stays free, a failure reported with its typed error.
    void accountEditsAreWrittenInOrderWithTheOtherEdits()
    {
        account::AccountSettings s;
        s.name = QStringLiteral("Work");
        s.host = QStringLiteral("pop.example.org");
        s.username = QStringLiteral("u");
        auto work = account::AccountRepository(*m_db).add(s);
        s.name = QStringLiteral("Home");
        auto home = account::AccountRepository(*m_db).add(s);
        QVERIFY(work.ok() && home.ok());

        localedit::LocalWriter writer(path());
        auto locker = store::Database::open(path());
        QVERIFY(locker.ok());
        store::Transaction tx(*locker.value());
        QVERIFY(tx.begin().ok()); // a sync committing a batch holds SQLite's write lock
        QStringList order;
        std::optional<Error> error;
        account::AccountSettings renamed = work.value();
        renamed.name = QStringLiteral("Job");
        account::AccountSettings gone = renamed;
        gone.id = home->id + 100;
        writer.setFlags(m_ids, store::Flags(store::Flag::Flagged), {}, [&](const Status& st) {
            QVERIFY(st.ok());
            order.append(QStringLiteral("flags"));
        });
        writer.updateAccount(renamed, [&](const Status& st) {
            QVERIFY(st.ok());
            order.append(QStringLiteral("renamed"));
        });
        writer.reorderAccounts({home->id, work->id}, [&](const Status& st) {
            QVERIFY(st.ok());
            order.append(QStringLiteral("reordered"));
        });
        writer.updateAccount(gone, [&](const Status& st) {
            if (!st) {
                error = st.error();
            }
            order.append(QStringLiteral("gone"));
        });
        // Had they been written on this thread, each would have waited out the busy timeout.
        QTimer tick;
        QSignalSpy ticks(&tick, &QTimer::timeout);
        tick.start(20);
        QTRY_VERIFY(ticks.size() >= 3);
        QCOMPARE(writer.pending(), 4);
        QVERIFY(order.isEmpty());
        QCOMPARE(account::AccountRepository(*m_db).byId(work->id)->name, QStringLiteral("Work"));
        tx.rollback();

        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, 20000);
        QCOMPARE(order, (QStringList{QStringLiteral("flags"), QStringLiteral("renamed"),
                                     QStringLiteral("reordered"), QStringLiteral("gone")}));
        QVERIFY(error.has_value());
        QCOMPARE(error->code, ErrorCode::InvalidSetting);
        const auto accounts = account::AccountRepository(*m_db).list();
        QVERIFY(accounts.ok());
        QCOMPARE(accounts->size(), 2);
        QCOMPARE(accounts->first().id, home->id);
        QCOMPARE(accounts->last().name, QStringLiteral("Job"));
    }

    void destructorFinishesQueuedWrites()
    {
        {
            localedit::LocalWriter writer(path());
            writer.moveToTrash(m_ids);
        }
        auto trash = store::FolderStore(*m_db).trash();
        QVERIFY(trash.ok());
        for (const qint64 id : m_ids) {
            QCOMPARE(folderOf(id), trash.value());
        }
    }
};

QTEST_GUILESS_MAIN(tst_LocalWriter)
#include "tst_LocalWriter.moc"
