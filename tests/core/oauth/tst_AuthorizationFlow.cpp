// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/AuthorizationFlow.h"
#include "tests/support/ScriptedOAuthServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace postbag;
using namespace std::chrono_literals;
using oauth::AuthorizationFlow;
using oauth::Tokens;
using testing::ScriptedOAuthServer;
using Fault = ScriptedOAuthServer::Fault;

namespace {

const QString kClient = QStringLiteral("postbag-test-client");
const QString kScope = QStringLiteral("https://mail.example/ offline_access");

// The browser: fetches the sign-in page, follows the provider's redirect to the loopback listener
// and keeps the page it shows.
class Browser
{
public:
    void open(const QUrl& url)
    {
        opened.append(url);
        QNetworkReply* reply = m_network.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            finalUrl = reply->url();
            page = reply->readAll();
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            ++loaded;
        });
    }
    QList<QUrl> opened;
    QUrl finalUrl;
    QByteArray page;
    int status = 0;
    int loaded = 0;

private:
    QNetworkAccessManager m_network;
};

} // namespace

class tst_AuthorizationFlow : public QObject
{
    Q_OBJECT

    oauth::Provider providerOf(const ScriptedOAuthServer& server) const
    {
        oauth::Provider p;
        p.id = QStringLiteral("test");
        p.authorizationUrl = server.authorizationUrl();
        p.tokenUrl = server.tokenUrl();
        p.scopes = kScope.split(u' ');
        p.authorizationParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")}};
        return p;
    }

    struct Run
    {
        std::optional<Result<Tokens>> result;
        int calls = 0;
    };

    // Starts a sign-in against `server` whose browser is `browser` (nullptr: nobody opens it).
    void start(AuthorizationFlow& flow, const ScriptedOAuthServer& server, Browser* browser,
               Run& run)
    {
        const AuthorizationFlow::Pages pages{QStringLiteral("Signed in <ok> & done"),
                                             QStringLiteral("Sign-in failed")};
        const Status started = flow.start(
            providerOf(server), {kClient, {}}, QStringLiteral("user@example.org"), pages,
            [browser](const QUrl& url) {
                if (browser)
                    browser->open(url);
            },
            [&run](Result<Tokens> r) {
                ++run.calls;
                run.result = std::move(r);
            });
        QVERIFY(started.ok());
    }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void signsIn()
    {
        ScriptedOAuthServer server(kClient, kScope);
        QVERIFY(server.start());
        AuthorizationFlow flow(&m_network);
        Browser browser;
        Run run;
        start(flow, server, &browser, run);
        QTRY_COMPARE(run.calls, 1);
        QVERIFY2(run.result->ok(), qPrintable(server.lastRefusal()));
        QCOMPARE(server.codeExchanges(), 1);
        QCOMPARE(server.issuedRefreshTokens(), QStringList{(*run.result)->refreshToken});
        QVERIFY(server.activeAccessTokens().contains((*run.result)->accessToken));
        QVERIFY((*run.result)->expiresAt > QDateTime::currentDateTimeUtc().addSecs(3500));

        // The sign-in page got everything RFC 7636 and RFC 8252 ask for.
        QCOMPARE(browser.opened, QList<QUrl>{flow.authorizationUrl()});
        const QUrlQuery q(flow.authorizationUrl());
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
                 QStringLiteral("user@example.org"));
        QCOMPARE(q.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        const QUrl redirect(flow.redirectUri());
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);

        // The browser landed on the listener, which showed the ui's words, escaped.
        QTRY_COMPARE(browser.loaded, 1);
        QCOMPARE(browser.status, 200);
        QCOMPARE(browser.finalUrl.port(), redirect.port());
        QVERIFY2(browser.page.contains("Signed in &lt;ok&gt; &amp; done"),
                 browser.page.constData());
        QCOMPARE(run.calls, 1);
    }

    void wrongStateIsRefused()
    {
        ScriptedOAuthServer server(kClient, kScope);
        QVERIFY(server.start());
        server.setFault(Fault::WrongState);
        AuthorizationFlow flow(&m_network);
        Browser browser;
        Run run;
        start(flow, server, &browser, run);
        QTRY_COMPARE(run.calls, 1);
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().code, ErrorCode::StateMismatch);
        QCOMPARE(server.tokenRequests(), 0); // the code of another sign-in is never exchanged
        QTRY_COMPARE(browser.loaded, 1);
        QVERIFY(browser.page.contains("Sign-in failed"));
    }

    void errorRedirectCarriesTheProvidersWords()
    {
        ScriptedOAuthServer server(kClient, kScope);
        QVERIFY(server.start());
        server.setFault(Fault::ErrorRedirect);
        AuthorizationFlow flow(&m_network);
        Browser browser;
        Run run;
        start(flow, server, &browser, run);
        QTRY_COMPARE(run.calls, 1);
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().code, ErrorCode::ProviderError);
        QCOMPARE(run.result->error().responseCode, QByteArray("access_denied"));
        QCOMPARE(run.result->error().serverText, QStringLiteral("The user said no"));
        QCOMPARE(server.tokenRequests(), 0);
        QTRY_COMPARE(browser.loaded, 1);
        QVERIFY(browser.page.contains("Sign-in failed"));
    }

    void aStolenCodeIsWorthlessWithoutItsVerifier()
    {
        // Another program on the machine intercepts sign-in A's redirect and hands its code to
        // sign-in B's listener, with B's state: B exchanges it with its own verifier.
        ScriptedOAuthServer server(kClient, kScope);
        QVERIFY(server.start());
        AuthorizationFlow a(&m_network);
        AuthorizationFlow b(&m_network);
        Run runA;
        Run runB;
        start(a, server, nullptr, runA);
        start(b, server, nullptr, runB);
        QNetworkAccessManager attacker;
        attacker.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> toProvider(
            attacker.get(QNetworkRequest(a.authorizationUrl())));
        QSignalSpy done(toProvider.get(), &QNetworkReply::finished);
        QVERIFY(done.wait());
        const QUrl redirectA(QString::fromLatin1(toProvider->rawHeader("Location")));
        const QUrlQuery stolen(redirectA);
        QUrlQuery forged(QUrl(b.authorizationUrl()));
        QUrl toB(b.redirectUri());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("code"), stolen.queryItemValue(QStringLiteral("code")));
        q.addQueryItem(QStringLiteral("state"), forged.queryItemValue(QStringLiteral("state")));
        toB.setQuery(q);
        std::unique_ptr<QNetworkReply> toListener(attacker.get(QNetworkRequest(toB)));
        QTRY_COMPARE(runB.calls, 1);
        QVERIFY(!runB.result->ok());
        QCOMPARE(runB.result->error().code, ErrorCode::ProviderError);
        QCOMPARE(runB.result->error().responseCode, QByteArray("invalid_grant"));
        QCOMPARE(server.lastRefusal(), QStringLiteral("PKCE verifier"));
        QCOMPARE(runA.calls, 0);
        a.cancel();
        QCOMPARE(runA.calls, 1);
        QCOMPARE(runA.result->error().code, ErrorCode::Cancelled);
    }

    void tokenEndpointFaults_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("invalid_grant") << Fault::InvalidGrant << ErrorCode::ProviderError;
        QTest::newRow("malformed JSON") << Fault::MalformedJson << ErrorCode::MalformedResponse;
        QTest::newRow("server error") << Fault::ServerError << ErrorCode::ServerTemporary;
        QTest::newRow("never answers") << Fault::NeverAnswer << ErrorCode::ResponseTimeout;
    }

    void tokenEndpointFaults()
    {
        QFETCH(Fault, fault);
        QFETCH(ErrorCode, code);
        ScriptedOAuthServer server(kClient, kScope);
        QVERIFY(server.start());
        server.setFault(fault);
        AuthorizationFlow flow(&m_network);
        flow.setTokenTimeout(300ms);
        Browser browser;
        Run run;
        start(flow, server, &browser, run);
        QTRY_COMPARE(run.calls, 1);
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().code, code);
        QCOMPARE(server.tokenRequests(), 1);
    }

    void noRedirectInTimeIsATimeout()
    {
        ScriptedOAuthServer server(kClient, kScope);
        QVERIFY(server.start());
        AuthorizationFlow flow(&m_network);
        flow.setTimeout(200ms);
        Run run;
        start(flow, server, nullptr, run);
        QTRY_COMPARE(run.calls, 1);
        QCOMPARE(run.result->error().code, ErrorCode::ResponseTimeout);
        // The listener is gone: a late redirect reaches nobody.
        QNetworkAccessManager late;
        std::unique_ptr<QNetworkReply> reply(late.get(QNetworkRequest(QUrl(flow.redirectUri()))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait());
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        QCOMPARE(run.calls, 1);
    }

    void cancelWhileTheCodeIsExchanged()
    {
        ScriptedOAuthServer server(kClient, kScope);
        QVERIFY(server.start());
        server.setFault(Fault::NeverAnswer);
        AuthorizationFlow flow(&m_network);
        Browser browser;
        Run run;
        start(flow, server, &browser, run);
        QTRY_COMPARE(server.tokenRequests(), 1);
        flow.cancel();
        QCOMPARE(run.calls, 1);
        QCOMPARE(run.result->error().code, ErrorCode::Cancelled);
        flow.cancel();
        QCOMPARE(run.calls, 1);
    }

    // The redirect reaches the listener one byte at a time (a slow browser): still one sign-in.
    void redirectOneByteAtATime()
    {
        ScriptedOAuthServer server(kClient, kScope);
        QVERIFY(server.start());
        AuthorizationFlow flow(&m_network);
        Run run;
        start(flow, server, nullptr, run);
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> toProvider(
            browser.get(QNetworkRequest(flow.authorizationUrl())));
        QSignalSpy answered(toProvider.get(), &QNetworkReply::finished);
        QVERIFY(answered.wait());
        const QUrl redirect = QUrl::fromEncoded(toProvider->rawHeader("Location"));
        QCOMPARE(redirect.port(), QUrl(flow.redirectUri()).port());
        const QByteArray request = "GET " +
                                   redirect.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                                   " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(socket.waitForConnected(5000));
        // The listener answers once it has the request line; the rest may never be read.
        QByteArray answer;
        for (const char c : request) {
            if (socket.state() != QAbstractSocket::ConnectedState || socket.bytesAvailable() > 0)
                break;
            socket.write(&c, 1);
            socket.waitForBytesWritten(1000);
            // Until the listener has read the byte (and perhaps answered).
            QVERIFY(QTest::qWaitFor([&] { return socket.bytesToWrite() == 0; }, 1000));
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(run.calls, 1);
        QVERIFY2(run.result->ok(), qPrintable(server.lastRefusal()));
        QTRY_VERIFY((answer += socket.readAll()).contains("Signed in"));
        QVERIFY(answer.startsWith("HTTP/1."));
    }

    void aRequestThatIsNoRedirectIsIgnored()
    {
        ScriptedOAuthServer server(kClient, kScope);
        QVERIFY(server.start());
        AuthorizationFlow flow(&m_network);
        Run run;
        start(flow, server, nullptr, run);
        QNetworkAccessManager other;
        std::unique_ptr<QNetworkReply> probe(other.get(QNetworkRequest(QUrl(flow.redirectUri()))));
        QSignalSpy finished(probe.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait());
        QCOMPARE(run.calls, 0);
        // The real redirect still works.
        Browser browser;
        browser.open(flow.authorizationUrl());
        QTRY_COMPARE(run.calls, 1);
        QVERIFY(run.result->ok());
    }
};

QTEST_GUILESS_MAIN(tst_AuthorizationFlow)
#include "tst_AuthorizationFlow.moc"
