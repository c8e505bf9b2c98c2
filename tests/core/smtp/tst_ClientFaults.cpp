// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP engine against the scripted SMTP server, for what Postfix will not do on demand:
// STARTTLS response injection, a refusal at every step, a drop after the final dot, a dot never
// answered, a server without pipelining, a failed XOAUTH2 exchange and 421 at any time.
#include "core/common/ProtocolLog.h"
#include "core/net/SslTransport.h"
#include "core/smtp/Client.h"
#include "tests/support/Outcome.h"
#include "tests/support/ScriptedSmtpServer.h"
#include "tests/support/TestCertificate.h"

#include <QElapsedTimer>
#include <QTest>
#include <memory>

using namespace postbag;
using namespace postbag::smtp;
using postbag::testing::LineScript;
using postbag::testing::Outcome;
using postbag::testing::ScriptedSmtpServer;
using postbag::testing::TestCertificate;

namespace {

constexpr int kWaitMs = 10000;

const QString kGreeting = QStringLiteral("S: 220 smtp.example.test ESMTP scripted\n");
const QString kEhlo = QStringLiteral("C: EHLO *\nS: 250-smtp.example.test\nS: 250-PIPELINING\n"
                                     "S: 250-SIZE 100000\nS: 250-8BITMIME\nS: 250 AUTH PLAIN\n");
const QString kAuth =
    QStringLiteral("C: AUTH PLAIN AGFsaWNlAHNlY3JldA==\nS: 235 2.7.0 Authentication successful\n");
const QString kMail = QStringLiteral("C: MAIL FROM:<alice@example.test>*\n");
const QString kRcpt = QStringLiteral("C: RCPT TO:<bob@example.test>*\n");
const QString kOk = QStringLiteral("S: 250 2.1.0 Ok\n");
const QString kGo = QStringLiteral("S: 354 End data with <CR><LF>.<CR><LF>\n!expect-data\n");
const QString kQuit = QStringLiteral("C: QUIT\nS: 221 2.0.0 Bye\n!expect-close\n");
const QString kReset = QStringLiteral("C: RSET\nS: 250 2.0.0 Ok\n");

const QByteArray kMessage = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: hi\r\n"
                            "\r\n.dot\r\nbody\r\n";

Envelope aliceToBob()
{
    return Envelope{QStringLiteral("alice@example.test"), {QStringLiteral("bob@example.test")}};
}

// A real smtp::Client over the real SslTransport to the scripted server, its log kept as text.
struct Run
{
    ScriptedSmtpServer server;
    Client client{std::make_unique<net::SslTransport>()};
    ProtocolLog log;
    QByteArray logText;
    SubmissionOptions options;

    explicit Run(transport::Security security) : m_security(security)
    {
        server.setImplicitTls(security == transport::Security::ImplicitTls);
        log.addSink(
            [this](const ProtocolLog::Entry& e) { logText += ProtocolLog::format(e) + '\n'; });
        client.setProtocolLog(&log);
        options.credentials.user = QStringLiteral("alice");
        options.credentials.secret = QStringLiteral("secret");
        options.responseTimeoutMs = kWaitMs;
    }

    Outcome<SubmissionInfo> login(const QString& script)
    {
        server.addConnection(script);
        transport::Endpoint e;
        e.host = server.host();
        e.port = server.port();
        e.security = m_security;
        e.pinnedSha256 = TestCertificate::shared().sha256();
        Outcome<SubmissionInfo> out;
        client.connectAndLogin(e, options, out.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.done(), kWaitMs); }();
        return out;
    }

    Outcome<Delivery> send(Session::Hooks hooks = {})
    {
        Outcome<Delivery> out;
        client.send(aliceToBob(), MessageData(kMessage), std::move(hooks), out.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.done(), kWaitMs); }();
        return out;
    }

    [[nodiscard]] QByteArray why() const
    {
        return logText + "\n--- server ---\n" + server.transcript().toUtf8() + "\n" +
               server.mismatches().join(u'\n').toUtf8();
    }

private:
    transport::Security m_security;
};

} // namespace

class tst_ClientFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void starttlsInjectionIsNotBelieved_data();
    void starttlsInjectionIsNotBelieved();
    void refusalAtEveryStep_data();
    void refusalAtEveryStep();
    void dropRightAfterTheDotIsUncertain();
    void unansweredDotIsUncertainAfterTheDeadline();
    void withoutPipeliningOneCommandAtATime();
    void refusedMailIsResetWithoutPipelining();
    void failedXoauth2IsAcknowledgedAndTyped();
    void unasked421EndsTheSession();
};

void tst_ClientFaults::starttlsInjectionIsNotBelieved_data()
{
    QTest::addColumn<QByteArray>("injected");
    // Forged replies that would let the client skip the real EHLO and AUTH: a capability list
    // offering PLAIN, and a 235.
    QTest::newRow("whole lines") << QByteArray("250-smtp.example.test\r\n250 AUTH PLAIN\r\n"
                                               "235 2.7.0 Authentication successful\r\n");
    // A fragment without CRLF that would be glued to the first reply over TLS.
    QTest::newRow("partial line") << QByteArray("235 2.7.0 forged\r\n250-AUTH PLAIN XOAUTH2");
    QTest::newRow("partial line only") << QByteArray("250 AUTH PLA");
}

void tst_ClientFaults::starttlsInjectionIsNotBelieved()
{
    QFETCH(QByteArray, injected);
    Run run(transport::Security::StartTls);
    LineScript script = LineScript::parse(kGreeting);
    script.append(ScriptedSmtpServer::ehlo(ScriptedSmtpServer::capabilitiesBeforeTls()))
        .append(ScriptedSmtpServer::startTls(injected))
        // Over TLS the server offers LOGIN only: PLAIN exists only in the forged lines.
        .append(ScriptedSmtpServer::ehlo({"PIPELINING", "AUTH LOGIN"}))
        .append(LineScript::parse(u"C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: YWxpY2U=\n"
                                  u"S: 334 UGFzc3dvcmQ6\nC: c2VjcmV0\n"
                                  u"S: 235 2.7.0 Authentication successful\n"))
        .append(LineScript::parse(kQuit));
    run.server.addConnection(script);
    transport::Endpoint e;
    e.host = run.server.host();
    e.port = run.server.port();
    e.security = transport::Security::StartTls;
    e.pinnedSha256 = TestCertificate::shared().sha256();
    Outcome<SubmissionInfo> login;
    run.client.connectAndLogin(e, run.options, login.callback());
    QTRY_VERIFY_WITH_TIMEOUT(login.done(), kWaitMs);
    QVERIFY2(login.ok(), run.why().constData());
    QCOMPARE(login.value().method, auth::AuthMethod::Login);
    QVERIFY(login.value().encrypted);
    QVERIFY(!login.value().capabilities.hasSasl(QStringLiteral("PLAIN")));
    QVERIFY(!run.logText.contains("forged"));
    QVERIFY(!run.logText.contains("AUTH PLA"));
    Outcome<Ok> quit;
    run.client.quit(quit.callback());
    QTRY_VERIFY_WITH_TIMEOUT(run.server.isDone(), kWaitMs);
    QVERIFY2(run.server.mismatches().isEmpty(), run.why().constData());
}

void tst_ClientFaults::refusalAtEveryStep_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("atLogin");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<bool>("goesOn"); // the session survives and says QUIT

    const int tls = int(transport::Security::ImplicitTls);
    const QString in = kGreeting + kEhlo + kAuth;
    const QString close = QStringLiteral("!expect-close\n");
    QTest::newRow("greeting 554") << tls << QStringLiteral("S: 554 5.3.2 no service\n") + close
                                  << true << ErrorCode::ServerPermanent << false;
    QTest::newRow("greeting 421") << tls << QStringLiteral("S: 421 4.3.2 busy\n") + close << true
                                  << ErrorCode::ServerTemporary << false;
    QTest::newRow("EHLO 502 under TLS: no HELO")
        << tls
        << kGreeting + QStringLiteral("C: EHLO *\nS: 502 5.5.2 Error: command not recognized\n") +
               close
        << true << ErrorCode::CommandUnsupported << false;
    QTest::newRow("STARTTLS 454")
        << int(transport::Security::StartTls)
        << kGreeting +
               QStringLiteral("C: EHLO *\nS: 250-smtp.example.test\nS: 250 STARTTLS\nC: STARTTLS\n"
                              "S: 454 4.7.0 TLS not available due to local problem\n") +
               close
        << true << ErrorCode::StlsUnavailable << false;
    QTest::newRow("AUTH 535") << tls
                              << kGreeting + kEhlo +
                                     QStringLiteral(
                                         "C: AUTH PLAIN *\nS: 535 5.7.8 Error: authentication "
                                         "failed\n") +
                                     close
                              << true << ErrorCode::WrongCredentials << false;
    QTest::newRow("AUTH 454 is no wrong password")
        << tls
        << kGreeting + kEhlo +
               QStringLiteral("C: AUTH PLAIN *\nS: 454 4.7.0 Temporary authentication failure\n") +
               close
        << true << ErrorCode::ServerTemporary << false;
    QTest::newRow("AUTH 534 5.7.9")
        << tls
        << kGreeting + kEhlo +
               QStringLiteral("C: AUTH PLAIN *\nS: 534 5.7.9 Please log in with "
                              "your web browser\n") +
               close
        << true << ErrorCode::PasswordLoginDisabled << false;
    const QString refusedEnvelope = QStringLiteral("S: 503 5.5.1 Error: need MAIL command\n");
    QTest::newRow("MAIL 451") << tls
                              << in + kMail + QStringLiteral("S: 451 4.3.0 try again\n") + kRcpt +
                                     refusedEnvelope +
                                     QStringLiteral("C: DATA\nS: 503 5.5.1 need RCPT\n") + kReset +
                                     kQuit
                              << false << ErrorCode::ServerTemporary << true;
    QTest::newRow("MAIL 553 5.7.1")
        << tls
        << in + kMail + QStringLiteral("S: 553 5.7.1 not owned by user alice\n") + kRcpt +
               refusedEnvelope + QStringLiteral("C: DATA\nS: 503 5.5.1 need RCPT\n") + kReset +
               kQuit
        << false << ErrorCode::SenderRejected << true;
    QTest::newRow("RCPT 550 5.1.1")
        << tls
        << in + kMail + kOk + kRcpt +
               QStringLiteral("S: 550 5.1.1 <bob@example.test>: User unknown\n") +
               QStringLiteral("C: DATA\nS: 554 5.5.1 Error: no valid recipients\n") + kReset + kQuit
        << false << ErrorCode::RecipientRejected << true;
    QTest::newRow("RCPT 452") << tls
                              << in + kMail + kOk + kRcpt +
                                     QStringLiteral("S: 452 4.5.3 Error: too many recipients\n") +
                                     QStringLiteral(
                                         "C: DATA\nS: 554 5.5.1 Error: no valid recipients\n") +
                                     kReset + kQuit
                              << false << ErrorCode::ServerTemporary << true;
    QTest::newRow("DATA 451") << tls
                              << in + kMail + kOk + kRcpt + kOk +
                                     QStringLiteral(
                                         "C: DATA\nS: 451 4.3.0 queue file write error\n") +
                                     kReset + kQuit
                              << false << ErrorCode::ServerTemporary << true;
    QTest::newRow("DATA 554") << tls
                              << in + kMail + kOk + kRcpt + kOk +
                                     QStringLiteral("C: DATA\nS: 554 5.7.1 no thanks\n") + kReset +
                                     kQuit
                              << false << ErrorCode::ServerPermanent << true;
    const QString data = in + kMail + kOk + kRcpt + kOk + QStringLiteral("C: DATA\n") + kGo;
    QTest::newRow("dot 552") << tls
                             << data +
                                    QStringLiteral("S: 552 5.3.4 Error: message file too big\n") +
                                    kQuit
                             << false << ErrorCode::MessageTooBig << true;
    QTest::newRow("dot 451") << tls
                             << data +
                                    QStringLiteral("S: 451 4.3.0 Error: queue file write error\n") +
                                    kQuit
                             << false << ErrorCode::ServerTemporary << true;
    QTest::newRow("dot 554") << tls
                             << data + QStringLiteral("S: 554 5.7.1 looks like spam\n") + kQuit
                             << false << ErrorCode::ServerPermanent << true;
    QTest::newRow("421 to MAIL") << tls
                                 << in + kMail + kRcpt + QStringLiteral("C: DATA\n") +
                                        QStringLiteral("S: 421 4.3.2 shutting down\n!close\n")
                                 << false << ErrorCode::ServerTemporary << false;
    QTest::newRow("421 to the dot")
        << tls << data + QStringLiteral("S: 421 4.3.2 shutting down\n!close\n") << false
        << ErrorCode::ServerTemporary << false;
}

void tst_ClientFaults::refusalAtEveryStep()
{
    QFETCH(int, security);
    QFETCH(QString, script);
    QFETCH(bool, atLogin);
    QFETCH(ErrorCode, expected);
    QFETCH(bool, goesOn);
    Run run{transport::Security(security)};
    auto login = run.login(script);
    if (atLogin) {
        QCOMPARE(login.code(), expected);
    } else {
        QVERIFY2(login.ok(), run.why().constData());
        auto sent = run.send();
        QCOMPARE(sent.code(), expected);
        QVERIFY(!sent.error().serverText.isEmpty());
        if (goesOn) {
            QCOMPARE(run.client.session().state(), Session::State::Ready);
            Outcome<Ok> quit;
            run.client.quit(quit.callback());
            QTRY_VERIFY_WITH_TIMEOUT(quit.done(), kWaitMs);
            QVERIFY2(quit.ok(), run.why().constData());
        } else {
            QCOMPARE(run.client.session().state(), Session::State::Failed);
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(run.server.isDone(), kWaitMs);
    QVERIFY2(run.server.mismatches().isEmpty(), run.why().constData());
}

void tst_ClientFaults::dropRightAfterTheDotIsUncertain()
{
    Run run(transport::Security::ImplicitTls);
    QVERIFY(run.login(kGreeting + kEhlo + kAuth + kMail + kOk + kRcpt + kOk +
                      QStringLiteral("C: DATA\n") + kGo + QStringLiteral("!close\n"))
                .ok());
    QStringList events;
    Session::Hooks hooks;
    hooks.beforeDot = [&events](std::function<void(Status)> proceed) {
        events << QStringLiteral("before dot");
        proceed(Ok{});
    };
    Outcome<Delivery> sent;
    run.client.send(aliceToBob(), MessageData(kMessage), hooks, [&](Result<Delivery> r) {
        events << QStringLiteral("done");
        sent.callback()(std::move(r));
    });
    QTRY_VERIFY_WITH_TIMEOUT(sent.done(), kWaitMs);
    QCOMPARE(sent.code(), ErrorCode::DeliveryUncertain);
    QCOMPARE(events, (QStringList{QStringLiteral("before dot"), QStringLiteral("done")}));
    QCOMPARE(run.server.receivedData().size(), 1); // the whole message and its dot went out
    QVERIFY2(run.server.mismatches().isEmpty(), run.why().constData());
}

void tst_ClientFaults::unansweredDotIsUncertainAfterTheDeadline()
{
    Run run(transport::Security::ImplicitTls);
    run.options.finalReplyTimeoutMs = 400;
    QVERIFY(run.login(kGreeting + kEhlo + kAuth + kMail + kOk + kRcpt + kOk +
                      QStringLiteral("C: DATA\n") + kGo + QStringLiteral("!expect-close\n"))
                .ok());
    QList<Client::Progress> progress;
    connect(&run.client, &Client::progress, this,
            [&progress](const Client::Progress& p) { progress << p; });
    QElapsedTimer waited;
    waited.start();
    auto sent = run.send();
    QCOMPARE(sent.code(), ErrorCode::DeliveryUncertain);
    QVERIFY(waited.elapsed() >= 400);
    QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [](const Client::Progress& p) {
        return p.phase == Session::Phase::DotSent;
    }));
    QTRY_VERIFY_WITH_TIMEOUT(run.server.isDone(), kWaitMs);
    QCOMPARE(run.server.receivedData().size(), 1);
    QVERIFY2(run.server.mismatches().isEmpty(), run.why().constData());
}

void tst_ClientFaults::withoutPipeliningOneCommandAtATime()
{
    Run run(transport::Security::ImplicitTls);
    const QString ehlo = QStringLiteral("C: EHLO *\nS: 250-smtp.example.test\nS: 250-SIZE 100000\n"
                                        "S: 250 AUTH PLAIN\n");
    const QString carol = QStringLiteral("C: RCPT TO:<carol@example.test>*\n");
    QVERIFY(run.login(kGreeting + QStringLiteral("!lockstep on\n") + ehlo + kAuth + kMail + kOk +
                      kRcpt + kOk + carol + kOk + QStringLiteral("C: DATA\n") + kGo +
                      QStringLiteral("S: 250 2.0.0 Ok: queued as 1\n") + kQuit)
                .ok());
    Outcome<Delivery> sent;
    run.client.send(
        Envelope{QStringLiteral("alice@example.test"),
                 {QStringLiteral("bob@example.test"), QStringLiteral("carol@example.test")}},
        MessageData(kMessage), {}, sent.callback());
    QTRY_VERIFY_WITH_TIMEOUT(sent.done(), kWaitMs);
    QVERIFY2(sent.ok(), run.why().constData());
    Outcome<Ok> quit;
    run.client.quit(quit.callback());
    QTRY_VERIFY_WITH_TIMEOUT(run.server.isDone(), kWaitMs);
    QVERIFY2(run.server.mismatches().isEmpty(), run.why().constData());
    QCOMPARE(run.server.receivedData().first(), QByteArray(kMessage).replace("\r\n.", "\r\n.."));
}

void tst_ClientFaults::refusedMailIsResetWithoutPipelining()
{
    Run run(transport::Security::ImplicitTls);
    const QString ehlo = QStringLiteral("C: EHLO *\nS: 250-smtp.example.test\nS: 250-SIZE 100000\n"
                                        "S: 250 AUTH PLAIN\n");
    QVERIFY(run.login(kGreeting + QStringLiteral("!lockstep on\n") + ehlo + kAuth + kMail +
                      QStringLiteral("S: 552 5.3.4 Message size exceeds fixed limit\n") + kReset +
                      kQuit)
                .ok());
    auto sent = run.send();
    QCOMPARE(sent.code(), ErrorCode::MessageTooBig);
    Outcome<Ok> quit;
    run.client.quit(quit.callback());
    QTRY_VERIFY_WITH_TIMEOUT(run.server.isDone(), kWaitMs);
    QVERIFY2(run.server.mismatches().isEmpty(), run.why().constData());
    QVERIFY(quit.ok());
}

void tst_ClientFaults::failedXoauth2IsAcknowledgedAndTyped()
{
    Run run(transport::Security::ImplicitTls);
    const QString token = QStringLiteral("ya29.a0-token-never-logged");
    run.options.credentials.secret = token;
    run.options.credentials.isOAuthToken = true;
    run.options.auth.oauth = true;
    const QString ehlo = QStringLiteral("C: EHLO *\nS: 250-smtp.example.test\nS: 250-PIPELINING\n"
                                        "S: 250 AUTH XOAUTH2 PLAIN\n");
    auto login = run.login(
        kGreeting + ehlo + QStringLiteral("C: AUTH XOAUTH2 *\nS: ") +
        QString::fromLatin1(ScriptedSmtpServer::xoauth2Failure()) +
        QStringLiteral("\nC:\nS: 535 5.7.8 Username and Password not accepted\n!expect-close\n"));
    QCOMPARE(login.code(), ErrorCode::WrongCredentials);
    QCOMPARE(login.error().responseCode, QByteArray("5.7.8"));
    QTRY_VERIFY_WITH_TIMEOUT(run.server.isDone(), kWaitMs);
    QVERIFY2(run.server.mismatches().isEmpty(), run.why().constData());
    QVERIFY(!run.logText.contains(token.toLatin1()));
    QVERIFY2(run.logText.contains(" C: AUTH XOAUTH2 <redacted>"), run.logText.constData());
}

void tst_ClientFaults::unasked421EndsTheSession()
{
    Run run(transport::Security::ImplicitTls);
    QVERIFY(run.login(kGreeting + kEhlo + kAuth +
                      QStringLiteral(
                          "S: 421 4.4.2 smtp.example.test Error: timeout exceeded\n!close\n"))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(run.client.session().state(), Session::State::Failed, kWaitMs);
    auto sent = run.send();
    QCOMPARE(sent.code(), ErrorCode::ServerTemporary);
    QVERIFY(sent.error().serverText.contains(QStringLiteral("timeout exceeded")));
    QVERIFY(!run.logText.contains(" C: MAIL"));
    QTRY_VERIFY_WITH_TIMEOUT(run.server.isDone(), kWaitMs);
    QVERIFY2(run.server.mismatches().isEmpty(), run.why().constData());
}

QTEST_GUILESS_MAIN(tst_ClientFaults)
#include "tst_ClientFaults.moc"
