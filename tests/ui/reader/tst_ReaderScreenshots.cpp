// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReaderMessages.h"
#include "app/RemoteContentWiring.h"
#include "core/net/RemoteResourceFetcher.h"
#include "tests/support/HostCertificate.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/Picture.h"
#include "ui/reader/MessageBrowser.h"
#include "ui/reader/MessageView.h"
#include "ui/reader/NoticeBar.h"
#include "ui/reader/RemoteContentPolicy.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace postbag;
using namespace postbag::ui;

// Grabs the reader at a realistic size. Run with POSTBAG_SCREENSHOTS=<dir> (e.g. docs/screenshots)
// to keep the pictures; without it they go to a temporary folder. Each checks that the picture
// shows something (not blank) and the state it was taken to show.
class tst_ReaderScreenshots : public QObject
{
    Q_OBJECT

    QString m_dir;

    void grab(MessageView& view, const QString& name)
    {
        view.resize(900, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPixmap pixmap = view.grab();
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size() / pixmap.devicePixelRatio(), view.size());
        QVERIFY2(testing::Picture::distinctColours(pixmap.toImage()) >= 16, qPrintable(name));
        QVERIFY(pixmap.save(QDir(m_dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("POSTBAG_SCREENSHOTS");
        if (m_dir.isEmpty()) {
            m_dir = QDir::temp().filePath(QStringLiteral("postbag-screenshots"));
        }
        QVERIFY(QDir().mkpath(m_dir));
    }

    void plain()
    {
        InMemoryRemoteContentPolicy policy;
        MessageView view(policy);
        view.showMessage(test::summaryFor(1), test::plainMessage());
        QVERIFY(!view.browser()->toPlainText().trimmed().isEmpty());
        QVERIFY(view.remoteBar()->isHidden());
        grab(view, QStringLiteral("reader-plain.png"));
    }

    void htmlBlocked()
    {
        InMemoryRemoteContentPolicy policy;
        MessageView view(policy);
        view.showMessage(test::summaryFor(2), test::hostileHtmlMessage());
        QVERIFY(!view.remoteBar()->isHidden()); // the pictures are blocked, and it says so
        grab(view, QStringLiteral("reader-html-blocked.png"));
    }

    // "Show for this message" with the images served by a loopback server (as the proxy, so no
    // real DNS): the hero picture arrives over https, the tracking pixel over http.
    void htmlShownOnce()
    {
        QTemporaryDir certDir;
        QString error;
        const auto cert = testing::HostCertificate::generate(
            certDir.path(), {QStringLiteral("images.example")}, &error);
        QVERIFY2(cert, qPrintable(error));
        QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificate(cert->certificate);
        serverTls.setPrivateKey(cert->key);
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.addCaCertificate(cert->certificate);
        QSslConfiguration::setDefaultConfiguration(client);

        QImage hero(300, 120, QImage::Format_RGB32);
        hero.fill(QColor(0xf2, 0xc1, 0x4e));
        QPainter p(&hero);
        p.setPen(QColor(0x2f, 0x6f, 0xa8));
        p.setFont(QFont(QStringLiteral("Sans"), 22, QFont::Bold));
        p.drawText(hero.rect(), Qt::AlignCenter, QStringLiteral("Spring sale"));
        p.end();
        QByteArray heroPng;
        QBuffer buffer(&heroPng);
        buffer.open(QIODevice::WriteOnly);
        hero.save(&buffer, "PNG");

        testing::LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setTlsConfiguration(serverTls);
        server.setResponse(QStringLiteral("https://images.example/hero.jpg"),
                           testing::LoopbackHttpServer::answer(200, heroPng));
        InMemoryRemoteContentPolicy policy;
        MessageView view(policy);
        net::RemoteResourceFetcher fetcher(net::RemoteResourceFetcher::Settings{server.proxy()});
        app::wireRemoteContent(view, fetcher);
        view.showMessage(test::summaryFor(2), test::hostileHtmlMessage());
        view.showRemoteContentOnce();
        const QUrl heroUrl(QStringLiteral("https://images.example/hero.jpg"));
        QTRY_COMPARE(view.browser()
                         ->document()
                         ->resource(QTextDocument::ImageResource, heroUrl)
                         .value<QImage>()
                         .size(),
                     QSize(300, 120));
        QTRY_VERIFY(!fetcher.isRunning());
        grab(view, QStringLiteral("reader-html-shown.png"));
    }

    // The warning before a link whose text shows another address than its target.
    void misleadingLinkWarning()
    {
        InMemoryRemoteContentPolicy policy;
        MessageView view(policy);
        QList<QUrl> opened;
        view.setUrlOpener([&](const QUrl& u) { opened.append(u); });
        view.resize(900, 640);
        view.show();
        view.showMessage(test::summaryFor(4),
                         "From: Bank <service@bank.example>\r\nSubject: Verify your account\r\n"
                         "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                         "<p>Please confirm your details at "
                         "<a href=\"https://bank-example.evil.test/verify?id=8812\">"
                         "https://bank.example/login</a></p>\r\n");
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString saved;
        QTimer::singleShot(100, &view, [&] {
            QWidget* box = QApplication::activeModalWidget();
            if (box == nullptr) {
                return;
            }
            const QImage shot = box->grab().toImage();
            if (testing::Picture::distinctColours(shot) >= 16 &&
                shot.save(QDir(m_dir).filePath(QStringLiteral("reader-misleading-link.png"))))
                saved = QDir(m_dir).filePath(QStringLiteral("reader-misleading-link.png"));
            box->close(); // declined
        });
        const int at = view.browser()->toPlainText().indexOf(QStringLiteral("https://bank"));
        QTextCursor c(view.browser()->document());
        c.setPosition(at + 3);
        QTest::mouseClick(view.browser()->viewport(), Qt::LeftButton, {},
                          view.browser()->cursorRect(c).center());
        QVERIFY(!saved.isEmpty());
        QVERIFY(opened.isEmpty());
    }

    void headersOnly()
    {
        InMemoryRemoteContentPolicy policy;
        MessageView view(policy);
        const QByteArray raw = test::plainMessage();
        view.showMessage(test::summaryFor(3, true), raw.left(raw.indexOf("\r\n\r\n") + 4));
        QVERIFY(!view.headersOnlyBar()->isHidden());
        grab(view, QStringLiteral("reader-headers-only.png"));
    }

    // "Download the rest" for a message the server no longer has.
    void headersOnlyBodyUnavailable()
    {
        InMemoryRemoteContentPolicy policy;
        MessageView view(policy);
        const QByteArray raw = test::plainMessage();
        view.showMessage(test::summaryFor(3, true), raw.left(raw.indexOf("\r\n\r\n") + 4));
        view.bodyUnavailable();
        QVERIFY(view.headersOnlyBar()->text().startsWith(u"The server did not send"));
        grab(view, QStringLiteral("reader-body-unavailable.png"));
    }

    // Open on an HTML attachment: not handed to a browser, which would load its pictures.
    void webPageAttachmentNotOpened()
    {
        InMemoryRemoteContentPolicy policy;
        MessageView view(policy);
        QList<QUrl> opened;
        view.setUrlOpener([&](const QUrl& u) { opened.append(u); });
        const QByteArray raw =
            "From: Newsletter <news@shop.example>\r\nTo: alice@example.org\r\n"
            "Subject: Our autumn catalogue\r\nDate: Tue, 24 Nov 2026 09:12:00 +0000\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            "--b\r\nContent-Type: text/plain\r\n\r\nThe catalogue is attached.\r\n"
            "--b\r\nContent-Type: text/html\r\nContent-Disposition: attachment; "
            "filename=\"catalogue.html\"\r\n\r\n<img src=\"https://t.shop.example/o.gif\">\r\n"
            "--b--\r\n";
        view.showMessage(test::summaryFor(4), raw);
        view.openAttachment(0);
        QVERIFY(opened.isEmpty());
        QVERIFY(!view.errorBar()->isHidden());
        grab(view, QStringLiteral("reader-web-page-attachment.png"));
    }
};

QTEST_MAIN(tst_ReaderScreenshots)
#include "tst_ReaderScreenshots.moc"
