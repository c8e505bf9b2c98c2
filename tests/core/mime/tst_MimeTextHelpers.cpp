// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/FlowedText.h"
#include "core/mime/HtmlToText.h"
#include "core/mime/detail/CharsetDecoder.h"

#include <QTest>

using namespace postbag::mime;
using namespace Qt::StringLiterals;

class tst_MimeTextHelpers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unflow_data();
    void unflow();
    void htmlToText_data();
    void htmlToText();
    void charsetFallbackOrder();
    void convertersAreReusedWithoutCarryingState();
};

void tst_MimeTextHelpers::unflow_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("delSp");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fixed-lines-untouched") << u"a\nb\n"_s << false << u"a\nb\n"_s;
    QTest::newRow("soft-break-joined") << u"a \nb\n"_s << false << u"a b\n"_s;
    QTest::newRow("delsp-removes-space") << u"ab \ncd\n"_s << true << u"abcd\n"_s;
    QTest::newRow("crlf") << u"a \r\nb\r\n"_s << false << u"a b\n"_s;
    QTest::newRow("space-stuffed") << u"  indented\n From\n"_s << false << u" indented\nFrom\n"_s;
    QTest::newRow("quote-depth-change-breaks") << u"> a \n>> b\n"_s << false << u"> a \n>> b\n"_s;
    QTest::newRow("signature-separator-kept")
        << u"text \n-- \nsig\n"_s << false << u"text -- \nsig\n"_s;
    QTest::newRow("sig-after-hard-break")
        << u"text\n-- \nsig\n"_s << false << u"text\n-- \nsig\n"_s;
    QTest::newRow("flowed-at-end") << u"a "_s << false << u"a \n"_s;
    QTest::newRow("empty") << QString() << false << QString();
}

void tst_MimeTextHelpers::unflow()
{
    QFETCH(QString, input);
    QFETCH(bool, delSp);
    QFETCH(QString, expected);
    QCOMPARE(FlowedText::unflow(input, delSp), expected);
}

void tst_MimeTextHelpers::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("tags-dropped") << u"<b>bold</b> <i>it</i>"_s << u"bold it"_s;
    QTest::newRow("blocks-break") << u"<p>one</p><p>two</p>two b<br>three"_s
                                  << u"one\ntwo\ntwo b\nthree"_s;
    QTest::newRow("entities") << u"&lt;a&gt; &amp;&quot;&#39;&#x41;&eacute;&unknown;"_s
                              << u"<a> &\"'A\u00e9&unknown;"_s;
    // The table the reader's sanitizer uses: without ';', any case, HTML 4's whole set.
    QTest::newRow("parameter-not-entity") << u"?a=1&copy=2&reg;"_s << u"?a=1&copy=2\u00ae"_s;
    QTest::newRow("entities-as-shown")
        << u"&copy &AMP; &hearts;&#x42&#67"_s << u"\u00a9 & \u2665BC"_s;
    QTest::newRow("hidden-like-the-reader")
        << u"a<title>t</title><svg><text>s</text></svg><textarea>x</textarea>b"_s << u"ab"_s;
    QTest::newRow("script-style-skipped")
        << u"a<script>var x = '<p>';</script>b<STYLE>p{}</STYLE>c"_s << u"abc"_s;
    QTest::newRow("comment-skipped") << u"a<!-- <p>hidden</p> -->b"_s << u"ab"_s;
    QTest::newRow("whitespace-collapsed") << u"  a \n\t b  "_s << u"a b"_s;
    QTest::newRow("table-cells") << u"<tr><td>1</td><td>2</td></tr>"_s << u"1 2"_s;
    QTest::newRow("unterminated-tag") << u"a <b"_s << u"a"_s;
    QTest::newRow("bad-numeric-refs")
        << u"&#0; &#xD800; &#99999999;"_s << u"\uFFFD \uFFFD \uFFFD"_s;
    QTest::newRow("astral-ref") << u"&#128512;"_s << u"\U0001F600"_s;
}

void tst_MimeTextHelpers::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlToText::convert(html), expected);
}

void tst_MimeTextHelpers::charsetFallbackOrder()
{
    using postbag::mime::detail::CharsetDecoder;
    // Declared and right.
    auto d = CharsetDecoder::decode("\xe9", "iso-8859-1");
    QCOMPARE(d.text, u"\u00e9"_s);
    QVERIFY(!d.fallbackUsed);
    // Declared but wrong, and the bytes are UTF-8.
    d = CharsetDecoder::decode("\xc3\xa9", "us-ascii");
    QCOMPARE(d.text, u"\u00e9"_s);
    QCOMPARE(d.charsetUsed, QByteArray("utf-8"));
    // Unknown, not UTF-8: windows-1252.
    d = CharsetDecoder::decode("\x80", "no-such-charset");
    QCOMPARE(d.text, u"\u20ac"_s);
    QCOMPARE(d.charsetUsed, QByteArray("windows-1252"));
    // Long Shift_JIS text with one broken byte: stays Shift_JIS with one replacement character.
    QByteArray sjis = QByteArray("\x93\xfa\x96{\x8c\xea").repeated(40);
    sjis.insert(60, '\x80');
    d = CharsetDecoder::decode(sjis, "shift_jis");
    QVERIFY(d.fallbackUsed);
    QCOMPARE(d.charsetUsed, QByteArray("shift_jis"));
    QCOMPARE(d.text.count(u"日本語"), 40);
    QCOMPARE(d.text.count(QChar(0xFFFD)), 1);
    // ks_c_5601-1987 goes through GMime's alias table.
    d = CharsetDecoder::decode("\xc7\xd1\xb1\xb9", "ks_c_5601-1987");
    QCOMPARE(d.text, u"한국"_s);
    QVERIFY(!d.fallbackUsed);
}

void tst_MimeTextHelpers::convertersAreReusedWithoutCarryingState()
{
    using postbag::mime::detail::CharsetDecoder;
    // ISO-2022-JP is stateful: the first text ends shifted into JIS X 0208 and the converter is
    // kept for the next part, which must start again in ASCII.
    auto d = CharsetDecoder::decode("\x1b$BF|K\\8l", "iso-2022-jp");
    QCOMPARE(d.text, u"日本語"_s);
    d = CharsetDecoder::decode("abc\x1b$BF|", "ISO-2022-JP");
    QCOMPARE(d.text, u"abc日"_s);
    QVERIFY(!d.fallbackUsed);
    // An unknown name is remembered as unknown, and asked again it still falls back.
    for (int i = 0; i < 2; ++i) {
        d = CharsetDecoder::decode("\x80", "no-such-charset");
        QCOMPARE(d.charsetUsed, QByteArray("windows-1252"));
    }
    // Declared UTF-8 with a broken byte keeps UTF-8 with one replacement character.
    d = CharsetDecoder::decode(QByteArray(QByteArray("\xc3\xa9").repeated(60) + "\xff"), "UTF-8");
    QCOMPARE(d.charsetUsed, QByteArray("utf-8"));
    QVERIFY(d.fallbackUsed);
    QCOMPARE(d.text.count(QChar(0xFFFD)), 1);
    QCOMPARE(d.text.count(QChar(0xE9)), 60);
}

QTEST_GUILESS_MAIN(tst_MimeTextHelpers)
#include "tst_MimeTextHelpers.moc"
