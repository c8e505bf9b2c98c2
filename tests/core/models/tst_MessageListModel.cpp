// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFixture.h"
#include "core/models/MessageListModel.h"
#include "core/models/UnifiedInboxSource.h"
#include "core/store/SortKeys.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace postbag;
using namespace postbag::models;
using Tester = QAbstractItemModelTester;

// The message list over a real store: paging, sorting, the unified inbox, search, and mail that
// arrives while a view (here a QAbstractItemModelTester) is attached.
class tst_MessageListModel : public QObject
{
    Q_OBJECT

    static void fetchAll(MessageListModel& model)
    {
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
    }

    static QList<qint64> ids(const MessageListModel& model)
    {
        QList<qint64> out;
        for (int r = 0; r < model.rowCount(); ++r) {
            out.append(model.messageIdAt(r));
        }
        return out;
    }

    static bool unique(const QList<qint64>& list)
    {
        return QSet<qint64>(list.cbegin(), list.cend()).size() == list.size();
    }

private Q_SLOTS:
    // 10,000 messages open with one page and page in on demand, each row exactly once.
    void pagesThroughTenThousand()
    {
        test::ModelFixture f;
        QVERIFY(f.setUp({QStringLiteral("Work")}));
        const qint64 inbox = f.accounts[0].inboxId;
        QCOMPARE(f.generate(f.accounts[0].id, inbox, 10'000).size(), 10'000);
        MessageListModel model(*f.db);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        MODEL_OK(model.showFolder(inbox));
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        int pages = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
        }
        QCOMPARE(pages, 50);
        QCOMPARE(model.rowCount(), 10'000);
        const QList<qint64> all = ids(model);
        QVERIFY(unique(all));
        for (int r = 1; r < model.rowCount(); ++r) { // newest first, ties by id
            const auto& a = model.rowAt(r - 1)->summary;
            const auto& b = model.rowAt(r)->summary;
            QVERIFY(a.date > b.date || (a.date == b.date && a.id > b.id));
        }
        const QModelIndex first = model.index(0, MessageListModel::SubjectColumn);
        QCOMPARE(first.data(MessageIdRole).toLongLong(), all.first());
        QVERIFY(!model.index(0, MessageListModel::DateColumn).data().toString().isEmpty());
    }

    // Every sortable column gives exactly the store's page order, paged; the others keep order.
    void sortsByEachColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c = 0; c < MessageListModel::ColumnCount; ++c) {
            for (const auto o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("column %d %s", c, o == Qt::AscendingOrder ? "asc" : "desc")
                    << c << int(o);
            }
        }
    }

    void sortsByEachColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        test::ModelFixture f;
        QVERIFY(f.setUp({QStringLiteral("Work")}));
        const qint64 inbox = f.accounts[0].inboxId;
        f.generate(f.accounts[0].id, inbox, 500);
        MessageListModel model(*f.db);
        model.setPageSize(64);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        MODEL_OK(model.showFolder(inbox));
        const QList<qint64> unsorted = [&] {
            fetchAll(model);
            return ids(model);
        }();
        model.sort(column, Qt::SortOrder(order));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 500);
        const auto key = MessageListModel::sortKeyOf(column);
        if (!key) {
            QCOMPARE(ids(model), unsorted);
            return;
        }
        auto expected = store::MessageStore(*f.db).page(inbox, *key, Qt::SortOrder(order), 0, 1000);
        MODEL_OK(expected);
        QList<qint64> expectedIds;
        for (const auto& s : expected.value()) {
            expectedIds.append(s.id);
        }
        QCOMPARE(ids(model), expectedIds);
        // The same order as the merge comparator the unified inbox uses.
        for (int r = 1; r < model.rowCount(); ++r) {
            const auto& a = model.rowAt(r - 1)->summary;
            const auto& b = model.rowAt(r)->summary;
            QVERIFY2(order == Qt::AscendingOrder ? store::SortKeys::before(a, b, *key)
                                                 : store::SortKeys::before(b, a, *key),
                     qPrintable(a.subject + u" / " + b.subject));
        }
    }

    // Two accounts' inboxes merged in order, every message once, the sender naming the account.
    void unifiedInboxOverTwoAccounts()
    {
        test::ModelFixture f;
        QVERIFY(f.setUp({QStringLiteral("Work"), QStringLiteral("Home")}));
        f.generate(f.accounts[0].id, f.accounts[0].inboxId, 450, 1'700'000'000);
        f.generate(f.accounts[1].id, f.accounts[1].inboxId, 330, 1'700'000'030);
        MessageListModel model(*f.db);
        model.setPageSize(100);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        MODEL_OK(model.showUnifiedInbox());
        QVERIFY(model.spansAccounts());
        QCOMPARE(model.rowCount(), 100);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 780);
        QVERIFY(unique(ids(model)));
        QSet<qint64> accounts;
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto& s = model.rowAt(r)->summary;
            accounts.insert(s.accountId);
            const QString name = s.accountId == f.accounts[0].id ? QStringLiteral("(Work)")
                                                                 : QStringLiteral("(Home)");
            QVERIFY(model.index(r, MessageListModel::SenderColumn).data().toString().endsWith(name));
            if (r > 0) {
                QVERIFY(
                    store::SortKeys::before(s, model.rowAt(r - 1)->summary, store::SortKey::Date));
            }
        }
        QCOMPARE(accounts.size(), 2);
        for (const int column : {int(MessageListModel::SubjectColumn),
                                 int(MessageListModel::SenderColumn),
                                 int(MessageListModel::SizeColumn)}) {
            model.sort(column, Qt::AscendingOrder);
            fetchAll(model);
            QCOMPARE(model.rowCount(), 780);
            QVERIFY(unique(ids(model)));
            const auto key = *MessageListModel::sortKeyOf(column);
            for (int r = 1; r < model.rowCount(); ++r) {
                QVERIFY(store::SortKeys::before(model.rowAt(r - 1)->summary,
                                                model.rowAt(r)->summary, key));
            }
        }
    }

    // An account added or removed while the unified inbox is shown: the next refresh shows
    // exactly the inboxes that exist then, without an error.
    void unifiedInboxFollowsAccountsAddedAndRemoved()
    {
        test::ModelFixture f;
        QVERIFY(f.setUp({QStringLiteral("Work")}));
        const QList<qint64> work = f.generate(f.accounts[0].id, f.accounts[0].inboxId, 30);
        MessageListModel model(*f.db);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &MessageListModel::errorOccurred);
        MODEL_OK(model.showUnifiedInbox());
        QCOMPARE(model.rowCount(), 30);

        auto home = store::AccountStore(*f.db).create(QStringLiteral("Home"));
        MODEL_OK(home);
        const QList<qint64> homeMail = f.generate(home->id, home->inboxId, 20, 1'800'000'000);
        MODEL_OK(model.refresh());
        fetchAll(model);
        QCOMPARE(model.rowCount(), 50);
        QList<qint64> shown = ids(model);
        std::sort(shown.begin(), shown.end());
        QList<qint64> expected = work + homeMail;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);

        MODEL_OK(store::AccountStore(*f.db).remove(f.accounts[0].id));
        MODEL_OK(model.refresh());
        fetchAll(model);
        shown = ids(model);
        std::sort(shown.begin(), shown.end());
        QList<qint64> homeSorted = homeMail;
        std::sort(homeSorted.begin(), homeSorted.end());
        QCOMPARE(shown, homeSorted);
        QCOMPARE(errors.count(), 0);
    }

    // Sync adds, flags and removes mail while the list is open: rows are inserted, changed and
    // removed (never a reset) and a persistent index follows its message.
    void rowsChangeWhileTesterAttached()
    {
        test::ModelFixture f;
        QVERIFY(f.setUp({QStringLiteral("Work")}));
        const qint64 inbox = f.accounts[0].inboxId;
        f.generate(f.accounts[0].id, inbox, 300, 1'700'000'000);
        MessageListModel model(*f.db);
        model.setPageSize(100);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        MODEL_OK(model.showFolder(inbox));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        const QPersistentModelIndex tenth = model.index(10, MessageListModel::SubjectColumn);
        const qint64 tenthId = tenth.data(MessageIdRole).toLongLong();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QList<qint64> fresh = f.generate(f.accounts[0].id, inbox, 3, 1'800'000'000);
        MODEL_OK(model.refresh());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(model.rowCount(), 203);
        QCOMPARE(tenth.row(), 13);
        QCOMPARE(tenth.data(MessageIdRole).toLongLong(), tenthId);
        const QSet<qint64> top{model.messageIdAt(0), model.messageIdAt(1), model.messageIdAt(2)};
        QCOMPARE(top, QSet<qint64>(fresh.cbegin(), fresh.cend()));

        MODEL_OK(store::MessageStore(*f.db).setFlags({tenthId}, store::Flag::Flagged, {}));
        MODEL_OK(model.refresh());
        QCOMPARE(changed.size(), 1);
        QVERIFY(tenth.data(FlaggedRole).toBool());

        const qint64 victim = model.messageIdAt(5);
        MODEL_OK(store::MessageStore(*f.db).moveToTrash({victim}));
        MODEL_OK(model.refresh());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOfMessage(victim), -1);
        QCOMPARE(tenth.row(), 12);
        QCOMPARE(resets.size(), 0);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 302);
        QVERIFY(unique(ids(model)));
    }

    // Mail arriving between two pages shifts the store's offsets: no row may appear twice.
    void fetchMoreAfterArrivalHasNoDuplicates()
    {
        test::ModelFixture f;
        QVERIFY(f.setUp({QStringLiteral("Work")}));
        const qint64 inbox = f.accounts[0].inboxId;
        f.generate(f.accounts[0].id, inbox, 250);
        MessageListModel model(*f.db);
        model.setPageSize(100);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        MODEL_OK(model.showFolder(inbox));
        f.generate(f.accounts[0].id, inbox, 2, 1'800'000'000);
        fetchAll(model);
        QVERIFY(unique(ids(model)));
        MODEL_OK(model.refresh());
        QCOMPARE(model.rowCount(), 252);
        QVERIFY(unique(ids(model)));
    }

    // Exactly a page of newer mail arrived since the list was loaded: the next page holds only
    // rows already shown. Fetching more still makes progress (a view's "fetch until found" loop,
    // such as Next Unread, must end) and every message ends up listed once.
    void fetchMoreAfterAPageOfArrivalsMakesProgress()
    {
        test::ModelFixture f;
        QVERIFY(f.setUp({QStringLiteral("Work")}));
        const qint64 inbox = f.accounts[0].inboxId;
        f.generate(f.accounts[0].id, inbox, 300);
        MessageListModel model(*f.db);
        model.setPageSize(100);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        MODEL_OK(model.showFolder(inbox));
        QCOMPARE(model.rowCount(), 100);
        f.generate(f.accounts[0].id, inbox, 100, 1'800'000'000);
        int calls = 0;
        while (model.canFetchMore({}) && calls < 20) {
            const int before = model.rowCount();
            model.fetchMore({});
            ++calls;
            QVERIFY2(model.rowCount() > before || !model.canFetchMore({}),
                     "fetchMore added nothing and still offers more");
        }
        QCOMPARE(model.rowCount(), 400);
        QVERIFY(unique(ids(model)));
    }

    void toolTipsShowASendersWordsAsText()
    {
        test::ModelFixture f;
        QVERIFY(f.setUp({QStringLiteral("Work")}));
        store::NewMessage m = f.make(f.accounts[0].id, f.accounts[0].inboxId, 1'700'000'000);
        m.subject = QStringLiteral("<img src=\"/dev/zero\">Invoice");
        m.fromName = QStringLiteral("<b>Bank</b>");
        QVERIFY(store::MessageStore(*f.db).insert(m).ok());
        MessageListModel model(*f.db);
        MODEL_OK(model.showFolder(f.accounts[0].inboxId));
        QCOMPARE(model.index(0, MessageListModel::SubjectColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<qt>&lt;img src=&quot;/dev/zero&quot;&gt;Invoice</qt>"));
        QVERIFY(model.index(0, MessageListModel::SenderColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("<qt>&lt;b&gt;Bank&lt;/b&gt; &lt;")));
    }

    void searchResultsWithSnippets()
    {
        test::ModelFixture f;
        QVERIFY(f.setUp({QStringLiteral("Work"), QStringLiteral("Home")}));
        f.generate(f.accounts[0].id, f.accounts[0].inboxId, 120);
        f.generate(f.accounts[1].id, f.accounts[1].inboxId, 120);
        MessageListModel model(*f.db);
        model.setPageSize(10);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        MODEL_OK(model.showSearch(store::SearchQuery::parse(QStringLiteral("zebra"))));
        QCOMPARE(model.rowCount(), 10);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 24); // every 10th message of each account says "zebra"
        QVERIFY(unique(ids(model)));
        const QString snippet = model.index(0, 0).data(SnippetRole).toString();
        QVERIFY2(snippet.contains(QStringLiteral("zebra"), Qt::CaseInsensitive), qPrintable(snippet));
        model.sort(MessageListModel::SizeColumn, Qt::AscendingOrder); // relevance order is kept
        QCOMPARE(model.rowCount(), 24);
        MODEL_OK(model.refresh());
        QCOMPARE(model.rowCount(), 24);
    }
};

QTEST_GUILESS_MAIN(tst_MessageListModel)
#include "tst_MessageListModel.moc"
