// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/MessageSearch.h"
#include "core/store/SearchQuery.h"
#include "core/store/SearchText.h"

#include <QTest>

using namespace postbag::store;
using namespace Qt::Literals::StringLiterals;

class tst_SearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("tree");
        QTest::addRow("empty") << u""_s << u""_s;
        QTest::addRow("blank") << u"   \t "_s << u""_s;
        QTest::addRow("word") << u"hello"_s << u"any:hello"_s;
        QTest::addRow("implicit and") << u"hello world"_s << u"(any:hello AND any:world)"_s;
        QTest::addRow("explicit and") << u"hello AND world"_s << u"(any:hello AND any:world)"_s;
        QTest::addRow("phrase") << u"\"hello world\""_s << u"any:\"hello world\""_s;
        QTest::addRow("unterminated phrase") << u"\"hello wor"_s << u"any:\"hello wor\""_s;
        QTest::addRow("prefix") << u"hel*"_s << u"any:hel*"_s;
        QTest::addRow("phrase prefix") << u"\"hello wo\"*"_s << u"any:\"hello wo\"*"_s;
        QTest::addRow("from") << u"from:alice"_s << u"from:alice"_s;
        QTest::addRow("from phrase") << u"from:\"Alice Example\""_s << u"from:\"Alice Example\""_s;
        QTest::addRow("to prefix") << u"TO:bo*"_s << u"to:bo*"_s;
        QTest::addRow("subject body")
            << u"subject:report body:numbers"_s << u"(subject:report AND body:numbers)"_s;
        QTest::addRow("filters") << u"has:attachment is:unread is:flagged is:read"_s
                                 << u"(has:attachment AND is:unread AND is:flagged AND is:read)"_s;
        QTest::addRow("dates") << u"before:2024-02-01 after:2023-12-31"_s
                               << u"(before:2024-02-01 AND after:2023-12-31)"_s;
        QTest::addRow("bad date is text") << u"before:yesterday"_s << u"any:before:yesterday"_s;
        QTest::addRow("bad is is text") << u"is:purple"_s << u"any:is:purple"_s;
        QTest::addRow("unknown field") << u"foo:bar"_s << u"any:foo:bar"_s;
        QTest::addRow("folder account") << u"folder:\"My Stuff\" account:Work"_s
                                        << u"(folder:\"My Stuff\" AND account:\"Work\")"_s;
        QTest::addRow("or") << u"a OR b"_s << u"(any:a OR any:b)"_s;
        QTest::addRow("or precedence") << u"a b OR c"_s << u"((any:a AND any:b) OR any:c)"_s;
        QTest::addRow("parens") << u"a (b OR c)"_s << u"(any:a AND (any:b OR any:c))"_s;
        QTest::addRow("negation") << u"a -b"_s << u"(any:a AND -any:b)"_s;
        QTest::addRow("NOT") << u"a NOT from:b"_s << u"(any:a AND -from:b)"_s;
        QTest::addRow("negated group") << u"-(a OR b)"_s << u"-(any:a OR any:b)"_s;
        QTest::addRow("double negation") << u"NOT -a"_s << u"any:a"_s;
        QTest::addRow("negated filter") << u"-is:unread"_s << u"-is:unread"_s;
        QTest::addRow("hyphen inside") << u"e-mail"_s << u"any:e-mail"_s;
        QTest::addRow("lone hyphen") << u"a - b"_s << u"(any:a AND any:b)"_s;
        QTest::addRow("lowercase or is a word")
            << u"this or that"_s << u"(any:this AND any:or AND any:that)"_s;
        QTest::addRow("only operators") << u"AND OR NOT"_s << u""_s;
        QTest::addRow("leading or") << u"OR a"_s << u"any:a"_s;
        QTest::addRow("trailing or") << u"a OR"_s << u"any:a"_s;
        QTest::addRow("unbalanced open") << u"((a b"_s << u"(any:a AND any:b)"_s;
        QTest::addRow("unbalanced close") << u"a) b)"_s << u"(any:a AND any:b)"_s;
        QTest::addRow("empty parens") << u"()"_s << u""_s;
        QTest::addRow("quote only") << u"\""_s << u""_s;
        QTest::addRow("star only") << u"* ** \"\"*"_s << u""_s;
        QTest::addRow("punctuation only") << u"!!! ... ;"_s << u""_s;
        QTest::addRow("sql injection")
            << u"'; DROP TABLE messages; --"_s << u"(any:DROP AND any:TABLE AND any:messages;)"_s;
        QTest::addRow("near") << u"NEAR(a b)"_s << u"(any:NEAR AND any:a AND any:b)"_s;
        QTest::addRow("fts column syntax")
            << u"subject : x {body}:y"_s << u"(any:subject AND any:x AND any:{body}:y)"_s;
        QTest::addRow("accents kept") << u"Café"_s << u"any:Café"_s;
        QTest::addRow("cjk") << u"東京 from:山田"_s << u"(any:東京 AND from:山田)"_s;
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, tree);
        const SearchQuery q = SearchQuery::parse(input);
        QCOMPARE(q.toString(), tree);
        QCOMPARE(q.isEmpty(), tree.isEmpty());
    }

    void boundedInput()
    {
        const SearchQuery deep =
            SearchQuery::parse(QString(10000, u'(') + u"a"_s + QString(10000, u')'));
        QCOMPARE(deep.isEmpty(), true); // beyond the nesting cap everything is ignored, no crash
        QString many;
        for (int i = 0; i < 500; ++i) {
            many += u"w%1 "_s.arg(i);
        }
        const SearchQuery wide = SearchQuery::parse(many);
        QVERIFY(!wide.isEmpty());
        QVERIFY(wide.root().children.size() <= size_t(SearchQuery::kMaxTerms));
        QVERIFY(!SearchQuery::parse(QString(100000, u'x')).isEmpty());
    }

    void ftsStringQuotesEverything_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fts");
        QTest::addRow("plain") << u"word"_s << u"\"word\""_s;
        QTest::addRow("quote") << u"a\"b"_s << u"\"a\"\"b\""_s;
        QTest::addRow("operators") << u"AND OR NOT NEAR(x)"_s << u"\"AND OR NOT NEAR(x)\""_s;
        QTest::addRow("star colon") << u"a*:b"_s << u"\"a*:b\""_s;
        QTest::addRow("control") << QString::fromUtf8("a\0b\nc", 5) << u"\"a b c\""_s;
        QTest::addRow("cjk") << u"東京"_s << u"\"東\u200B京\""_s;
        QTest::addRow("mixed") << u"東京tower 2024"_s << u"\"東\u200B京\u200Btower 2024\""_s;
        QTest::addRow("fullwidth") << u"ＡＢＣ"_s << u"\"ABC\""_s;
    }

    void ftsStringQuotesEverything()
    {
        QFETCH(QString, input);
        QFETCH(QString, fts);
        QCOMPARE(SearchText::ftsString(input), fts);
    }

    void segmentationRoundTrips()
    {
        const QString text = u"会議は東京で。Meeting in Tokyo, 日本語 and 中文."_s;
        QCOMPARE(SearchText::forDisplay(SearchText::forIndex(text)), text);
        QVERIFY(SearchText::forIndex(u"日本語"_s).contains(QChar(SearchText::kSegmentSeparator)));
        QVERIFY(
            !SearchText::forIndex(u"plain latin"_s).contains(QChar(SearchText::kSegmentSeparator)));
    }

    void planBindsEveryValue()
    {
        const auto q = SearchQuery::parse(
            u"from:\"x' OR 1=1 --\" folder:\"'; DROP TABLE folders;\" is:unread -spam"_s);
        const auto p = MessageSearch::plan(q, QTimeZone::utc());
        QCOMPARE(p.match, u"(sender : \"x' OR 1=1 --\") NOT (\"spam\")"_s);
        QVERIFY(!p.where.contains(u"DROP"_s));
        QVERIFY(!p.where.contains(u'\''));
        QCOMPARE(p.values.size(), 1);
        QCOMPARE(p.values.front().toString(), u"'; DROP TABLE folders;"_s);
    }

    void planSplitsTextAndFilters()
    {
        const auto onlyNegative =
            MessageSearch::plan(SearchQuery::parse(u"-spam"_s), QTimeZone::utc());
        QVERIFY(onlyNegative.match.isEmpty());
        QCOMPARE(onlyNegative.where,
                 u"NOT (m.id IN (SELECT rowid FROM search WHERE search MATCH ?))"_s);
        const auto mixedOr =
            MessageSearch::plan(SearchQuery::parse(u"a OR is:flagged"_s), QTimeZone::utc());
        QVERIFY(mixedOr.match.isEmpty());
        QCOMPARE(mixedOr.where,
                 u"(m.id IN (SELECT rowid FROM search WHERE search MATCH ?) OR m.flagged = 1)"_s);
        const auto textOr =
            MessageSearch::plan(SearchQuery::parse(u"(a OR b) c*"_s), QTimeZone::utc());
        QCOMPARE(textOr.match, u"(\"a\" OR \"b\") AND \"c\" *"_s);
        QVERIFY(textOr.where.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SearchQuery)
#include "tst_SearchQuery.moc"
