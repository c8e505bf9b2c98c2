// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteResourceFetcher against a real HTTP server on loopback, reached as an HTTP proxy so the
// test's image hosts are never looked up in the real DNS; https goes through CONNECT to the same
// server, which presents a certificate this test process trusts.
#include "core/net/RemoteResourceFetcher.h"
#include "tests/support/HostCertificate.h"
#include "tests/support/LoopbackHttpServer.h"

#include <QHostInfo>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag;
using namespace postbag::net;
using namespace postbag::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Run
{
    QHash<QUrl, QByteArray> fetched;
    QHash<QUrl, Error> failed;
    int finished = 0;
};

// Runs one batch to its end (or `limitMs`), recording every report.
Run fetch(RemoteResourceFetcher& fetcher, const QStringList& urls, int limitMs = 20000)
{
    Run run;
    QObject ctx;
    QObject::connect(&fetcher, &RemoteResourceFetcher::fetched, &ctx,
                     [&](const QUrl& u, const QByteArray& d) { run.fetched.insert(u, d); });
    QObject::connect(&fetcher, &RemoteResourceFetcher::failed, &ctx,
                     [&](const QUrl& u, const Error& e) { run.failed.insert(u, e); });
    QObject::connect(&fetcher, &RemoteResourceFetcher::finished, &ctx, [&] { ++run.finished; });
    fetcher.fetch(urls);
    if (!QTest::qWaitFor([&] { return run.finished > 0; }, limitMs)) {
        qWarning("the fetcher did not finish");
    }
    // Nothing more may follow: no request or look-up is left that could report, and what the
    // event loop still holds (deleted replies) reports nothing either.
    QCoreApplication::processEvents();
    (void)QTest::qVerify(!fetcher.isRunning() && run.finished == 1, "settled", "", __FILE__,
                         __LINE__);
    return run;
}

RemoteResourceFetcher::Settings through(const LoopbackHttpServer& server)
{
    RemoteResourceFetcher::Settings s;
    s.proxy = server.proxy();
    return s;
}

} // namespace

class tst_RemoteResourceFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const auto cert =
            HostCertificate::generate(m_dir.path(), {u"images.example.test"_s}, &error);
        QVERIFY2(cert, qPrintable(error));
        m_serverTls = QSslConfiguration::defaultConfiguration();
        m_serverTls.setLocalCertificate(cert->certificate);
        m_serverTls.setPrivateKey(cert->key);
        m_serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.addCaCertificate(cert->certificate);
        QSslConfiguration::setDefaultConfiguration(client);
    }

    // Each distinct image once, over http and https; a cookie the host sets is neither kept nor
    // sent with the next message's images.
    void fetchesEachImageOnceWithoutCookies()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setTlsConfiguration(m_serverTls);
        auto pixel = LoopbackHttpServer::answer(200, "GIF89a-pixel");
        pixel.contentType = "image/gif";
        pixel.headers = "Set-Cookie: track=me-123; Path=/\r\n";
        server.setResponse(u"http://tracker.example.test/p.gif"_s, pixel);
        server.setResponse(u"https://images.example.test/hero.png"_s,
                           LoopbackHttpServer::answer(200, "PNG-hero-bytes"));
        RemoteResourceFetcher fetcher(through(server));

        const Run first = fetch(fetcher, {u"http://tracker.example.test/p.gif"_s,
                                          u"https://images.example.test/hero.png"_s,
                                          u"http://tracker.example.test/p.gif"_s});
        QCOMPARE(first.failed.size(), 0);
        QCOMPARE(first.fetched.value(QUrl(u"http://tracker.example.test/p.gif"_s)),
                 QByteArray("GIF89a-pixel"));
        QCOMPARE(first.fetched.value(QUrl(u"https://images.example.test/hero.png"_s)),
                 QByteArray("PNG-hero-bytes"));
        QCOMPARE(first.finished, 1);
        QCOMPARE(server.requests().size(), 2);

        const Run second = fetch(fetcher, {u"http://tracker.example.test/p.gif"_s});
        QCOMPARE(second.fetched.size(), 1);
        QCOMPARE(server.requests().size(), 3); // asked again: nothing is cached
        for (const QByteArray& head : server.requestHeaders()) {
            QVERIFY2(!head.toLower().contains("cookie:"), head.constData());
            QVERIFY2(!head.toLower().contains("referer:"), head.constData());
        }
    }

    // A scheme-less "//host/path" (common in newsletters) is fetched over https and reported
    // under the URL the message wrote.
    void protocolRelativeGoesOverHttps()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setTlsConfiguration(m_serverTls);
        server.setResponse(u"https://images.example.test/logo.png"_s,
                           LoopbackHttpServer::answer(200, "logo"));
        RemoteResourceFetcher fetcher(through(server));
        const Run run = fetch(fetcher, {u"//images.example.test/logo.png"_s});
        QCOMPARE(run.fetched.value(QUrl(u"//images.example.test/logo.png"_s)), QByteArray("logo"));
        QCOMPARE(server.requests(), QList<QUrl>{QUrl(u"https://images.example.test/logo.png"_s)});
    }

    // file:, data:, cid: and the like fail at once and never reach any server.
    void onlyHttpAndHttpsAreRequested()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        RemoteResourceFetcher fetcher(through(server));
        const QStringList urls = {u"file:///etc/passwd"_s,    u"ftp://images.example.test/a.png"_s,
                                  u"cid:logo@postbag.test"_s, u"data:image/png;base64,AAAA"_s,
                                  u"/relative/path.png"_s,    u"http:///no-host.png"_s};
        const Run run = fetch(fetcher, urls);
        QCOMPARE(run.fetched.size(), 0);
        QCOMPARE(run.failed.size(), urls.size());
        QCOMPARE(run.finished, 1);
        QCOMPARE(server.connectionCount(), 0);
    }

    // Too big, not found, too many: each a failure with its code; nothing handed on in part.
    void limitsAndServerErrors()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setResponse(u"http://images.example.test/big.png"_s,
                           LoopbackHttpServer::answer(200, QByteArray(5000, 'x')));
        server.setResponse(u"http://images.example.test/ok.png"_s,
                           LoopbackHttpServer::answer(200, QByteArray(900, 'y')));
        server.setResponse(
            u"http://images.example.test/loop.png"_s,
            LoopbackHttpServer::redirect(302, "http://images.example.test/loop.png"));
        auto settings = through(server);
        settings.maxBytes = 1000;
        settings.maxResources = 4;
        RemoteResourceFetcher fetcher(settings);
        const Run run = fetch(fetcher, {u"http://images.example.test/big.png"_s,
                                        u"http://images.example.test/ok.png"_s,
                                        u"http://images.example.test/missing.png"_s,
                                        u"http://images.example.test/loop.png"_s,
                                        u"http://images.example.test/fifth.png"_s});
        QCOMPARE(run.fetched.keys(), QList<QUrl>{QUrl(u"http://images.example.test/ok.png"_s)});
        QCOMPARE(run.fetched.begin().value().size(), 900);
        QCOMPARE(run.failed.size(), 3);
        QCOMPARE(run.failed.value(QUrl(u"http://images.example.test/missing.png"_s)).code,
                 ErrorCode::ServerRejected);
        QCOMPARE(run.failed.value(QUrl(u"http://images.example.test/missing.png"_s)).serverText,
                 u"HTTP 404"_s);
        QVERIFY(run.failed.value(QUrl(u"http://images.example.test/big.png"_s))
                    .serverText.contains(u"1000"));
        QVERIFY(run.failed.contains(QUrl(u"http://images.example.test/loop.png"_s)));
        for (const QUrl& u : server.requests()) {
            QVERIFY(u.path() != u"/fifth.png"); // over the limit: never asked
        }
        QVERIFY(!run.failed.contains(QUrl(u"http://images.example.test/fifth.png"_s)));
    }

    // An answer that breaks off after its 200 header is a failure, never half an image.
    void aBrokenAnswerIsNotHandedOn()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        auto cut = LoopbackHttpServer::answer(200, QByteArray(300, 'p'));
        cut.declaredLength = 5000;
        server.setResponse(u"http://images.example.test/cut.png"_s, cut);
        RemoteResourceFetcher fetcher(through(server));
        const Run run = fetch(fetcher, {u"http://images.example.test/cut.png"_s});
        QCOMPARE(run.fetched.size(), 0);
        QCOMPARE(run.failed.size(), 1);
    }

    // A redirect is checked like a first request: never to this computer or its network.
    void noRedirectToThisComputer()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setResponse(u"http://images.example.test/a.png"_s,
                           LoopbackHttpServer::redirect(302, "http://127.0.0.1:631/admin"));
        server.setResponse(u"http://images.example.test/b.png"_s,
                           LoopbackHttpServer::redirect(302, "/c.png"));
        server.setResponse(u"http://images.example.test/c.png"_s,
                           LoopbackHttpServer::answer(200, "followed"));
        RemoteResourceFetcher fetcher(through(server));
        const Run run = fetch(fetcher, {u"http://images.example.test/a.png"_s,
                                        u"http://images.example.test/b.png"_s});
        QCOMPARE(run.failed.keys(), QList<QUrl>{QUrl(u"http://images.example.test/a.png"_s)});
        QCOMPARE(run.fetched.value(QUrl(u"http://images.example.test/b.png"_s)),
                 QByteArray("followed"));
        for (const QUrl& u : server.requests()) {
            QCOMPARE(u.host(), u"images.example.test"_s);
        }
    }

    // https never follows a redirect to plain http.
    void noRedirectFromHttpsToHttp()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setTlsConfiguration(m_serverTls);
        server.setResponse(u"https://images.example.test/a.png"_s,
                           LoopbackHttpServer::redirect(302, "http://images.example.test/a.png"));
        server.setResponse(u"http://images.example.test/a.png"_s,
                           LoopbackHttpServer::answer(200, "plain"));
        RemoteResourceFetcher fetcher(through(server));
        const Run run = fetch(fetcher, {u"https://images.example.test/a.png"_s});
        QCOMPARE(run.fetched.size(), 0);
        QCOMPARE(run.failed.size(), 1);
        for (const QUrl& u : server.requests()) {
            QCOMPARE(u.scheme(), u"https"_s);
        }
    }

    // A host that never answers ends at the timeout; a withdrawn batch reports nothing at all.
    void silentHostTimesOutAndCancelReportsNothing()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setSilent(true);
        auto settings = through(server);
        settings.timeout = 300ms;
        RemoteResourceFetcher fetcher(settings);
        const Run run = fetch(fetcher, {u"http://images.example.test/slow.png"_s});
        QCOMPARE(run.failed.size(), 1);
        QCOMPARE(run.failed.begin().value().code, ErrorCode::ResponseTimeout);

        settings.timeout = 60s;
        settings.batchTimeout = 400ms; // a host that answers nothing in time for the message
        RemoteResourceFetcher trickle(settings);
        const Run late = fetch(trickle, {u"http://images.example.test/late.png"_s});
        QCOMPARE(late.failed.size(), 1);
        QCOMPARE(late.failed.begin().value().code, ErrorCode::ResponseTimeout);
        QCOMPARE(late.failed.begin().value().serverText, u"the message's images took too long"_s);

        settings.timeout = 60s;
        settings.batchTimeout = 60s;
        RemoteResourceFetcher patient(settings);
        QSignalSpy fetched(&patient, &RemoteResourceFetcher::fetched);
        QSignalSpy failed(&patient, &RemoteResourceFetcher::failed);
        QSignalSpy finished(&patient, &RemoteResourceFetcher::finished);
        patient.fetch(
            {u"http://images.example.test/a.png"_s, u"http://images.example.test/b.png"_s});
        QTRY_VERIFY(server.connectionCount() >= 4);
        QVERIFY(patient.isRunning());
        patient.cancel();
        QVERIFY(!patient.isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(fetched.size() + failed.size() + finished.size(), 0);
    }

    // Connecting directly, the fetcher looks the name up itself and refuses a name that leads to
    // this computer, before any connection: the loopback server behind it sees nothing.
    void aNameForThisComputerIsRefusedBeforeConnecting()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setResponse(u"http://images.example.test/a.png"_s,
                           LoopbackHttpServer::answer(200, "local"));
        // A name this machine resolves to a loopback or private address that no rule about names
        // catches (the machine's own name, mapped in /etc/hosts, usually is one).
        QString name;
        for (const QString& candidate : {QHostInfo::localHostName(), u"localhost.localdomain"_s,
                                         u"ip6-localhost"_s, u"ip6-loopback"_s}) {
            const QUrl url(u"http://"_s + candidate + u"/"_s);
            const QHostInfo info = QHostInfo::fromName(candidate);
            if (!candidate.isEmpty() && RemoteResourceFetcher::refusal(url).isEmpty() &&
                info.error() == QHostInfo::NoError &&
                !RemoteResourceFetcher::addressRefusal(info.addresses()).isEmpty()) {
                name = candidate;
                break;
            }
        }
        if (name.isEmpty()) {
            QSKIP("no host name here resolves to this computer without looking like it");
        }
        RemoteResourceFetcher::Settings direct;
        direct.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        RemoteResourceFetcher fetcher(direct);
        const QString url = u"http://%1:%2/a.png"_s.arg(name).arg(server.serverPort());
        const Run run = fetch(fetcher, {url});
        QCOMPARE(run.fetched.size(), 0);
        QCOMPARE(run.failed.size(), 1);
        QCOMPARE(run.failed.begin().value().code, ErrorCode::NetworkError);
        QCOMPARE(run.failed.begin().value().serverText,
                 u"a name for an address on this computer or network"_s);
        QCOMPARE(server.connectionCount(), 0);
        // The same server through the test's proxy still answers (the proxy resolves there).
        RemoteResourceFetcher viaProxy(through(server));
        QCOMPARE(fetch(viaProxy, {u"http://images.example.test/a.png"_s}).fetched.size(), 1);
    }

    // What a look-up may return: any address on this computer or its networks refuses the name.
    void addressesOfThisComputerOrNetworkAreRefused()
    {
        for (const char* local : {"127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.20.0.1",
                                  "192.168.1.1", "169.254.1.1", "100.64.0.1", "0.0.0.0", "fc00::1",
                                  "fe80::1", "::ffff:192.168.1.1", "::ffff:127.0.0.1", "::"}) {
            const QHostAddress address(QString::fromLatin1(local));
            QVERIFY2(!RemoteResourceFetcher::addressRefusal({address}).isEmpty(), local);
            // One bad address among good ones is enough: the connection might pick it.
            QVERIFY2(
                !RemoteResourceFetcher::addressRefusal({QHostAddress(u"93.184.216.34"_s), address})
                     .isEmpty(),
                local);
        }
        QVERIFY(RemoteResourceFetcher::addressRefusal(
                    {QHostAddress(u"93.184.216.34"_s), QHostAddress(u"2606:2800:220:1::1"_s)})
                    .isEmpty());
        QVERIFY(!RemoteResourceFetcher::addressRefusal({}).isEmpty());
        QVERIFY(!RemoteResourceFetcher::refusal(QUrl(u"http://localhost./a.png"_s)).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_serverTls;
};

QTEST_MAIN(tst_RemoteResourceFetcher)
#include "tst_RemoteResourceFetcher.moc"
