// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/store/Migrations.h"
#include "core/store/ThreadBackfill.h"
#include "core/store/Transaction.h"
#include "tests/support/ThreadingCases.h"

#include <QProcess>
#include <csignal>
#include <unistd.h>

using namespace postbag;
using namespace postbag::store;
using namespace postbag::store::test;

namespace {

NewMessage toNewMessage(const postbag::test::ThreadMail& mail, qint64 accountId, qint64 folderId)
{
    NewMessage m = makeMessage(accountId, folderId, QString(), mail.subject);
    m.fromName = mail.label; // the test's name for it
    m.messageId = mail.messageId;
    m.references = mail.references;
    m.inReplyTo = mail.inReplyTo;
    m.date = QDateTime::fromSecsSinceEpoch(mail.date, Qt::UTC);
    m.raw = "Message-ID: <" + mail.messageId.toUtf8() + ">\r\nX-Label: " + mail.label.toUtf8() +
            "\r\n\r\nbody\r\n";
    return m;
}

// The messages' names (from_name) grouped by thread: each group sorted, the groups sorted. A
// message without a thread is a group named "unthreaded".
QList<QStringList> groups(Database& db)
{
    const auto all =
        rows(db, QStringLiteral("SELECT from_name, coalesce(thread_id, -1) FROM messages"), 2);
    if (!all) {
        return {{QStringLiteral("error: ") + all.error().toLogString()}};
    }
    QMap<qint64, QStringList> byThread;
    for (const QVariantList& r : all.value()) {
        const qint64 t = r.at(1).toLongLong();
        byThread[t].append(t < 0 ? QStringLiteral("unthreaded") : r.at(0).toString());
    }
    return postbag::test::sortedGroups(byThread);
}

// 300 conversations of four messages, each reply naming its whole ancestry; odd ones listed
// children first, so threading them in id order must merge threads.
QList<postbag::test::ThreadMail> conversations()
{
    QList<postbag::test::ThreadMail> out;
    for (int k = 0; k < 300; ++k) {
        QList<postbag::test::ThreadMail> one;
        QStringList refs;
        for (int i = 0; i < 4; ++i) {
            const QString id = QStringLiteral("t%1-%2@x").arg(k).arg(i);
            one.append({QStringLiteral("t%1-%2").arg(k).arg(i), id, refs.join(u' '),
                        refs.value(refs.size() - 1),
                        (i ? QStringLiteral("Re: Topic %1") : QStringLiteral("Topic %1")).arg(k),
                        1000 + i});
            refs.append(id);
        }
        if (k % 2) {
            std::reverse(one.begin(), one.end());
        }
        out.append(one);
    }
    return out;
}

bool check(const Status& s)
{
    if (!s) {
        qWarning() << s.error().toLogString();
    }
    return s.ok();
}

// A profile as release 8 wrote it (schema 8, no threads), holding `mails` in the Work inbox.
bool makeSchema8Profile(const QString& path, const QList<postbag::test::ThreadMail>& mails)
{
    auto db = openUnmigrated(path);
    if (!db || !Migrations::migrate(*db.value(), 8).ok()) {
        return false;
    }
    Database& d = *db.value();
    if (!check(run(d, QStringLiteral("INSERT INTO accounts(name) VALUES('Work')"), {})) ||
        !check(run(
            d, QStringLiteral("INSERT INTO folders(account_id, kind, name) VALUES(1, 1, 'Inbox')"),
            {}))) {
        return false;
    }
    Transaction tx(d);
    if (!tx.begin().ok()) {
        return false;
    }
    for (const auto& m : mails) {
        const auto blob = sql::insert(
            d,
            QStringLiteral("INSERT INTO blobs(sha256, size, codec, data) VALUES(x'00', 1, 0, "
                           "x'41')"),
            {});
        if (!blob ||
            !check(run(d,
                       QStringLiteral(
                           "INSERT INTO messages(folder_id, account_id, blob_id, subject, "
                           "from_name, date, received, size, message_id, in_reply_to, refs) "
                           "SELECT id, 1, ?, ?, ?, ?, ?, 1, ?, ?, ? FROM folders WHERE kind = 1"),
                       {blob.value(), m.subject, m.label, m.date, m.date, m.messageId,
                        sql::text(m.inReplyTo), sql::text(m.references)}))) {
            return false;
        }
    }
    return tx.commit().ok();
}

} // namespace

class tst_StoreThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void casesInAnyWriteOrder_data();
    void casesInAnyWriteOrder();
    void oneBatchThreadsLikeSingleWrites();
    void threadsCrossAccountsAndCopies();
    void threadColumnsAreKept();
    void mergesUpdateByIndex();
    void migrationThreadsAnOldProfile();
    void migrationResumesAfterAStop();
    void migrationResumesAfterAKill();
};

void tst_StoreThreads::casesInAnyWriteOrder_data()
{
    QTest::addColumn<int>("index");
    const auto all = postbag::test::threadingCases();
    for (int i = 0; i < all.size(); ++i) {
        QTest::newRow(all.at(i).name) << i;
    }
}

void tst_StoreThreads::casesInAnyWriteOrder()
{
    QFETCH(int, index);
    const postbag::test::ThreadCase c = postbag::test::threadingCases().at(index);
    StoreFixture f;
    QVERIFY(f.setUp());
    MessageStore store(*f.db);
    auto orders = postbag::test::writeOrders(int(c.mails.size()));
    // Every order of few messages is many profiles: a spread of them (the first, the last and
    // every seventh) is enough on real files; the pure tests cover them all.
    QList<QList<int>> chosen;
    for (int i = 0; i < orders.size(); ++i) {
        if (i % 7 == 0 || i == orders.size() - 1) {
            chosen.append(orders.at(i));
        }
    }
    for (const QList<int>& order : std::as_const(chosen)) {
        for (const char* table : {"messages", "threads", "thread_nodes"}) {
            STORE_OK(
                run(*f.db, QStringLiteral("DELETE FROM %1").arg(QLatin1StringView(table)), {}));
        }
        for (const int i : order) {
            STORE_OK(store.insert(toNewMessage(c.mails.at(i), f.account.id, f.account.inboxId)));
        }
        QCOMPARE(groups(*f.db), c.threads);
    }
}

void tst_StoreThreads::oneBatchThreadsLikeSingleWrites()
{
    StoreFixture f;
    QVERIFY(f.setUp());
    QList<NewMessage> batch;
    QList<QStringList> expected;
    for (const auto& c : postbag::test::threadingCases()) {
        if (QByteArrayView(c.name) == "parent after children") {
            for (const auto& mail : c.mails) {
                batch.append(toNewMessage(mail, f.account.id, f.account.inboxId));
            }
            expected = c.threads;
        }
    }
    QVERIFY(!batch.isEmpty());
    STORE_OK(MessageStore(*f.db).insertBatch(batch));
    QCOMPARE(groups(*f.db), expected);
}

void tst_StoreThreads::threadsCrossAccountsAndCopies()
{
    StoreFixture f;
    QVERIFY(f.setUp());
    const auto home = AccountStore(*f.db).create(QStringLiteral("Home"));
    STORE_OK(home);
    MessageStore store(*f.db);
    const auto a = store.insert(toNewMessage(
        {QStringLiteral("A"), QStringLiteral("a@x"), {}, {}, QStringLiteral("Plan"), 1},
        f.account.id, f.account.inboxId));
    STORE_OK(a);
    const auto b = store.insert(toNewMessage({QStringLiteral("B"),
                                              QStringLiteral("b@x"),
                                              QStringLiteral("a@x"),
                                              {},
                                              QStringLiteral("Re: Plan"),
                                              2},
                                             home->id, home->inboxId));
    STORE_OK(b);
    const auto copies = store.copy({a->id}, f.archive);
    STORE_OK(copies);
    STORE_OK(store.move({b->id}, f.archive));
    const auto threads = rows(*f.db, QStringLiteral("SELECT DISTINCT thread_id FROM messages"), 1);
    STORE_OK(threads);
    QCOMPARE(threads->size(), 1);
    QVERIFY(!threads->constFirst().constFirst().isNull());
}

void tst_StoreThreads::threadColumnsAreKept()
{
    StoreFixture f;
    QVERIFY(f.setUp());
    MessageStore store(*f.db);
    STORE_OK(store.insert(toNewMessage({QStringLiteral("B"),
                                        QStringLiteral("b@x"),
                                        QStringLiteral("a@x"),
                                        {},
                                        QStringLiteral("b"),
                                        500},
                                       f.account.id, f.account.inboxId)));
    STORE_OK(store.insert(
        toNewMessage({QStringLiteral("A"), QStringLiteral("a@x"), {}, {}, QStringLiteral("a"), 100},
                     f.account.id, f.account.inboxId)));
    const auto t = rows(*f.db, QStringLiteral("SELECT size, newest, root FROM threads"), 3);
    STORE_OK(t);
    QCOMPARE(t->size(), 1);
    QCOMPARE(t->constFirst(), (QVariantList{2, 500, QStringLiteral("a@x")}));
    const auto nodes =
        rows(*f.db,
             QStringLiteral("SELECT message_id, parent FROM thread_nodes ORDER BY message_id"), 2);
    STORE_OK(nodes);
    QCOMPARE(nodes.value(), (QList<QVariantList>{{QStringLiteral("a@x"), QString()},
                                                 {QStringLiteral("b@x"), QStringLiteral("a@x")}}));
}

void tst_StoreThreads::mergesUpdateByIndex()
{
    // Bounded work per message: what a merge and a placement run never scans a table.
    StoreFixture f;
    QVERIFY(f.setUp());
    for (const QString& statement :
         {QStringLiteral("UPDATE messages SET thread_id = 1 WHERE thread_id = 2"),
          QStringLiteral("UPDATE thread_nodes SET thread_id = 1 WHERE thread_id = 2"),
          QStringLiteral("SELECT id FROM threads WHERE subject_key = 'x' AND subject_key <> '' AND "
                         "subject_reply = 0 AND subject_date <= 5 ORDER BY subject_date DESC, id "
                         "DESC LIMIT 1"),
          QStringLiteral("SELECT id FROM threads WHERE subject_key = 'x' AND subject_key <> '' AND "
                         "subject_reply = 1 AND subject_date >= 5 ORDER BY id")}) {
        const auto plan = rows(*f.db, u"EXPLAIN QUERY PLAN " + statement, 4);
        STORE_OK(plan);
        for (const QVariantList& step : plan.value()) {
            const QString detail = step.at(3).toString();
            QVERIFY2(!detail.startsWith(u"SCAN"), qPrintable(statement + u": " + detail));
        }
    }
}

void tst_StoreThreads::migrationThreadsAnOldProfile()
{
    QTemporaryDir dir;
    const QList<postbag::test::ThreadMail> mails = conversations();
    const QString oldPath = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeSchema8Profile(oldPath, mails));
    QList<QPair<qint64, qint64>> reports;
    Database::Options options;
    options.migrationProgress = [&reports](qint64 done, qint64 total) {
        reports.append({done, total});
        return true;
    };
    auto db = Database::open(oldPath, options);
    STORE_OK(db);
    QCOMPARE(db.value()->userVersion().value(), 9);
    // Written fresh, the same messages form the same threads.
    StoreFixture fresh;
    QVERIFY(fresh.setUp());
    for (const auto& m : mails) {
        STORE_OK(MessageStore(*fresh.db).insert(
            toNewMessage(m, fresh.account.id, fresh.account.inboxId)));
    }
    const QList<QStringList> threads = groups(*db.value());
    QCOMPARE(threads.size(), 300);
    QCOMPARE(threads, groups(*fresh.db));
    QCOMPARE(reports.size(), 3); // 1,200 messages in batches of 500
    QCOMPARE(reports.constLast(), (QPair<qint64, qint64>{1200, 1200}));
    const auto left = rows(*db.value(), QStringLiteral("SELECT count(*) FROM thread_backfill"), 1);
    STORE_OK(left);
    QCOMPARE(left->constFirst().constFirst().toInt(), 0);
}

void tst_StoreThreads::migrationResumesAfterAStop()
{
    QTemporaryDir dir;
    const QList<postbag::test::ThreadMail> mails = conversations();
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeSchema8Profile(path, mails));
    {
        Database::Options options;
        options.migrationProgress = [](qint64, qint64) { return false; }; // stop after one batch
        auto db = Database::open(path, options);
        STORE_OK(db);
        const auto unthreaded =
            rows(*db.value(),
                 QStringLiteral("SELECT count(*) FROM messages WHERE thread_id IS NULL"), 1);
        STORE_OK(unthreaded);
        QCOMPARE(unthreaded->constFirst().constFirst().toInt(), 1200 - ThreadBackfill::kBatch);
        // Written meanwhile: threaded at once, and its conversation is joined by the rest later.
        STORE_OK(MessageStore(*db.value())
                     .insert(toNewMessage(
                         {QStringLiteral("late"),
                          QStringLiteral("late@x"),
                          QStringLiteral("t299-0@x t299-3@x"),
                          {},
                          QStringLiteral("Re: Topic 299"),
                          2000},
                         1,
                         db.value()
                             ->scalar(QStringLiteral("SELECT id FROM folders WHERE kind = 1"))
                             .value()
                             .toLongLong())));
    }
    auto db = Database::open(path);
    STORE_OK(db);
    const QList<QStringList> threads = groups(*db.value());
    QCOMPARE(threads.size(), 300);
    for (const QStringList& t : threads) {
        QCOMPARE(t.size(), t.contains(QStringLiteral("late")) ? 5 : 4);
    }
}

void tst_StoreThreads::migrationResumesAfterAKill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeSchema8Profile(path, conversations()));
    // A child process opens the profile and is killed (SIGKILL) when its first batch is committed.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POSTBAG_THREADS_KILL_CHILD"), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    {
        auto old = openUnmigrated(path);
        STORE_OK(old);
        const auto mark =
            rows(*old.value(), QStringLiteral("SELECT next_id FROM thread_backfill"), 1);
        STORE_OK(mark);
        QCOMPARE(mark->size(), 1); // stopped midway
        QVERIFY(mark->constFirst().constFirst().toLongLong() > 0);
    }
    auto db = Database::open(path);
    STORE_OK(db);
    const QList<QStringList> threads = groups(*db.value());
    QCOMPARE(threads.size(), 300);
    for (const QStringList& t : threads) {
        QCOMPARE(t.size(), 4);
    }
}

int main(int argc, char** argv)
{
    const QString killChild = qEnvironmentVariable("POSTBAG_THREADS_KILL_CHILD");
    if (!killChild.isEmpty()) {
        QCoreApplication app(argc, argv);
        Database::Options options;
        options.migrationProgress = [](qint64, qint64) {
            ::kill(::getpid(), SIGKILL);
            return true;
        };
        return Database::open(killChild, options) ? 0 : 1;
    }
    QCoreApplication app(argc, argv);
    tst_StoreThreads test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_StoreThreads.moc"
