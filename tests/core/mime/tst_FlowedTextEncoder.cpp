// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/FlowedText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace postbag::mime;
using namespace Qt::StringLiterals;

namespace {

// What breaks RFC 3676's rules in flowed text: an unquoted line that reads as quoted or as an mbox
// separator, a line longer than the width that had a space to break at well before it, no final
// line break. Empty when there is nothing.
QString layoutProblem(const QString& flowed)
{
    const QStringList lines = flowed.split(u'\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QString& line = lines[i];
        qsizetype depth = 0;
        while (depth < line.size() && line[depth] == u'>')
            ++depth;
        const QStringView content = QStringView(line).mid(depth);
        if (depth == 0 && content.startsWith(u"From "))
            return u"not stuffed: "_s + line;
        const QStringView text = content.startsWith(u' ') ? content.mid(1) : content;
        if (line.size() <= FlowedText::LineWidth + 1)
            continue;
        qsizetype firstText = 0;
        while (firstText < text.size() && text[firstText] == u' ')
            ++firstText;
        for (qsizetype at = firstText + 1; at < FlowedText::LineWidth / 2; ++at) {
            if (at + 1 < text.size() && text[at] == u' ' && text.first(at + 1) != u"-- ")
                return u"too long: "_s + line;
        }
    }
    if (!flowed.isEmpty() && !flowed.endsWith(u'\n'))
        return u"no final line break"_s;
    return {};
}

} // namespace

class tst_FlowedTextEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flow_data();
    void flow();
    void roundTrip_data();
    void roundTrip();
    void randomTextsRoundTrip();
    void quote_data();
    void quote();
    void longInputIsLinear();
};

void tst_FlowedTextEncoder::flow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("flowed");

    const QString words = u"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
                          u"eiusmod tempor incididunt ut labore"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("short") << u"Hello"_s << u"Hello\n"_s;
    QTest::newRow("paragraph-broken-after-space")
        << words
        << u"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod \n"
           u"tempor incididunt ut labore\n"_s;
    QTest::newRow("quoted-paragraph-keeps-depth")
        << u">> "_s + words
        << u">> Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do \n"
           u">> eiusmod tempor incididunt ut labore\n"_s;
    QTest::newRow("quote-without-space") << u">a\n>>b"_s << u"> a\n>> b\n"_s;
    QTest::newRow("empty-quoted-line") << u">\n> \nx"_s << u">\n>\nx\n"_s;
    // A typed line that starts with ">" is a quote: there is no unquoted form of it.
    QTest::newRow("stuffing") << u" indented\n>quoted\nFrom here\nFromage"_s
                              << u"  indented\n> quoted\n From here\nFromage\n"_s;
    QTest::newRow("stuffing-quote-mark-after-soft-break")
        << QString(70, u'a') + u" >b"_s << QString(70, u'a') + u" \n >b\n"_s;
    QTest::newRow("stuffing-after-soft-break")
        << QString(70, u'a') + u" From there"_s << QString(70, u'a') + u" \n From there\n"_s;
    QTest::newRow("trailing-spaces-before-hard-break") << u"a  \nb \n"_s << u"a\nb\n"_s;
    QTest::newRow("signature-separator-never-flowed")
        << u"Bye \n-- \nJane"_s << u"Bye\n-- \nJane\n"_s;
    QTest::newRow("crlf-and-cr") << u"a\r\nb\rc\r\n"_s << u"a\nb\nc\n"_s;
    QTest::newRow("long-word-whole") << QString(100, u'x') << QString(100, u'x') + u'\n';
    QTest::newRow("long-word-after-short")
        << u"a "_s + QString(100, u'x') + u" b"_s << u"a \n"_s + QString(100, u'x') + u" \nb\n"_s;
    QTest::newRow("no-break-into-separator")
        << u"-- "_s + QString(80, u'x') << u"-- "_s + QString(80, u'x') + u'\n';
    QTest::newRow("dot-lines-untouched") << u".\n..leading"_s << u".\n..leading\n"_s;
}

void tst_FlowedTextEncoder::flow()
{
    QFETCH(QString, text);
    QFETCH(QString, flowed);
    QCOMPARE(FlowedText::flow(text), flowed);
    QVERIFY2(layoutProblem(flowed).isEmpty(), qPrintable(layoutProblem(flowed)));
}

void tst_FlowedTextEncoder::roundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("paragraphs")
        << u"Dear Zoë,\n\n"_s + QString(30, u'x') + u' ' +
               u"Grüße aus Köln, wo es heute schneit und die Straßenbahn "
               u"wieder einmal nicht fährt. 日本語のテキストも。\n\nJane\n"_s;
    QTest::newRow("quotes-of-all-depths")
        << u"On Monday Zoë wrote:\n> "_s + QString(50, u'y') + u" and "_s + QString(50, u'z') +
               u"\n>> deeper "_s + QString(90, u'w') + u"\n> \n> back\nmine\n"_s;
    QTest::newRow("stuffed-lines") << u" leading space\n> quote\nFrom me\n  two spaces\n"_s +
                                          QString(70, u'a') + u" >b and From c\n"_s;
    QTest::newRow("signature") << u"text\n-- \nJane Doe\n> -- \n"_s;
    QTest::newRow("spaces-inside") << QString(60, u'a') + u"     "_s + QString(60, u'b') + u'\n';
    QTest::newRow("emoji") << QString(40, u'e') + u" 😀😀😀 "_s + QString(40, u'f') + u'\n';
}

void tst_FlowedTextEncoder::roundTrip()
{
    QFETCH(QString, text);
    const QString flowed = FlowedText::flow(text);
    QVERIFY2(layoutProblem(flowed).isEmpty(), qPrintable(layoutProblem(flowed)));
    QCOMPARE(FlowedText::unflow(flowed, false), text);
}

// Texts made of the pieces the rules are about: whatever the encoder does with a text, decoding
// it gives a text that encodes to the same lines and decodes to itself.
void tst_FlowedTextEncoder::randomTextsRoundTrip()
{
    const QStringList pieces = {u"a"_s,  u"word"_s, u" "_s,     u"  "_s,          u">"_s, u"> "_s,
                                u"\n"_s, u"\n"_s,   u"From "_s, u"-- "_s,         u"."_s, u"é"_s,
                                u"😀"_s,  u"\r\n"_s, u"\t"_s,    QString(40, u'l')};
    QRandomGenerator random(23);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int n = int(random.bounded(60));
        for (int i = 0; i < n; ++i)
            text += pieces[random.bounded(pieces.size())];
        const QString flowed = FlowedText::flow(text);
        QVERIFY2(layoutProblem(flowed).isEmpty(), qPrintable(layoutProblem(flowed)));
        const QString decoded = FlowedText::unflow(flowed, false);
        QCOMPARE(FlowedText::flow(decoded), flowed);
        QCOMPARE(FlowedText::unflow(FlowedText::flow(decoded), false), decoded);
    }
}

void tst_FlowedTextEncoder::quote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("lines") << u"a\n\n> b\n-- \n"_s << u"> a\n>\n>> b\n> -- \n"_s;
    QTest::newRow("no-final-break") << u"x\r\ny"_s << u"> x\n> y\n"_s;
}

void tst_FlowedTextEncoder::quote()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(FlowedText::quote(text), quoted);
    // Quoted text keeps its depths through flowing.
    const QString decoded = FlowedText::unflow(FlowedText::flow(quoted), false);
    QCOMPARE(decoded, QString(quoted).replace(u">\n"_s, u"> \n"_s));
}

void tst_FlowedTextEncoder::longInputIsLinear()
{
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += u"word "_s + QString(i % 7, u'x') + (i % 13 == 0 ? u"\n"_s : u" "_s);
    text += QString(1 << 20, u'z'); // one very long word
    const QString flowed = FlowedText::flow(text);
    QVERIFY(flowed.endsWith(QString(1 << 20, u'z') + u'\n'));
    QCOMPARE(FlowedText::unflow(flowed, false), QString(text).replace(u" \n"_s, u"\n"_s) + u'\n');
}

QTEST_GUILESS_MAIN(tst_FlowedTextEncoder)
#include "tst_FlowedTextEncoder.moc"
