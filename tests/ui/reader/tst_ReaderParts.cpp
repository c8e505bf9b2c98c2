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
#include <ctime>

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
        // What common helpers run as code is never opened, whatever type the message declares.
        for (const QString& name :
             {u"a.hta"_s, u"a.chm"_s, u"a.wsf"_s, u"a.reg"_s, u"a.pyz"_s, u"a.pyw"_s,
              u"a.flatpakrepo"_s, u"a.ps"_s, u"a.EPS"_s, u"a.vbe"_s, u"a.msc"_s, u"a.cpl"_s}) {
            QTest::addRow("runs code: %s", qPrintable(name))
                << name << u"application/pdf"_s << name << int(V::Program);
        }
        // Only documents, pictures, audio and video open; any other known type is only saved.
        QTest::newRow("archive") << u"a.zip"_s << u"application/zip"_s << u"a.zip"_s
                                 << int(V::SaveOnly);
        QTest::newRow("macro document")
            << u"a.docm"_s << u"application/octet-stream"_s << u"a.docm"_s << int(V::SaveOnly);
        QTest::newRow("playlist") << u"a.m3u"_s << u"audio/x-mpegurl"_s << u"a.m3u"_s
                                  << int(V::SaveOnly);
        QTest::newRow("torrent") << u"a.torrent"_s << u"application/x-bittorrent"_s
                                 << u"a.torrent"_s << int(V::SaveOnly);
        for (const QString& name :
             {u"a.docx"_s, u"a.odt"_s, u"a.xlsx"_s, u"a.txt"_s, u"a.csv"_s, u"a.jpg"_s, u"a.png"_s,
              u"a.mp3"_s, u"a.ogg"_s, u"a.mp4"_s, u"a.webm"_s}) {
            QTest::addRow("opens: %s", qPrintable(name))
                << name << u"application/octet-stream"_s << name << int(V::Open);
        }
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

    // Only PNG, JPEG, GIF and WebP are decoded, each by its own plugin: formats Qt could read
    // too (BMP, XPM, PPM, SVG, TIFF ...) give a null image, and so do bytes that only start
    // like a PNG.
    void onlyWebPictureFormatsDecode()
    {
        QImage img(4, 3, QImage::Format_RGB32);
        img.fill(Qt::blue);
        const auto encoded = [&img](const char* format) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            return img.save(&buffer, format) ? bytes : QByteArray();
        };
        ImageBudget budget;
        QCOMPARE(budget.decode(encoded("PNG")).size(), QSize(4, 3));
        QCOMPARE(budget.decode(encoded("JPEG")).size(), QSize(4, 3));
        const QByteArray gif("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff"
                             "!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00"
                             "\x00\x02\x02D\x01\x00;",
                             43);
        QCOMPARE(budget.decode(gif).size(), QSize(1, 1));
        if (const QByteArray webp = encoded("WEBP"); !webp.isEmpty()) {
            QCOMPARE(budget.decode(webp).size(), QSize(4, 3));
        }
        for (const char* format : {"BMP", "XPM", "PPM", "PGM", "XBM", "TIFF", "ICO"}) {
            const QByteArray other = encoded(format);
            if (!other.isEmpty()) {
                QVERIFY2(budget.decode(other).isNull(), format);
            }
        }
        const QByteArray svg(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\">"
            "<image href=\"file:///etc/hostname\" width=\"4\" height=\"3\"/></svg>");
        QVERIFY(budget.decode(svg).isNull());
        QVERIFY(budget.decode(QByteArray("\x89PNG\r\n\x1a\n", 8) + encoded("BMP")).isNull());
        QCOMPARE(ImageBudget::formatOf(encoded("PNG")), QByteArray("png"));
        QCOMPARE(ImageBudget::formatOf(svg), QByteArray());
    }

    // Plain text is linked in one pass: a long line built to make a pattern rescan (a run that
    // could start an address but never holds an '@', dots, closing brackets after a link) costs
    // linear processor time; four times the line may cost at most ~ten times as much.
    void plainTextLinksInLinearTime_data()
    {
        QTest::addColumn<QString>("piece");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("address characters without @") << u"a"_s << QString();
        QTest::newRow("dots and hyphens") << u"a.-"_s << QString();
        QTest::newRow("@ after @") << u"a@"_s << QString();
        QTest::newRow("domain labels without a top level") << u"a1."_s << u"x@"_s;
        QTest::newRow("closing brackets after a link") << u")"_s << u"http://a.example/"_s;
        QTest::newRow("dots after a link") << u"."_s << u"www.a.example"_s;
    }

    void plainTextLinksInLinearTime()
    {
        QFETCH(QString, piece);
        QFETCH(QString, prefix);
        const auto cpuMs = [&](int n) {
            const QString line = prefix + piece.repeated(n / piece.size());
            double best = 1e12;
            for (int run = 0; run < 3; ++run) {
                const std::clock_t start = std::clock();
                (void)PlainTextRenderer::linkify(line);
                best = qMin(best, double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
            }
            return best;
        };
        const double first = cpuMs(5000);
        QVERIFY2(first < 500, qPrintable(u"5000 characters: %1 ms"_s.arg(first)));
        const double small = cpuMs(50'000);
        const double large = cpuMs(200'000);
        qDebug("50k characters: %.2f ms, 200k: %.2f ms", small, large);
        QVERIFY2(large < 10 * qMax(small, 2.0) && large < 5000,
                 qPrintable(u"50k characters: %1 ms, 200k: %2 ms"_s.arg(small).arg(large)));
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
