// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/AttachmentFiles.h"
#include "ui/reader/ImageBudget.h"
#include "ui/reader/PlainTextRenderer.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag::ui;
using namespace Qt::StringLiterals;

// The pure parts of the reader: file names from senders, and plain text turned into HTML.
class tst_ReaderParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeFileName_data()
    {
        QTest::addColumn<QString>("proposed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"report.pdf"_s << u"report.pdf"_s;
        QTest::newRow("traversal") << u"../../.bashrc"_s << u"bashrc"_s;
        QTest::newRow("windows traversal") << u"..\\..\\evil.exe"_s << u"evil.exe"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s << u"passwd"_s;
        QTest::newRow("dots only") << u".."_s << u"attachment"_s;
        QTest::newRow("empty") << QString() << u"attachment"_s;
        QTest::newRow("hidden") << u".profile"_s << u"profile"_s;
        QTest::newRow("control chars") << u"a\u0001b\nc\td.txt"_s << u"abcd.txt"_s;
        QTest::newRow("bidi override") << u"invoice\u202Efdp.exe"_s << u"invoicefdp.exe"_s;
        QTest::newRow("reserved") << u"CON.txt"_s << u"_CON.txt"_s;
        QTest::newRow("trailing dots") << u"name. . "_s << u"name"_s;
        QTest::newRow("windows specials") << u"a<b>c:d|e?.txt"_s << u"a_b_c_d_e_.txt"_s;
    }

    void safeFileName()
    {
        QFETCH(QString, proposed);
        QFETCH(QString, expected);
        QCOMPARE(AttachmentFiles::safeFileName(proposed), expected);
    }

    void longNamesKeepTheirExtension()
    {
        const QString name = AttachmentFiles::safeFileName(QString(300, u'ä') + u".pdf");
        QVERIFY(name.toUtf8().size() <= AttachmentFiles::kMaxBytes);
        QVERIFY(name.endsWith(u".pdf"));
    }

    void neverOverwrites()
    {
        QTemporaryDir dir;
        QFile existing(dir.filePath(QStringLiteral("a.txt")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("original");
        existing.close();
        // A link named like the next candidate is not followed either.
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")),
                            dir.filePath(QStringLiteral("a (1).txt"))));
        auto saved = AttachmentFiles::saveInto(dir.path(), QStringLiteral("a.txt"), "new");
        QVERIFY(saved.ok());
        QCOMPARE(QFileInfo(saved.value()).fileName(), QStringLiteral("a (2).txt"));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("original"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("elsewhere"))));
    }

    void riskyTypesAreNotOpened()
    {
        QVERIFY(AttachmentFiles::isRiskyToOpen(QStringLiteral("run.desktop")));
        QVERIFY(AttachmentFiles::isRiskyToOpen(QStringLiteral("x.SH")));
        QVERIFY(!AttachmentFiles::isRiskyToOpen(QStringLiteral("photo.jpg")));
    }

    void openingGoesByNameAndDeclaredType_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("openedAs");
        QTest::addColumn<int>("verdict");
        using V = AttachmentFiles::OpenVerdict;
        QTest::newRow("pdf") << u"report.pdf"_s << u"application/pdf"_s << u"report.pdf"_s
                             << int(V::Open);
        QTest::newRow("web page") << u"news.HTML"_s << u"text/html"_s << u"news.HTML"_s
                                  << int(V::WebPage);
        QTest::newRow("web page, renamed")
            << u"news.txt"_s << u"text/html"_s << u"news.txt"_s << int(V::WebPage);
        QTest::newRow("svg") << u"logo.svg"_s << u"image/png"_s << u"logo.svg"_s << int(V::WebPage);
        QTest::newRow("saved page")
            << u"page.mht"_s << u"application/octet-stream"_s << u"page.mht"_s << int(V::WebPage);
        QTest::newRow("no name, html")
            << u"attachment"_s << u"text/html"_s << u"attachment.html"_s << int(V::WebPage);
        QTest::newRow("no extension, png")
            << u"photo"_s << u"image/png"_s << u"photo.png"_s << int(V::Open);
        QTest::newRow("no extension, unknown")
            << u"data"_s << u"application/octet-stream"_s << u"data"_s << int(V::Unknown);
        QTest::newRow("no extension, no type")
            << u"data"_s << u"x-unknown/none"_s << u"data"_s << int(V::Unknown);
        QTest::newRow("xht") << u"news.xht"_s << u"application/octet-stream"_s << u"news.xht"_s
                             << int(V::WebPage);
        QTest::newRow("extension nobody knows")
            << u"a.zzqq"_s << u"application/octet-stream"_s << u"a.zzqq"_s << int(V::Unknown);
        QTest::newRow("desktop file")
            << u"run.desktop"_s << u"text/plain"_s << u"run.desktop"_s << int(V::Program);
        QTest::newRow("launcher in disguise")
            << u"readme"_s << u"application/x-desktop"_s << u"readme.desktop"_s << int(V::Program);
        QTest::newRow("script type") << u"notes.txt"_s << u"application/x-shellscript"_s
                                     << u"notes.txt"_s << int(V::Program);
    }

    void openingGoesByNameAndDeclaredType()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, openedAs);
        QFETCH(int, verdict);
        const QString opened = AttachmentFiles::nameForOpening(name, type);
        QCOMPARE(opened, openedAs);
        QCOMPARE(int(AttachmentFiles::openVerdict(opened, type)), verdict);
    }

    // Pictures decode within one budget per message; a header claiming a huge picture costs
    // nothing (the size is read before any pixel).
    void picturesDecodeWithinABudget()
    {
        QImage img(60, 60, QImage::Format_RGB32);
        img.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && img.save(&buffer, "PNG"));
        ImageBudget budget(10000);
        QCOMPARE(budget.decode(png).size(), QSize(60, 60));
        QCOMPARE(budget.decode(png).size(), QSize(60, 60));
        QVERIFY(budget.decode(png).isNull()); // 3 x 3600 > 10000
        QCOMPARE(budget.left(), 10000 - 2 * 3600);
        budget.reset();
        QCOMPARE(budget.left(), 10000);

        // A GIF whose header says 60000 x 60000 (3.6 billion pixels).
        QByteArray gif("GIF89a");
        auto le16 = [&gif](int v) {
            gif += char(v & 0xff);
            gif += char(v >> 8);
        };
        le16(60000);
        le16(60000);
        gif += QByteArray("\x00\x00\x00\x2c", 4);
        le16(0);
        le16(0);
        le16(60000);
        le16(60000);
        gif += QByteArray("\x00\x02\x02\x44\x01\x00\x3b", 7);
        ImageBudget big;
        QVERIFY(big.decode(gif).isNull());
        QCOMPARE(big.left(), ImageBudget::kBudgetPixels);
        QVERIFY(big.decode("not a picture").isNull());
    }

    void plainTextIsEscapedAndLinked()
    {
        const QString html = PlainTextRenderer::toHtml(QStringLiteral(
            "<script>x</script> see https://a.example/p?q=1&r=2. or (http://b.example/x_(y)) "
            "or www.c.example, mail d@e.example; javascript:alert(1)\n> quoted"));
        QVERIFY(!html.contains(u"<script"));
        QVERIFY(html.contains(u"&lt;script&gt;"));
        QVERIFY(html.contains(u"<a href=\"https://a.example/p?q=1&amp;r=2\">"));
        QVERIFY(html.contains(u"<a href=\"http://b.example/x_(y)\">"));
        QVERIFY(html.contains(u"<a href=\"https://www.c.example\">www.c.example</a>,"));
        QVERIFY(html.contains(u"<a href=\"mailto:d@e.example\">"));
        QVERIFY(!html.contains(u"href=\"javascript"));
        QVERIFY(html.contains(u"<span style=\"color: "));
    }
};

QTEST_GUILESS_MAIN(tst_ReaderParts)
#include "tst_ReaderParts.moc"
