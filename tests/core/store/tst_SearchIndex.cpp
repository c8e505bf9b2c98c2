// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/store/MessageSearch.h"

#include <algorithm>

using namespace postbag;
using namespace postbag::store;
using namespace postbag::store::test;
using namespace Qt::Literals::StringLiterals;

class tst_SearchIndex : public QObject
{
    Q_OBJECT

    StoreFixture m_f;
    QHash<QString, qint64> m_ids; // by key
    MessageSearch::Options m_options;

    struct Spec
    {
        QString key, subject, body, fromName, fromAddress, toText;
        QDate date;
        bool seen = false;
        bool flagged = false;
        QString attachment = {};
        int where = 0; // 0 Work inbox, 1 Home inbox, 2 Projects, 3 Archive
    };

    QStringList keysOf(const QList<SearchHit>& hits) const
    {
        QStringList out;
        for (const SearchHit& h : hits) {
            out.append(m_ids.key(h.id));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.setUp());
        const Account home = AccountStore(*m_f.db).create(u"Home"_s).value();
        const qint64 projects = FolderStore(*m_f.db).create(0, u"Projects"_s).value();
        const QList<Spec> specs = {
            {u"cafe"_s,
             u"Café au lait"_s,
             u"Let's meet at the cafe tomorrow"_s,
             u"Jürgen Müller"_s,
             u"jm@example.de"_s,
             u"team@example.com"_s,
             {2024, 3, 10}},
            {u"tokyo"_s,
             u"東京の会議"_s,
             u"明日は東京で日本語の会議があります。"_s,
             u"山田 太郎"_s,
             u"yamada@example.jp"_s,
             u"team@example.com"_s,
             {2024, 2, 1},
             true},
            {u"report"_s,
             u"Quarterly report"_s,
             u"The quarterly numbers are attached"_s,
             u"Alice"_s,
             u"alice@example.org"_s,
             u"Bob <bob@example.net>"_s,
             {2023, 12, 15},
             true,
             true,
             u"report-q1.pdf"_s},
            {u"chinese"_s,
             u"中文邮件"_s,
             u"这是一封中文邮件"_s,
             u"李"_s,
             u"li@example.cn"_s,
             u"team@example.com"_s,
             {2024, 1, 20},
             false,
             false,
             {},
             1},
            {u"inject"_s,
             u"Injection test"_s,
             u"He said \"hello\" and then '; DROP TABLE messages; -- NEAR(x y) AND OR NOT *"_s,
             u"Mallory"_s,
             u"mallory@evil.example"_s,
             u"team@example.com"_s,
             {2024, 4, 1},
             false,
             false,
             {},
             2},
            {u"tools"_s,
             u"Reporting tools"_s,
             u"prefix search reporter"_s,
             u"Carol"_s,
             u"carol@example.org"_s,
             u"team@example.com"_s,
             {2022, 6, 1},
             false,
             false,
             {},
             3},
            {u"budget-new"_s,
             u"Budget plan"_s,
             u"see inside"_s,
             u"Dave"_s,
             u"dave@example.org"_s,
             u"team@example.com"_s,
             {2024, 4, 2},
             true},
            {u"budget-old"_s,
             u"Budget plan"_s,
             u"see inside"_s,
             u"Dave"_s,
             u"dave@example.org"_s,
             u"team@example.com"_s,
             {2019, 1, 1},
             true},
        };
        MessageStore store(*m_f.db);
        for (const Spec& s : specs) {
            const qint64 folder = s.where == 0   ? m_f.account.inboxId
                                  : s.where == 1 ? home.inboxId
                                  : s.where == 2 ? projects
                                                 : m_f.archive;
            NewMessage m = makeMessage(s.where == 1 ? home.id : m_f.account.id, folder, s.key,
                                       s.subject, s.body);
            m.fromName = s.fromName;
            m.fromAddress = s.fromAddress;
            m.toText = s.toText;
            m.recipientAddresses = {};
            m.date = QDateTime(s.date, QTime(12, 0), Qt::UTC);
            m.seen = s.seen;
            m.flagged = s.flagged;
            if (!s.attachment.isEmpty()) {
                m.attachments = {{s.attachment, u"application/pdf"_s, 100, {}, u"2"_s}};
            }
            const auto r = store.insert(m);
            STORE_OK(r);
            m_ids.insert(s.key, r->id);
        }
        m_options.zone = QTimeZone::utc();
        m_options.now = QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::addRow("accent folded") << u"cafe"_s << QStringList{u"cafe"_s};
        QTest::addRow("accent in query") << u"café"_s << QStringList{u"cafe"_s};
        QTest::addRow("upper accent") << u"CAFÉ"_s << QStringList{u"cafe"_s};
        QTest::addRow("umlaut folded") << u"muller"_s << QStringList{u"cafe"_s};
        QTest::addRow("umlaut query") << u"Müller"_s << QStringList{u"cafe"_s};
        QTest::addRow("decomposed accent") << u"Mu\u0308ller"_s << QStringList{u"cafe"_s};
        QTest::addRow("from name") << u"from:muller"_s << QStringList{u"cafe"_s};
        QTest::addRow("to does not see sender") << u"to:muller"_s << none;
        QTest::addRow("tokyo") << u"東京"_s << QStringList{u"tokyo"_s};
        QTest::addRow("japanese") << u"日本語"_s << QStringList{u"tokyo"_s};
        QTest::addRow("meeting") << u"会議"_s << QStringList{u"tokyo"_s};
        QTest::addRow("single kanji") << u"京"_s << QStringList{u"tokyo"_s};
        QTest::addRow("not adjacent") << u"東京都"_s << none;
        QTest::addRow("chinese") << u"中文"_s << QStringList{u"chinese"_s};
        QTest::addRow("cjk sender") << u"from:山田"_s << QStringList{u"tokyo"_s};
        QTest::addRow("word") << u"report"_s << QStringList{u"report"_s};
        QTest::addRow("prefix") << u"report*"_s << QStringList{u"report"_s, u"tools"_s};
        QTest::addRow("phrase") << u"\"quarterly numbers\""_s << QStringList{u"report"_s};
        QTest::addRow("phrase order") << u"\"numbers quarterly\""_s << none;
        QTest::addRow("address") << u"from:alice@example.org"_s << QStringList{u"report"_s};
        QTest::addRow("to") << u"to:bob"_s << QStringList{u"report"_s};
        QTest::addRow("subject") << u"subject:quarterly"_s << QStringList{u"report"_s};
        QTest::addRow("body not subject") << u"body:injection"_s << none;
        QTest::addRow("attachment name") << u"q1"_s << QStringList{u"report"_s};
        QTest::addRow("has attachment") << u"has:attachment"_s << QStringList{u"report"_s};
        QTest::addRow("unread") << u"is:unread"_s
                                << QStringList{u"cafe"_s, u"chinese"_s, u"inject"_s, u"tools"_s};
        QTest::addRow("flagged") << u"is:flagged"_s << QStringList{u"report"_s};
        QTest::addRow("before") << u"before:2024-01-01"_s
                                << QStringList{u"budget-old"_s, u"report"_s, u"tools"_s};
        QTest::addRow("after") << u"after:2024-03-10"_s
                               << QStringList{u"budget-new"_s, u"cafe"_s, u"inject"_s};
        QTest::addRow("range") << u"after:2024-01-01 before:2024-02-01"_s
                               << QStringList{u"chinese"_s};
        QTest::addRow("text before")
            << u"budget before:2024-01-01"_s << QStringList{u"budget-old"_s};
        QTest::addRow("text after") << u"budget after:2024-01-01"_s << QStringList{u"budget-new"_s};
        QTest::addRow("text in range")
            << u"team after:2024-03-10 before:2024-04-02"_s << QStringList{u"cafe"_s, u"inject"_s};
        QTest::addRow("text or date")
            << u"budget (after:2024-01-01 OR is:unread)"_s << QStringList{u"budget-new"_s};
        QTest::addRow("folder") << u"folder:projects"_s << QStringList{u"inject"_s};
        QTest::addRow("archive") << u"folder:Archive report*"_s << QStringList{u"tools"_s};
        QTest::addRow("account") << u"account:home"_s << QStringList{u"chinese"_s};
        QTest::addRow("account and text") << u"account:Work 中文"_s << none;
        QTest::addRow("or") << u"cafe OR 中文"_s << QStringList{u"cafe"_s, u"chinese"_s};
        QTest::addRow("negation") << u"report* -quarterly"_s << QStringList{u"tools"_s};
        QTest::addRow("negated filter")
            << u"-is:unread -budget"_s << QStringList{u"report"_s, u"tokyo"_s};
        QTest::addRow("filter and negated text")
            << u"is:unread -cafe"_s << QStringList{u"chinese"_s, u"inject"_s, u"tools"_s};
        QTest::addRow("text or filter")
            << u"tools OR is:flagged"_s << QStringList{u"report"_s, u"tools"_s};
        QTest::addRow("group negation")
            << u"is:unread -(cafe OR 中文)"_s << QStringList{u"inject"_s, u"tools"_s};
        // Hostile input: found as text or nothing, never an error.
        QTest::addRow("sql injection")
            << u"'; DROP TABLE messages; --"_s << QStringList{u"inject"_s};
        QTest::addRow("lone quote") << u"\""_s << none;
        QTest::addRow("quote inside") << u"hello\""_s << QStringList{u"inject"_s};
        QTest::addRow("near") << u"NEAR(x y)"_s << QStringList{u"inject"_s};
        QTest::addRow("fts near syntax") << u"NEAR(\"x\" \"y\")"_s << QStringList{u"inject"_s};
        QTest::addRow("fts near distance") << u"NEAR(\"x\" \"y\", 2)"_s << none; // "2" is a word
        QTest::addRow("operators only") << u"AND OR NOT"_s << none;
        QTest::addRow("star") << u"*"_s << none;
        QTest::addRow("parens") << u"(((("_s << none;
        QTest::addRow("column syntax") << u"{body}:x"_s << none;
        QTest::addRow("caret") << u"^hello"_s << QStringList{u"inject"_s};
        QTest::addRow("empty") << u""_s << none;
        QTest::addRow("empty field") << u"subject:\"\""_s << none;
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        MessageSearch search(*m_f.db);
        const auto hits = search.search(SearchQuery::parse(query), 0, 50, m_options);
        QVERIFY2(hits.ok(), hits.ok() ? "" : qPrintable(hits.error().toLogString()));
        QStringList keys = keysOf(hits.value());
        keys.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(m_f.db->scalar(u"SELECT count(*) FROM messages"_s).value().toInt(), 8);
    }

    void rankingPrefersRecent()
    {
        MessageSearch search(*m_f.db);
        const auto hits = search.search(SearchQuery::parse(u"budget"_s), 0, 10, m_options);
        QCOMPARE(keysOf(hits.value()), (QStringList{u"budget-new"_s, u"budget-old"_s}));
        const auto filterOnly = search.search(SearchQuery::parse(u"is:read"_s), 0, 10, m_options);
        QCOMPARE(keysOf(filterOnly.value()),
                 (QStringList{u"budget-new"_s, u"tokyo"_s, u"report"_s, u"budget-old"_s}));
    }

    void snippetsAreHighlighted_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("highlighted");
        QTest::addRow("latin") << u"numbers"_s << u"numbers"_s;
        QTest::addRow("folded") << u"cafe"_s << u"caf"_s;
        QTest::addRow("cjk") << u"日本語"_s << u"日本語"_s;
        QTest::addRow("prefix") << u"reporte*"_s << u"reporter"_s;
    }

    void snippetsAreHighlighted()
    {
        QFETCH(QString, query);
        QFETCH(QString, highlighted);
        MessageSearch search(*m_f.db);
        const auto hits = search.search(SearchQuery::parse(query), 0, 10, m_options);
        STORE_OK(hits);
        QCOMPARE(hits->size(), 1);
        const QString snippet = hits->front().snippet;
        const qsizetype begin = snippet.indexOf(MessageSearch::kHighlightBegin);
        const qsizetype end = snippet.indexOf(MessageSearch::kHighlightEnd);
        QVERIFY2(begin >= 0 && end > begin, qPrintable(snippet));
        QVERIFY2(
            snippet.mid(begin + 1, end - begin - 1).startsWith(highlighted, Qt::CaseInsensitive),
            qPrintable(snippet));
        QVERIFY(!snippet.contains(QChar(0x200B)));
        QCOMPARE(hits->front().summary.id, hits->front().id);
    }

    void aMatchInTheSubjectShowsTheBodyInsteadOfRepeatingIt()
    {
        MessageSearch search(*m_f.db);
        const auto hits = search.search(SearchQuery::parse(u"budget"_s), 0, 10, m_options);
        STORE_OK(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->front().snippet, u"see inside"_s);
    }

    void aMatchInTheSubjectAndTheBodyShowsTheBodysMatch()
    {
        MessageSearch search(*m_f.db);
        const auto hits = search.search(SearchQuery::parse(u"quarterly"_s), 0, 10, m_options);
        STORE_OK(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->front().snippet, u"The \u0002quarterly\u0003 numbers are attached"_s);
    }

    void aMatchElsewhereShowsWhereItMatched()
    {
        MessageSearch search(*m_f.db);
        const auto hits = search.search(SearchQuery::parse(u"q1"_s), 0, 10, m_options);
        STORE_OK(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->front().snippet, u"report-\u0002q1\u0003.pdf"_s);
    }

    void paging()
    {
        MessageSearch search(*m_f.db);
        QStringList all;
        for (int offset = 0; offset < 8; offset += 3) {
            const auto hits =
                search.search(SearchQuery::parse(u"team OR bob"_s), offset, 3, m_options);
            STORE_OK(hits);
            all += keysOf(hits.value());
        }
        QCOMPARE(all.size(), 8);
        all.removeDuplicates();
        QCOMPARE(all.size(), 8);
    }
};

QTEST_GUILESS_MAIN(tst_SearchIndex)
#include "tst_SearchIndex.moc"
