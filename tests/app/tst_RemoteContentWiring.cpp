// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/RemoteContentWiring.h"
#include "core/net/RemoteResourceFetcher.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/ui/reader/ReaderMessages.h"
#include "ui/reader/MessageBrowser.h"
#include "ui/reader/MessageView.h"
#include "ui/reader/RemoteContentPolicy.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace postbag;
using namespace postbag::ui;
using namespace postbag::app;
using namespace postbag::testing;
using namespace Qt::StringLiterals;

namespace {

const QUrl kPixel(u"http://tracker.example/pixel.gif"_s);

QByteArray png(QSize size)
{
    QImage img(size, QImage::Format_ARGB32);
    img.fill(Qt::red);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return out;
}

QSize shownSize(MessageView& view, const QUrl& url)
{
    return view.browser()
        ->document()
        ->resource(QTextDocument::ImageResource, url)
        .value<QImage>()
        .size();
}

} // namespace

// The reader's remote content reaches the network only through the fetcher, only once the user
// allowed it, and what arrives replaces the placeholder in the shown message. A real HTTP server
// on loopback answers as the proxy, so no name is looked up in the real DNS.
class tst_RemoteContentWiring : public QObject
{
    Q_OBJECT

    struct Reader
    {
        InMemoryRemoteContentPolicy policy;
        MessageView view{policy};
        net::RemoteResourceFetcher fetcher;

        explicit Reader(const LoopbackHttpServer& server)
            : fetcher(net::RemoteResourceFetcher::Settings{server.proxy()})
        {
            view.resize(700, 500);
            wireRemoteContent(view, fetcher);
        }
    };

private Q_SLOTS:
    void blockedContentReachesNoServer()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        Reader r(server);
        QSignalSpy requested(&r.view, &MessageView::remoteContentRequested);
        r.view.showMessage(test::summaryFor(1), test::hostileHtmlMessage());
        QVERIFY(r.view.remoteContentBlocked());
        // Nothing was asked for, so nothing is under way that could connect later.
        QCoreApplication::processEvents();
        QCOMPARE(requested.size(), 0);
        QVERIFY(!r.fetcher.isRunning());
        QCOMPARE(server.connectionCount(), 0);
    }

    // "Show for this message": the tracker's image (served as a 40x20 PNG) is in the document;
    // the https image, whose host cannot be reached, stays a placeholder and nothing breaks.
    void shownOnceFetchesIntoTheDocument()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        auto image = LoopbackHttpServer::answer(200, png(QSize(40, 20)));
        image.contentType = "image/png";
        server.setResponse(kPixel.toString(), image);
        Reader r(server);
        r.view.showMessage(test::summaryFor(1), test::hostileHtmlMessage());
        QVERIFY(shownSize(r.view, kPixel) != QSize(40, 20));
        r.view.showRemoteContentOnce();
        QTRY_COMPARE(shownSize(r.view, kPixel), QSize(40, 20));
        QTRY_VERIFY(!r.fetcher.isRunning());
        QVERIFY(server.requests().contains(kPixel));
        QVERIFY(!r.view.browser()->grab().isNull()); // lays out and paints with the new image

        // An answer for a URL the message did not ask for is not taken.
        r.view.addRemoteImage(QUrl(u"http://elsewhere.example/x.png"_s),
                              QImage(5, 5, QImage::Format_RGB32));
        QVERIFY(shownSize(r.view, QUrl(u"http://elsewhere.example/x.png"_s)) != QSize(5, 5));
    }

    // An image that would decode to 20 million pixels (a 1-bit PNG of a few kilobytes) is not
    // decoded: it stays a placeholder.
    void anImageTooBigToDecodeStaysAPlaceholder()
    {
        QImage huge(5000, 4000, QImage::Format_Mono);
        huge.fill(0);
        QByteArray bomb;
        QBuffer buffer(&bomb);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(huge.save(&buffer, "PNG"));
        QVERIFY(bomb.size() < 200'000);
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setResponse(kPixel.toString(), LoopbackHttpServer::answer(200, bomb));
        Reader r(server);
        QSignalSpy fetched(&r.fetcher, &net::RemoteResourceFetcher::fetched);
        r.view.showMessage(test::summaryFor(1), test::hostileHtmlMessage());
        r.view.showRemoteContentOnce();
        QTRY_COMPARE(fetched.size(), 1);
        QTRY_VERIFY(!r.fetcher.isRunning());
        QVERIFY(shownSize(r.view, kPixel) != QSize(5000, 4000));
    }

    // Moving on to another message withdraws what is still loading for the previous one.
    void anotherMessageWithdrawsTheRequest()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setSilent(true);
        Reader r(server);
        r.policy.allow(u"news@shop.example"_s);
        r.view.showMessage(test::summaryFor(1), test::hostileHtmlMessage());
        QVERIFY(!r.view.remoteContentBlocked());
        QVERIFY(r.fetcher.isRunning());
        r.view.showMessage(test::summaryFor(2), test::plainMessage());
        QVERIFY(!r.fetcher.isRunning());
        r.view.showMessage(test::summaryFor(1), test::hostileHtmlMessage());
        QVERIFY(r.fetcher.isRunning());
        r.view.clear();
        QVERIFY(!r.fetcher.isRunning());
    }
};

QTEST_MAIN(tst_RemoteContentWiring)
#include "tst_RemoteContentWiring.moc"
