// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AutoconfigFetcher against a real HTTP server on loopback, reached as an HTTP proxy so that the
// test domain is never looked up in the real DNS. HTTPS goes through CONNECT to the same server,
// which presents a certificate for the test names that this test process trusts.
#include "core/autoconfig/AutoconfigFetcher.h"
#include "tests/core/autoconfig/IspdbSamples.h"
#include "tests/support/HostCertificate.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/QueuedEvents.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace postbag;
using namespace postbag::autoconfig;
using namespace postbag::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString kAddress = u"jane@example.test"_s;
const QString kHttps = u"https://autoconfig.example.test/mail/config-v1.1.xml"_s;
const QString kHttp = u"http://autoconfig.example.test/mail/config-v1.1.xml"_s;
const QString kWellKnown = u"https://example.test/.well-known/autoconfig/mail/config-v1.1.xml"_s;

QByteArray document(const char* host, int port)
{
    return QByteArray(
               "<clientConfig version=\"1.1\"><emailProvider id=\"example.test\">"
               "<displayName>Example</displayName><incomingServer type=\"pop3\"><hostname>") +
           host + "</hostname><port>" + QByteArray::number(port) +
           "</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username>"
           "</incomingServer></emailProvider></clientConfig>";
}

struct Run
{
    QList<ServerCandidate> found;
    QList<QPair<Source, bool>> finishedSources;
    QStringList started;
    qint64 elapsedMs = 0;
};

Run fetch(AutoconfigFetcher& fetcher, int limitMs = 20000)
{
    Run run;
    QObject::connect(&fetcher, &AutoconfigFetcher::candidateFound, &fetcher,
                     [&](const ServerCandidate& c) { run.found.append(c); });
    QObject::connect(&fetcher, &AutoconfigFetcher::sourceFinished, &fetcher, [&](Source s, bool f) {
        run.finishedSources.append({s, f});
    });
    QObject::connect(&fetcher, &AutoconfigFetcher::sourceStarted, &fetcher,
                     [&](Source, const QString& url) { run.started.append(url); });
    QSignalSpy finished(&fetcher, &AutoconfigFetcher::finished);
    QElapsedTimer clock;
    clock.start();
    fetcher.start(kAddress);
    if (!finished.wait(limitMs))
        qWarning("the fetcher did not finish");
    run.elapsedMs = clock.elapsed();
    fetcher.disconnect(&fetcher);
    return run;
}

bool finishedOnce(const Run& run, Source source, bool found)
{
    int count = 0;
    for (const auto& [s, f] : run.finishedSources) {
        if (s == source) {
            ++count;
            if (f != found)
                return false;
        }
    }
    return count == 1;
}

} // namespace

class tst_AutoconfigFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void urls();
    void httpsAutoconfigAndWellKnown();
    void httpIsOnlyAFallbackAndCarriesNoAddress();
    void httpsWinsOverHttp();
    void wellKnownWinsOverHttp();
    void nothingAnywhere();
    void oversizedAnswerCountsAsNothing();
    void redirectsAreLimited();
    void silentServerEndsAtTheTimeout();
    void cancelReportsAtOnce();
    void outgoingServersTravelWithTheirDocument();

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_serverTls;
};

void tst_AutoconfigFetcher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto cert = HostCertificate::generate(
        m_dir.path(), {u"autoconfig.example.test"_s, u"example.test"_s}, &error);
    QVERIFY2(cert, qPrintable(error));
    m_serverTls = QSslConfiguration::defaultConfiguration();
    m_serverTls.setLocalCertificate(cert->certificate);
    m_serverTls.setPrivateKey(cert->key);
    m_serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
    // This process trusts the test certificate, and only it is new: verification stays on.
    QSslConfiguration client = QSslConfiguration::defaultConfiguration();
    client.addCaCertificate(cert->certificate);
    QSslConfiguration::setDefaultConfiguration(client);
}

void tst_AutoconfigFetcher::urls()
{
    QCOMPARE(
        AutoconfigFetcher::autoconfigUrl(u"A.B@Example.Test"_s, true).toString(),
        u"https://autoconfig.example.test/mail/config-v1.1.xml?emailaddress=A.B@Example.Test"_s);
    QCOMPARE(AutoconfigFetcher::autoconfigUrl(u"a@example.test"_s, false).toString(), kHttp);
    QCOMPARE(
        AutoconfigFetcher::wellKnownUrl(u"a+b@example.test"_s).toString(QUrl::FullyEncoded),
        u"https://example.test/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=a%2Bb@example.test"_s);
}

void tst_AutoconfigFetcher::httpsAutoconfigAndWellKnown()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setTlsConfiguration(m_serverTls);
    const QByteArray twoPorts =
        QString::fromLatin1(samples::kExampleTestTemplate).arg(995).arg(110).toUtf8();
    server.setResponse(kHttps, LoopbackHttpServer::answer(200, twoPorts));
    server.setResponse(kWellKnown,
                       LoopbackHttpServer::answer(200, document("wk.example.test", 1995)));
    AutoconfigFetcher fetcher({server.proxy(), 10s});
    const Run run = fetch(fetcher);
    QCOMPARE(run.found.size(), 3);
    QCOMPARE(run.found.at(0).source, Source::IspAutoconfig);
    QCOMPARE(run.found.at(0).host, u"pop.example.test"_s);
    QCOMPARE(run.found.at(0).port, quint16(995));
    QCOMPARE(run.found.at(0).username, u"jane"_s);
    QCOMPARE(run.found.at(0).providerName, u"Example Test Mail"_s);
    QVERIFY(run.found.at(0).sourceDetail.startsWith(kHttps + u"?emailaddress="_s));
    QCOMPARE(run.found.at(1).security, transport::Security::StartTls);
    const auto wk =
        std::find_if(run.found.cbegin(), run.found.cend(),
                     [](const ServerCandidate& c) { return c.source == Source::WellKnown; });
    QVERIFY(wk != run.found.cend());
    QCOMPARE(wk->host, u"wk.example.test"_s);
    QCOMPARE(wk->port, quint16(1995));
    QVERIFY(finishedOnce(run, Source::IspAutoconfig, true));
    QVERIFY(finishedOnce(run, Source::WellKnown, true));
    QVERIFY(server.connectRequests() >= 2); // both https requests went through CONNECT
    bool sawAddress = false;
    for (const QUrl& u : server.requests()) {
        if (u.scheme() == u"https"_s)
            sawAddress = sawAddress || QUrlQuery(u).queryItemValue(u"emailaddress"_s) == kAddress;
    }
    QVERIFY(sawAddress);
}

void tst_AutoconfigFetcher::httpIsOnlyAFallbackAndCarriesNoAddress()
{
    LoopbackHttpServer server; // no TLS: every CONNECT is refused, so https fails
    QVERIFY(server.start());
    server.setResponse(kHttp,
                       LoopbackHttpServer::answer(200, document("plain-http.example.test", 995)));
    AutoconfigFetcher fetcher({server.proxy(), 10s});
    const Run run = fetch(fetcher);
    QCOMPARE(run.found.size(), 1);
    QCOMPARE(run.found.first().host, u"plain-http.example.test"_s);
    QCOMPARE(run.found.first().source, Source::IspAutoconfig);
    QCOMPARE(run.found.first().sourceDetail, kHttp);
    QVERIFY(run.found.first().unauthenticatedSource);
    QVERIFY(finishedOnce(run, Source::IspAutoconfig, true));
    QVERIFY(finishedOnce(run, Source::WellKnown, false));
    for (const QUrl& u : server.requests()) {
        QCOMPARE(u.scheme(), u"http"_s);
        QVERIFY2(!u.toString().contains(u"jane"_s), "no address in plain text");
    }
    QVERIFY(server.connectRequests() >= 2);
}

void tst_AutoconfigFetcher::httpsWinsOverHttp()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setTlsConfiguration(m_serverTls);
    server.setResponse(kHttps,
                       LoopbackHttpServer::answer(200, document("secure.example.test", 995)));
    server.setResponse(kHttp,
                       LoopbackHttpServer::answer(200, document("tampered.example.test", 995)));
    AutoconfigFetcher fetcher({server.proxy(), 10s});
    const Run run = fetch(fetcher);
    QCOMPARE(run.found.size(), 1);
    QCOMPARE(run.found.first().host, u"secure.example.test"_s);
}

// The domain's own https answer makes a plain-http autoconfig answer irrelevant (it may be an
// attacker's on the same network).
void tst_AutoconfigFetcher::wellKnownWinsOverHttp()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setTlsConfiguration(m_serverTls);
    server.setResponse(kWellKnown,
                       LoopbackHttpServer::answer(200, document("secure.example.test", 995)));
    server.setResponse(kHttp,
                       LoopbackHttpServer::answer(200, document("tampered.example.test", 995)));
    AutoconfigFetcher fetcher({server.proxy(), 10s});
    const Run run = fetch(fetcher);
    QCOMPARE(run.found.size(), 1);
    QCOMPARE(run.found.first().host, u"secure.example.test"_s);
    QVERIFY(!run.found.first().unauthenticatedSource);
    QVERIFY(finishedOnce(run, Source::IspAutoconfig, false));
}

void tst_AutoconfigFetcher::nothingAnywhere()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setTlsConfiguration(m_serverTls);
    server.setResponse(kHttp,
                       LoopbackHttpServer::answer(500, document("error-page.example.test", 995)));
    AutoconfigFetcher fetcher({server.proxy(), 10s});
    const Run run = fetch(fetcher);
    QVERIFY(run.found.isEmpty()); // 404 twice, and a 500 is not a config even with a body
    QVERIFY(finishedOnce(run, Source::IspAutoconfig, false));
    QVERIFY(finishedOnce(run, Source::WellKnown, false));
    const QList<QUrl> requests = server.requests();
    const QSet<QUrl> distinct(requests.cbegin(), requests.cend());
    QCOMPARE(distinct.size(), 3);
}

void tst_AutoconfigFetcher::oversizedAnswerCountsAsNothing()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    QByteArray big = document("big.example.test", 995);
    big.insert(big.indexOf("<emailProvider"),
               QByteArray("<!--") + QByteArray(300 * 1024, 'x') + "-->");
    server.setResponse(kHttp, LoopbackHttpServer::answer(200, big));
    AutoconfigFetcher fetcher({server.proxy(), 10s});
    const Run run = fetch(fetcher);
    QVERIFY(run.found.isEmpty());

    LoopbackHttpServer small; // the same document under the cap is read
    QVERIFY(small.start());
    big.replace(QByteArray(300 * 1024, 'x'), QByteArray(100 * 1024, 'x'));
    small.setResponse(kHttp, LoopbackHttpServer::answer(200, big));
    AutoconfigFetcher again({small.proxy(), 10s});
    QCOMPARE(fetch(again).found.size(), 1);
}

void tst_AutoconfigFetcher::redirectsAreLimited()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setTlsConfiguration(m_serverTls);
    // https → https is followed; a chain longer than 3 is not; https → http never.
    server.setResponse(kHttps,
                       LoopbackHttpServer::redirect(302, "https://autoconfig.example.test/r1"));
    server.setResponse(
        u"https://autoconfig.example.test/r1"_s,
        LoopbackHttpServer::redirect(302, "https://autoconfig.example.test/final.xml"));
    server.setResponse(u"https://autoconfig.example.test/final.xml"_s,
                       LoopbackHttpServer::answer(200, document("redirected.example.test", 995)));
    server.setResponse(kWellKnown,
                       LoopbackHttpServer::redirect(301, "http://example.test/downgraded.xml"));
    server.setResponse(u"http://example.test/downgraded.xml"_s,
                       LoopbackHttpServer::answer(200, document("down.example.test", 995)));
    AutoconfigFetcher fetcher({server.proxy(), 10s});
    Run run = fetch(fetcher);
    QCOMPARE(run.found.size(), 1);
    QCOMPARE(run.found.first().host, u"redirected.example.test"_s);
    QVERIFY(finishedOnce(run, Source::WellKnown, false));

    LoopbackHttpServer loop;
    QVERIFY(loop.start());
    loop.setTlsConfiguration(m_serverTls);
    for (int i = 0; i < 6; ++i)
        loop.setResponse(
            u"https://autoconfig.example.test/hop%1"_s.arg(i),
            LoopbackHttpServer::redirect(302, QByteArray("https://autoconfig.example.test/hop" +
                                                         QByteArray::number(i + 1))));
    loop.setResponse(kHttps,
                     LoopbackHttpServer::redirect(302, "https://autoconfig.example.test/hop0"));
    loop.setResponse(u"https://autoconfig.example.test/hop6"_s,
                     LoopbackHttpServer::answer(200, document("too-far.example.test", 995)));
    AutoconfigFetcher far({loop.proxy(), 10s});
    run = fetch(far);
    QVERIFY(run.found.isEmpty());
    // Three redirects followed (hop0..hop2), the fourth refused. (Qt may send a request twice
    // when the server closes a connection early, so distinct paths are counted.)
    QSet<QString> hops;
    for (const QUrl& u : loop.requests()) {
        if (u.path().startsWith(u"/hop"_s))
            hops.insert(u.path());
    }
    QCOMPARE(hops, (QSet<QString>{u"/hop0"_s, u"/hop1"_s, u"/hop2"_s}));
}

void tst_AutoconfigFetcher::silentServerEndsAtTheTimeout()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setSilent(true);
    AutoconfigFetcher fetcher({server.proxy(), 1500ms});
    const Run run = fetch(fetcher, 30000);
    QVERIFY(run.found.isEmpty());
    QVERIFY(finishedOnce(run, Source::IspAutoconfig, false));
    QVERIFY(finishedOnce(run, Source::WellKnown, false));
    // The hang limit is generous (a loaded machine); without a deadline this would take forever.
    QVERIFY2(run.elapsedMs < 15000, qPrintable(QString::number(run.elapsedMs)));
}

void tst_AutoconfigFetcher::cancelReportsAtOnce()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setSilent(true);
    AutoconfigFetcher fetcher({server.proxy(), 30s});
    QSignalSpy sources(&fetcher, &AutoconfigFetcher::sourceFinished);
    QSignalSpy finished(&fetcher, &AutoconfigFetcher::finished);
    fetcher.start(kAddress);
    QTRY_VERIFY(server.connectionCount() >= 1);
    fetcher.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(sources.size(), 2);
    QVERIFY(!fetcher.isRunning());
    QVERIFY(runQueuedEvents()); // what the aborted requests still had queued has run
    QCOMPARE(finished.size(), 1);
    QCOMPARE(sources.size(), 2);
}

// The submission servers of a document are reported with its POP3 servers and carry its
// trust (plain http: unauthenticated). A document naming only an outgoing server has not named a
// POP3 server: the source found nothing, and the plain-http fallback is still used.
void tst_AutoconfigFetcher::outgoingServersTravelWithTheirDocument()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setTlsConfiguration(m_serverTls);
    server.setResponse(
        kHttps, LoopbackHttpServer::answer(
                    200, "<clientConfig version=\"1.1\"><emailProvider id=\"example.test\">"
                         "<outgoingServer type=\"smtp\"><hostname>smtp.example.test</hostname>"
                         "<port>465</port><socketType>SSL</socketType></outgoingServer>"
                         "</emailProvider></clientConfig>"));
    QByteArray http = document("plain-http.example.test", 995);
    http.replace("</emailProvider>",
                 "<outgoingServer type=\"smtp\"><hostname>smtp.attacker.test</hostname>"
                 "<port>587</port><socketType>STARTTLS</socketType></outgoingServer>"
                 "</emailProvider>");
    server.setResponse(kHttp, LoopbackHttpServer::answer(200, http));
    AutoconfigFetcher fetcher({server.proxy(), 10s});
    const Run run = fetch(fetcher);
    QStringList got;
    for (const ServerCandidate& c : run.found)
        got << u"%1 %2 %3"_s.arg(serviceName(c.service), c.endpointKey())
                   .arg(c.unauthenticatedSource ? u"http"_s : u"https"_s);
    QCOMPARE(got, (QStringList{u"submission smtp.example.test:465 https"_s,
                               u"pop3 plain-http.example.test:995 http"_s,
                               u"submission smtp.attacker.test:587 http"_s}));
    QVERIFY(finishedOnce(run, Source::IspAutoconfig, true)); // the http document's POP3 server
}

QTEST_GUILESS_MAIN(tst_AutoconfigFetcher)
#include "tst_AutoconfigFetcher.moc"
