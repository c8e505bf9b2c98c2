// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MessageSearch's bounded ranking: the most recently stored matches are ranked by relevance with
// recency, older ones follow in stored order, and paging reaches every match exactly once.
#include "StoreFixture.h"
#include "core/store/MessageSearch.h"

using namespace postbag;
using namespace postbag::store;
using namespace postbag::store::test;
using namespace Qt::Literals::StringLiterals;

class tst_SearchRanking : public QObject
{
    Q_OBJECT

    StoreFixture m_f;
    QHash<qint64, QString> m_keys; // by id
    MessageSearch::Options m_options;

    QStringList run(const QString& query, int offset, int limit, int window)
    {
        MessageSearch::Options options = m_options;
        options.rankWindow = window;
        const auto hits =
            MessageSearch(*m_f.db).search(SearchQuery::parse(query), offset, limit, options);
        if (!hits) {
            qWarning() << hits.error().toLogString();
            return {u"<error>"_s};
        }
        QStringList out;
        for (const SearchHit& h : hits.value()) {
            out.append(m_keys.value(h.id, u"?"_s));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.setUp());
        // Stored in this order (s1 first). s2 and s4 match in the subject, the rest in the body;
        // s1 and s2 are unread. Same date, same lengths: only the text and the id tell them apart.
        struct Spec
        {
            const char* key;
            const char* subject;
            const char* body;
            bool seen;
        };
        const Spec specs[] = {
            {"s1", "Note one", "alpha filler words here", false},
            {"s2", "Alpha two", "filler words here", false},
            {"s3", "Note three", "alpha filler words here", true},
            {"s4", "Alpha four", "filler words here", true},
            {"s5", "Note five", "alpha filler words here", true},
            {"s6", "Note six", "alpha filler words here", true},
        };
        MessageStore store(*m_f.db);
        for (const Spec& s : specs) {
            NewMessage m =
                makeMessage(m_f.account.id, m_f.account.inboxId, QString::fromUtf8(s.key),
                            QString::fromUtf8(s.subject), QString::fromUtf8(s.body));
            m.seen = s.seen;
            const auto r = store.insert(m);
            STORE_OK(r);
            m_keys.insert(r->id, QString::fromUtf8(s.key));
        }
        m_options.zone = QTimeZone::utc();
        m_options.now = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    }

    void rankFunction()
    {
        // Debian's QSQLITE uses the system SQLite Postbag links, so the function is there.
        QVERIFY(m_f.db->hasSearchRank());
        const auto ranks = rows(*m_f.db,
                                u"SELECT rowid, postbag_rank(search, 4.0, 2.0, 1.5, 1.0, 1.5), "
                                u"postbag_rank(search) FROM search WHERE search MATCH 'alpha'"_s,
                                3);
        STORE_OK(ranks);
        QHash<QString, double> weighted, plain;
        for (const QVariantList& q : ranks.value()) {
            weighted.insert(m_keys.value(q.value(0).toLongLong()), q.value(1).toDouble());
            plain.insert(m_keys.value(q.value(0).toLongLong()), q.value(2).toDouble());
        }
        QCOMPARE(weighted.size(), 6);
        for (const QString& body : {u"s1"_s, u"s3"_s, u"s5"_s, u"s6"_s}) {
            QVERIFY(weighted.value(body) < 0);
            QVERIFY(weighted.value(u"s2"_s) < weighted.value(body)); // subject weighs 4x
            QVERIFY(weighted.value(u"s4"_s) < weighted.value(body));
            QCOMPARE(weighted.value(body), weighted.value(u"s1"_s)); // same counts and lengths
            QVERIFY(plain.value(body) < 0);
        }
        // The weights are what lifts the subject hit.
        QVERIFY(weighted.value(u"s2"_s) < plain.value(u"s2"_s));
        // Two occurrences beat one.
        const auto twice = rows(*m_f.db,
                                u"SELECT postbag_rank(search) FROM search WHERE search MATCH "
                                u"'alpha OR filler' ORDER BY rowid"_s,
                                1);
        STORE_OK(twice);
        QList<double> both;
        for (const QVariantList& q : twice.value()) {
            both.append(q.value(0).toDouble());
        }
        QCOMPARE(both.size(), 6);
        QVERIFY(both.at(0) < plain.value(u"s1"_s));
    }

    void wholeSetIsRankedWhenItFitsTheWindow()
    {
        QCOMPARE(run(u"alpha"_s, 0, 50, MessageSearch::kRankWindow),
                 (QStringList{u"s4"_s, u"s2"_s, u"s6"_s, u"s5"_s, u"s3"_s, u"s1"_s}));
    }

    void olderMatchesFollowTheWindowInStoredOrder()
    {
        // Window of 3: s4..s6 ranked (the subject match first), then s3, s2, s1 newest first,
        // although s2 is a subject match.
        const QStringList expected{u"s4"_s, u"s6"_s, u"s5"_s, u"s3"_s, u"s2"_s, u"s1"_s};
        QCOMPARE(run(u"alpha"_s, 0, 50, 3), expected);
        QCOMPARE(run(u"alph*"_s, 0, 50, 3), expected); // prefix queries rank the same way
        QCOMPARE(run(u"alpha"_s, 0, 50, 0),
                 (QStringList{u"s6"_s, u"s5"_s, u"s4"_s, u"s3"_s, u"s2"_s, u"s1"_s}));
    }

    void pagesGiveEveryMatchOnce_data()
    {
        QTest::addColumn<int>("window");
        for (const int w : {0, 1, 3, 5, 6, 7, MessageSearch::kRankWindow}) {
            QTest::addRow("window %d", w) << w;
        }
    }

    void pagesGiveEveryMatchOnce()
    {
        QFETCH(int, window);
        const int total =
            m_f.db->scalar(u"SELECT count(*) FROM search WHERE search MATCH 'alpha'"_s)
                .value()
                .toInt();
        const QStringList whole = run(u"alpha"_s, 0, 100, window);
        QCOMPARE(whole.size(), total);
        for (int limit = 1; limit <= total + 1; ++limit) {
            QStringList paged;
            for (int offset = 0; offset < total + limit; offset += limit) {
                const QStringList page = run(u"alpha"_s, offset, limit, window);
                // Full pages until the matches run out: the list model stops at a short page.
                QCOMPARE(page.size(), qBound(0, total - offset, limit));
                paged += page;
            }
            QCOMPARE(paged, whole);
        }
        QCOMPARE(run(u"alpha"_s, 0, 0, window), QStringList());
        QCOMPARE(run(u"alpha"_s, -5, 2, window), whole.mid(0, 2));
    }

    void filtersApplyBeforeTheWindow()
    {
        // The unread matches are the two stored first; a window of 2 taken before the filter
        // would hold none of them.
        QCOMPARE(run(u"alpha is:unread"_s, 0, 50, 2), (QStringList{u"s2"_s, u"s1"_s}));
        QCOMPARE(run(u"alpha -is:unread"_s, 0, 50, 2),
                 (QStringList{u"s6"_s, u"s5"_s, u"s4"_s, u"s3"_s}));
        QCOMPARE(run(u"alpha is:unread"_s, 1, 50, 1), (QStringList{u"s1"_s}));
    }

    void snippetsOnEveryPage()
    {
        MessageSearch::Options options = m_options;
        options.rankWindow = 1;
        for (int offset = 0; offset < 6; ++offset) {
            const auto hits =
                MessageSearch(*m_f.db).search(SearchQuery::parse(u"alpha"_s), offset, 1, options);
            STORE_OK(hits);
            QCOMPARE(hits->size(), 1);
            // The body's words, with the match highlighted where the body has it (the subject
            // is never repeated).
            const QString snippet = hits->front().snippet;
            const QString plain = QString(snippet)
                                      .remove(MessageSearch::kHighlightBegin)
                                      .remove(MessageSearch::kHighlightEnd);
            QVERIFY2(plain.endsWith(u"filler words here"_s), qPrintable(snippet));
            QCOMPARE(snippet.startsWith(MessageSearch::kHighlightBegin + u"alpha"_s),
                     plain.startsWith(u"alpha"_s));
            QCOMPARE(hits->front().summary.id, hits->front().id);
            QVERIFY(!hits->front().summary.subject.isEmpty());
        }
    }

    void strongRecentMatchFirstAmongManyMatches()
    {
        // More matches than the default window: a recent message whose subject names the word
        // still comes first, and every match stays reachable.
        StoreFixture f;
        QVERIFY(f.setUp());
        const int count = MessageSearch::kRankWindow + 200;
        QList<NewMessage> batch;
        for (int i = 0; i < count; ++i) {
            const bool strong = i == count / 2;
            NewMessage m = makeMessage(f.account.id, f.account.inboxId, u"m%1"_s.arg(i),
                                       strong ? u"Omega plan"_s : u"Weekly note %1"_s.arg(i),
                                       u"the omega project status, part %1"_s.arg(i));
            m.date = QDateTime(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC).addSecs(3600 * (i % 50));
            if (strong) {
                m.date = QDateTime(QDate(2024, 5, 30), QTime(12, 0), Qt::UTC);
            }
            batch.append(m);
        }
        const auto inserted = MessageStore(*f.db).insertBatch(batch);
        STORE_OK(inserted);
        const qint64 strongId = inserted->at(count / 2).id;

        MessageSearch search(*f.db);
        const auto first = search.search(SearchQuery::parse(u"omega"_s), 0, 50, m_options);
        STORE_OK(first);
        QCOMPARE(first->size(), 50);
        QCOMPARE(first->front().id, strongId);

        QSet<qint64> seen;
        for (int offset = 0;; offset += 300) {
            const auto page = search.search(SearchQuery::parse(u"omega"_s), offset, 300, m_options);
            STORE_OK(page);
            for (const SearchHit& h : page.value()) {
                seen.insert(h.id);
            }
            if (page->size() < 300) {
                break;
            }
        }
        QCOMPARE(seen.size(), count);
    }
};

QTEST_GUILESS_MAIN(tst_SearchRanking)
#include "tst_SearchRanking.moc"
