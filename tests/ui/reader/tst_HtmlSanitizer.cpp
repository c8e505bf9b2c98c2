// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/HtmlSanitizer.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;

using postbag::ui::HtmlSanitizer;
using postbag::ui::SanitizedHtml;

namespace {

// The least processor time of five runs, in milliseconds: processor time, not wall time, and the
// best run, because the machine may be busy with other work.
double bestMs(const QString& html)
{
    double best = 1e12;
    for (int run = 0; run < 5; ++run) {
        const std::clock_t start = std::clock();
        (void)HtmlSanitizer::sanitize(html, HtmlSanitizer::Remote::Block);
        best = qMin(best, double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
    }
    return best;
}

} // namespace

// Hostile HTML in, only the safe subset out: each row names an attack and what must not survive
// (checked case-insensitively) and, where it matters, what must remain.
class tst_HtmlSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostile_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<QStringList>("present");
        const auto row = [](const char* name, const char* html, QStringList absent,
                            QStringList present = {}) {
            QTest::newRow(name) << QString::fromUtf8(html) << absent << present;
        };
        using L = QStringList;
        row("script", "<p>hi</p><script>alert(1)</script>", L{u"script"_s, u"alert"_s}, L{u"<p>hi</p>"_s});
        row("uppercase script", "<SCRIPT type=text/javascript>alert(1)</SCRIPT>x", L{u"script"_s, u"alert"_s}, L{u"x"_s});
        row("script with slash", "<script/src=//evil.example/x.js></script>ok", L{u"script"_s, u"evil"_s}, L{u"ok"_s});
        row("unclosed script", "a<script>alert(1)", L{u"script"_s, u"alert"_s}, L{u"a"_s});
        row("onerror", "<img src=x onerror=alert(1)>", L{u"onerror"_s, u"alert"_s});
        row("onclick quoted", "<a href=\"https://ok.example\" onClick='steal()'>a</a>", L{u"onclick"_s, u"steal"_s}, L{u"https://ok.example"_s});
        row("onload on body", "<body onload=\"go()\">t</body>", L{u"onload"_s, u"go()"_s, u"<body"_s}, L{u"t"_s});
        row("javascript href", "<a href=\"javascript:alert(1)\">x</a>", L{u"javascript"_s, u"alert"_s}, L{u"<a>x</a>"_s});
        row("obfuscated javascript", "<a href=\"jav&#x09;ascript&colon;alert(1)\">x</a><a href=' JaVaScRiPt:alert(2)'>y</a>", L{u"javascript"_s, u"alert"_s, u"ascript"_s});
        row("entity-encoded javascript", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>", L{u"alert"_s, u"&#106"_s});
        row("vbscript and data links", "<a href=\"vbscript:x\">a</a><a href=\"data:text/html,<script>\">b</a>", L{u"vbscript"_s, u"data:"_s, u"script"_s});
        row("tracking pixel", "<img src=http://tracker.example/pixel.gif width=1 height=1>", L{u"tracker"_s, u"http:"_s}, L{u"postbag-blocked:image"_s});
        row("protocol-relative image", "<img src=\"//cdn.example/i.png\">", L{u"cdn.example"_s}, L{u"postbag-blocked:image"_s});
        row("background attribute", "<table background=\"https://t.example/bg.png\"><tr><td>x</td></tr></table>", L{u"t.example"_s}, L{u"postbag-blocked:image"_s});
        row("css url", "<div style=\"background:url(http://t.example/a.png) red\">x</div>", L{u"t.example"_s, u"url("_s}, L{u"none red"_s});
        row("css url in style block", "<style>body{background-image:url('https://t.example/b.png')}</style>x", L{u"t.example"_s});
        row("css import", "<style>@import url(http://t.example/s.css); p{color:red}</style>", L{u"import"_s, u"t.example"_s});
        row("character references in a style block",
            "<style>p{background-image:u&#114;l(https://t.example/p.gif)} &#64;import "
            "\"https://t.example/s.css\";</style><p>x</p>",
            L{u"t.example"_s, u"&#"_s, u"import"_s});
        row("character references in a kept style block",
            "<style>p{color:red;font-family:&quot;A&amp;B&quot;}</style><p>x</p>", L{u"&quot;"_s},
            L{u"<style>p{color:red;font-family:\"A&amp;B\"}</style>"_s});
        row("css expression", "<p style=\"width:expression(alert(1))\">x</p>", L{u"expression"_s, u"alert"_s});
        // Qt's CSS parser reads a quoted url("...)...") the pattern cannot take whole: dropped.
        row("css url with a bracket in quotes",
            "<p style='background-image:url(\"file:///dev/zero#)\")'>x</p>",
            L{u"dev/zero"_s, u"url("_s}, L{u"x"_s});
        row("css url with a quote in quotes",
            "<p style=\"background:url('http://t.example/a\\'b.png')\">x</p><p "
            "style=\"color:red;background:url('//t.example/x'b')\">y</p>",
            L{u"t.example"_s}, L{u"y"_s});
        // Qt shows a title as a tooltip, and a tooltip that looks like rich text is rendered.
        row("title attribute", "<span title=\"&lt;img src=/dev/zero&gt;\">t</span>",
            L{u"title"_s, u"dev/zero"_s}, L{u"t"_s});
        row("css escapes", "<p style=\"background:u\\72l(http://t.example/x)\">x</p>", L{u"t.example"_s, u"72l"_s});
        row("style block cannot close", "<style>p{color:red}</style><p>x</p>", L{u"<script"_s}, L{u"<style>p{color:red}</style>"_s});
        row("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example\">x", L{u"meta"_s, u"refresh"_s, u"evil"_s});
        row("base", "<base href=\"http://evil.example/\"><a href=\"x\">y</a>", L{u"base"_s, u"evil"_s, u"href"_s});
        row("stylesheet link", "<link rel=stylesheet href=\"http://evil.example/s.css\">x", L{u"link"_s, u"evil"_s});
        row("form", "<form action=\"http://evil.example/\"><input name=pw type=password><button>Go</button></form>after", L{u"form"_s, u"input"_s, u"button"_s, u"evil"_s, u"password"_s}, L{u"after"_s});
        row("iframe", "<iframe src=\"http://evil.example\">fallback</iframe>x", L{u"iframe"_s, u"evil"_s, u"fallback"_s}, L{u"x"_s});
        row("object and embed", "<object data=\"x.swf\"><embed src=\"y.swf\"></object>z", L{u"object"_s, u"embed"_s, u"swf"_s}, L{u"z"_s});
        row("svg with script", "<svg><script>alert(1)</script><image href=\"http://t.example/i\"/></svg>after", L{u"svg"_s, u"script"_s, u"alert"_s, u"t.example"_s}, L{u"after"_s});
        row("svg onload", "<svg/onload=alert(1)>x", L{u"svg"_s, u"onload"_s, u"alert"_s});
        row("nested svg", "<svg><svg></svg><script>alert(1)</script></svg>after", L{u"alert"_s}, L{u"after"_s});
        row("math", "<math><mtext><img src=x onerror=alert(1)></mtext></math>", L{u"onerror"_s, u"alert"_s});
        row("comment hides tag", "<!--<img src=x onerror=alert(1)>-->ok", L{u"onerror"_s}, L{u"ok"_s});
        row("broken tags", "<<script>alert(1)//<</script>", L{u"<script"_s});
        row("attribute breakout", "<img alt='\"><script>alert(1)</script>' src=cid:a>", L{u"<script"_s}, L{u"&quot;&gt;&lt;script&gt;"_s});
        row("srcset and formaction", "<img srcset=\"http://t.example/1x.png 1x\" src=cid:a><a formaction=x>y</a>", L{u"srcset"_s, u"t.example"_s, u"formaction"_s});
        row("title and textarea content", "<title>T</title><textarea><img src=x onerror=1></textarea>ok", L{u"<title"_s, u"onerror"_s}, L{u"ok"_s});
        row("file and relative images", "<img src=\"file:///etc/passwd\"><img src=\"x.png\">", L{u"file:"_s, u"x.png"_s, u"passwd"_s});
        row("safe markup kept", "<p align=center><b>Bold</b> <a href=\"mailto:a@example.org\">mail</a></p>", L{}, L{u"<p align=\"center\"><b>Bold</b>"_s, u"href=\"mailto:a@example.org\""_s});
    }

    void hostile()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, absent);
        QFETCH(QStringList, present);
        const SanitizedHtml out = HtmlSanitizer::sanitize(html, HtmlSanitizer::Remote::Block);
        for (const QString& a : absent) {
            QVERIFY2(!out.html.contains(a, Qt::CaseInsensitive),
                     qPrintable(u"\"" + a + u"\" survived in: " + out.html));
        }
        for (const QString& p : present) {
            QVERIFY2(out.html.contains(p), qPrintable(u"\"" + p + u"\" missing from: " + out.html));
        }
        // Whatever the input, no event handler attribute can be in the output.
        QVERIFY(!out.html.contains(QRegularExpression(QStringLiteral(R"(\son[a-z]+\s*=)"),
                                                      QRegularExpression::CaseInsensitiveOption)));
    }

    // Input built to make a backtracking pattern or a rescanning loop blow up. The reader runs the
    // sanitizer on the GUI thread when a message is selected, so its cost must stay linear: a
    // small case has to be fast at once, and four times the input may cost at most ~ten times
    // as much (a quadratic cost would be sixteen times).
    void pathologicalInputStaysLinear_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("piece");
        QTest::addColumn<QString>("suffix");
        const auto row = [](const char* name, const char* prefix, const char* piece,
                            const char* suffix) {
            QTest::newRow(name) << QString::fromUtf8(prefix) << QString::fromUtf8(piece)
                                << QString::fromUtf8(suffix);
        };
        row("url( then spaces", "<p style=\"background:url(", " ", "'a)\">x</p>");
        row("many url(", "<p style=\"a:", "url( ", "\">x</p>");
        row("url and spaces without a bracket", "<p style=\"", "url    ", "\">x</p>");
        row("expression then spaces", "<p style=\"width:expression", " ", "x\">x</p>");
        row("comment openers in a style block", "<style>", "/*", "</style>x");
        row("unclosed comments in style attributes", "", "<p style='/*/*/*/*/*'>x</p>", "");
        row("many style attributes with urls", "",
            "<i style=\"background:url('http://t.example/a')\">x</i>", "");
        row("character reference openers in an attribute", "<a href=\"", "&#", "\">x</a>");
        row("character reference openers in text", "<p>", "&a", "</p>");
        row("unclosed tags", "", "<a b=", "");
        row("open quotes", "", "<a b=\"", "");
        row("lone brackets", "", "<", "");
        row("unclosed comments", "", "<!--", "");
        row("nested hidden elements", "", "<svg><object>", "");
        row("unclosed scripts", "", "<script></scrip", "");
    }

    void pathologicalInputStaysLinear()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, piece);
        QFETCH(QString, suffix);
        const auto make = [&](int n) -> QString {
            return prefix + piece.repeated(n / piece.size()) + suffix;
        };
        QElapsedTimer first;
        first.start();
        (void)HtmlSanitizer::sanitize(make(5000), HtmlSanitizer::Remote::Block);
        QVERIFY2(first.elapsed() < 1000,
                 qPrintable(u"5000 characters took %1 ms"_s.arg(first.elapsed())));
        // Both sizes stay under the sanitizer's cap on one style, which would make the larger
        // cheap.
        const double small = bestMs(make(60'000));
        const double large = bestMs(make(240'000));
        qDebug("60k characters: %.2f ms, 240k: %.2f ms", small, large);
        QVERIFY2(large < 10 * qMax(small, 2.0) && large < 5000,
                 qPrintable(u"60k characters: %1 ms, 240k: %2 ms"_s.arg(small).arg(large)));
    }

    // Search and display read the same characters: the sanitizer decodes text with the table the
    // search text uses, and hands the viewer only the four escapes it writes itself.
    void textIsDecodedWithTheSharedTable()
    {
        const auto out = HtmlSanitizer::sanitize(
            u"<p>caf&eacute; &hearts; &AMP; &#x41;&#66 &unknown; &#0; a&lt;b</p>"_s,
            HtmlSanitizer::Remote::Block);
        QCOMPARE(out.html, u"<p>café ♥ &amp; AB &amp;unknown; \uFFFD a&lt;b</p>"_s);
        // A link's parameters are not character references ("&copy=2" stays as written).
        const auto link =
            HtmlSanitizer::sanitize(u"<a href=\"https://shop.example/?a=1&copy=2&amp;b=3\">x</a>"_s,
                                    HtmlSanitizer::Remote::Block);
        QCOMPARE(link.html, u"<a href=\"https://shop.example/?a=1&amp;copy=2&amp;b=3\">x</a>"_s);
    }

    void countsAndKeepsWhenRemoteAllowed()
    {
        const QString html = QStringLiteral(
            "<img src=\"https://img.example/a.png\"><div style=\"background:url(http://img.example/b.png)\">"
            "</div><img src=\"cid:logo@x\">");
        const auto blocked = HtmlSanitizer::sanitize(html, HtmlSanitizer::Remote::Block);
        QCOMPARE(blocked.remoteReferences, 2);
        QCOMPARE(blocked.contentIds, QStringList{u"logo@x"_s});
        QVERIFY(!blocked.html.contains(u"img.example"));
        const auto allowed = HtmlSanitizer::sanitize(html, HtmlSanitizer::Remote::Allow);
        QCOMPARE(allowed.remoteReferences, 2);
        QCOMPARE(allowed.remoteUrls.size(), 2);
        QVERIFY(allowed.html.contains(u"https://img.example/a.png"));
        QVERIFY(allowed.html.contains(u"src=\"cid:logo@x\""));
    }

    void totalOnGarbage()
    {
        // Truncated and pathological input still yields output without hanging.
        for (const char* g : {"<", "<a", "<a href=\"", "</", "<!--", "<style>", "<svg><svg><svg>",
                              "<img src=cid:", "&#xffffffff;&#0;&#55296;", "<p style='url('>"}) {
            const auto out = HtmlSanitizer::sanitize(QString::fromUtf8(g), HtmlSanitizer::Remote::Block);
            QVERIFY(!out.html.contains(u"<svg"));
        }
        QString deep;
        for (int i = 0; i < 20000; ++i) {
            deep += u"<div><svg>";
        }
        QVERIFY(HtmlSanitizer::sanitize(deep, HtmlSanitizer::Remote::Block).html.size() < deep.size());
    }
};

QTEST_GUILESS_MAIN(tst_HtmlSanitizer)
#include "tst_HtmlSanitizer.moc"
