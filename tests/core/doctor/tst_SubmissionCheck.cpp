// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SubmissionCheck against a real Postfix (STARTTLS and implicit TLS, right and wrong password, its
// self-signed certificate unpinned and pinned) and the scripted SMTP server for what Postfix will
// not say on demand (STARTTLS refused, a 554 greeting, "use OAuth", "STARTTLS first").
#include "core/doctor/SubmissionCheck.h"
#include "core/net/SslTransport.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/PostfixServer.h"
#include "tests/support/ScriptedSmtpServer.h"

#include <QTest>
#include <memory>
#include <unistd.h>

using namespace postbag;
using namespace postbag::doctor;
using namespace postbag::testing;
using namespace Qt::StringLiterals;
using Step = ConnectionCheck::Step;

namespace {

struct Checked
{
    std::optional<SubmissionCheck::Outcome> outcome;
    QList<std::pair<Step, QString>> passed;

    [[nodiscard]] QList<Step> steps() const
    {
        QList<Step> out;
        for (const auto& p : passed)
            out.append(p.first);
        return out;
    }
};

Checked runCheck(const SubmissionCheck::Request& request)
{
    Checked out;
    SubmissionCheck check([] { return std::make_unique<net::SslTransport>(); });
    QObject::connect(&check, &SubmissionCheck::stepPassed, &check,
                     [&out](Step s, const QString& detail) {
                         out.passed.append({s, detail});
                     });
    QObject::connect(&check, &SubmissionCheck::finished, &check,
                     [&out](const SubmissionCheck::Outcome& o) { out.outcome = o; });
    check.start(request);
    if (!QTest::qWaitFor([&] { return out.outcome.has_value(); }, 30000))
        qWarning("the check did not finish");
    return out;
}

SubmissionCheck::Request request(const QString& host, quint16 port, transport::Security security,
                                 const QString& user, const QString& password)
{
    SubmissionCheck::Request r;
    r.endpoint.host = host;
    r.endpoint.port = port;
    r.endpoint.security = security;
    r.options.credentials.user = user;
    r.options.credentials.secret = password;
    return r;
}

} // namespace

class tst_SubmissionCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startTlsWithThePinnedCertificate();
    void implicitTlsWithThePinnedCertificate();
    void wrongPassword();
    void wrongPasswordAtAnAppPasswordProvider();
    void selfSignedCertificateIsReported();
    void refusedStartTls();
    void greetingRefusesService();
    void passwordLoginsTurnedOff();
    void startTlsFirst();
    void cleanupTestCase();

private:
    std::unique_ptr<DovecotServer> m_dovecot;
    std::unique_ptr<PostfixServer> m_postfix;
};

void tst_SubmissionCheck::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("Postfix's master only starts as root (the CI and scripts/setup test run as root)");
    m_dovecot = std::make_unique<DovecotServer>();
    QVERIFY(m_dovecot->addUser(u"alice"_s, u"secret"_s));
    m_postfix = std::make_unique<PostfixServer>(*m_dovecot);
    QVERIFY2(m_postfix->start(), qPrintable(m_postfix->errorString()));
}

void tst_SubmissionCheck::cleanupTestCase()
{
    m_postfix.reset();
    m_dovecot.reset();
}

void tst_SubmissionCheck::startTlsWithThePinnedCertificate()
{
    auto r = request(m_postfix->host(), m_postfix->submissionPort(), transport::Security::StartTls,
                     u"alice"_s, u"secret"_s);
    r.endpoint.pinnedSha256 = m_postfix->certificate().sha256();
    const Checked c = runCheck(r);
    QVERIFY(c.outcome);
    QVERIFY2(c.outcome->ok,
             qPrintable(c.outcome->error ? c.outcome->error->toLogString() : QString()));
    QCOMPARE(c.steps(), (QList<Step>{Step::Resolve, Step::Connect, Step::Tls, Step::Capabilities,
                                     Step::Login, Step::Done}));
    QCOMPARE(c.passed.at(2).second, u"STARTTLS"_s);
    // The capabilities read over TLS: AUTH is offered only there.
    QVERIFY2(c.passed.at(3).second.contains(u"AUTH"_s), qPrintable(c.passed.at(3).second));
    QVERIFY(c.outcome->info.capabilities.hasSasl(u"PLAIN"));
    QVERIFY(c.outcome->info.capabilities.size);
    QVERIFY(c.outcome->info.encrypted);
    QCOMPARE(c.outcome->info.method, auth::AuthMethod::Plain);
    QCOMPARE(c.outcome->advice, Advice::None);
}

void tst_SubmissionCheck::implicitTlsWithThePinnedCertificate()
{
    auto r = request(m_postfix->host(), m_postfix->submissionsPort(),
                     transport::Security::ImplicitTls, u"alice"_s, u"secret"_s);
    r.endpoint.pinnedSha256 = m_postfix->certificate().sha256();
    const Checked c = runCheck(r);
    QVERIFY(c.outcome);
    QVERIFY(c.outcome->ok);
    QCOMPARE(c.steps(), (QList<Step>{Step::Resolve, Step::Connect, Step::Tls, Step::Capabilities,
                                     Step::Login, Step::Done}));
    QVERIFY(c.outcome->info.encrypted);
    // No mail was sent: a check only logs in.
    QVERIFY(!m_postfix->waitForMessages(u"alice"_s, 1, 200));
}

void tst_SubmissionCheck::wrongPassword()
{
    auto r = request(m_postfix->host(), m_postfix->submissionsPort(),
                     transport::Security::ImplicitTls, u"alice"_s, u"wrong"_s);
    r.endpoint.pinnedSha256 = m_postfix->certificate().sha256();
    const Checked c = runCheck(r);
    QVERIFY(c.outcome);
    QVERIFY(!c.outcome->ok);
    QCOMPARE(c.outcome->failedAt, Step::Login);
    QCOMPARE(c.outcome->error->code, ErrorCode::WrongCredentials);
    QCOMPARE(c.outcome->advice, Advice::CheckPassword);
    QVERIFY(c.steps().contains(Step::Capabilities));
}

// The presets know which providers need an app password: there a 535 says so.
void tst_SubmissionCheck::wrongPasswordAtAnAppPasswordProvider()
{
    auto r = request(m_postfix->host(), m_postfix->submissionPort(), transport::Security::StartTls,
                     u"alice"_s, u"wrong"_s);
    r.endpoint.pinnedSha256 = m_postfix->certificate().sha256();
    r.appPasswordProvider = true;
    const Checked c = runCheck(r);
    QVERIFY(c.outcome);
    QCOMPARE(c.outcome->failedAt, Step::Login);
    QCOMPARE(c.outcome->error->code, ErrorCode::WrongCredentials);
    QCOMPARE(c.outcome->advice, Advice::UseAppPassword);
}

void tst_SubmissionCheck::selfSignedCertificateIsReported()
{
    for (const auto& [port, security] :
         {std::pair{m_postfix->submissionsPort(), transport::Security::ImplicitTls},
          std::pair{m_postfix->submissionPort(), transport::Security::StartTls}}) {
        const Checked c =
            runCheck(request(m_postfix->host(), port, security, u"alice"_s, u"secret"_s));
        QVERIFY(c.outcome);
        QVERIFY(!c.outcome->ok);
        QCOMPARE(c.outcome->failedAt, Step::Tls);
        QCOMPARE(c.outcome->error->code, ErrorCode::CertificateUntrusted);
        QVERIFY(c.outcome->error->certificate);
        QCOMPARE(c.outcome->error->certificate->sha256, m_postfix->certificate().sha256());
        QCOMPARE(c.outcome->advice, Advice::TrustCertificate);
        QVERIFY(!c.steps().contains(Step::Login));
    }
}

// STARTTLS announced and refused: the check stops before anything else is said, as the login
// would (possible interference), and says so.
void tst_SubmissionCheck::refusedStartTls()
{
    ScriptedSmtpServer server;
    LineScript script = ScriptedSmtpServer::greeting();
    script.append(ScriptedSmtpServer::ehlo(ScriptedSmtpServer::capabilitiesBeforeTls()))
        .append(LineScript::parse(u"C: STARTTLS\nS: 454 4.7.0 TLS not available\n!expect-close"));
    server.addConnection(script);
    const Checked c = runCheck(request(server.host(), server.port(), transport::Security::StartTls,
                                       u"alice"_s, u"secret"_s));
    QVERIFY(c.outcome);
    QCOMPARE(c.outcome->failedAt, Step::Tls);
    QCOMPARE(c.outcome->error->code, ErrorCode::StlsUnavailable);
    QCOMPARE(c.outcome->advice, Advice::EncryptionRefused);
    QTRY_VERIFY(server.isDone());
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    QCOMPARE(server.receivedLines().size(), 2); // EHLO, STARTTLS: never AUTH
}

void tst_SubmissionCheck::greetingRefusesService()
{
    ScriptedSmtpServer server;
    server.addConnection(u"S: 554 5.7.1 No SMTP service here\n!expect-close"_s);
    const Checked c = runCheck(request(server.host(), server.port(), transport::Security::StartTls,
                                       u"alice"_s, u"secret"_s));
    QVERIFY(c.outcome);
    QVERIFY(!c.outcome->ok);
    QCOMPARE(c.outcome->failedAt, Step::Connect);
    QCOMPARE(c.outcome->error->code, ErrorCode::ServerPermanent);
    QCOMPARE(c.steps(), QList<Step>{Step::Resolve});
    QTRY_VERIFY(server.isDone());
    QVERIFY(server.receivedLines().isEmpty());
}

// Microsoft's "basic authentication is disabled": a password will never work, OAuth will.
void tst_SubmissionCheck::passwordLoginsTurnedOff()
{
    ScriptedSmtpServer server;
    LineScript script = ScriptedSmtpServer::greeting();
    script.append(ScriptedSmtpServer::ehlo({"AUTH LOGIN PLAIN XOAUTH2", "SIZE 1000000"}))
        .append(LineScript::parse(u"C: AUTH PLAIN *\nS: 535 5.7.139 Authentication unsuccessful, "
                                  "basic authentication is disabled.\n!expect-close"));
    server.addConnection(script);
    auto r =
        request(server.host(), server.port(), transport::Security::None, u"alice"_s, u"secret"_s);
    r.options.auth.allowInsecure = true; // a scripted server on loopback, in the clear
    r.appPasswordProvider = true;        // the code decides, not the provider
    const Checked c = runCheck(r);
    QVERIFY(c.outcome);
    QCOMPARE(c.outcome->failedAt, Step::Login);
    QCOMPARE(c.outcome->error->code, ErrorCode::PasswordLoginDisabled);
    QCOMPARE(c.outcome->advice, Advice::UseOAuth);
    QVERIFY2(c.passed.at(2).second.contains(u"SIZE 1000000"_s), qPrintable(c.passed.at(2).second));
    QTRY_VERIFY(server.isDone());
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
}

void tst_SubmissionCheck::startTlsFirst()
{
    ScriptedSmtpServer server;
    LineScript script = ScriptedSmtpServer::greeting();
    script.append(ScriptedSmtpServer::ehlo({"AUTH PLAIN"}))
        .append(LineScript::parse(
            u"C: AUTH PLAIN *\nS: 530 5.7.0 Must issue a STARTTLS command first\n!expect-close"));
    server.addConnection(script);
    auto r =
        request(server.host(), server.port(), transport::Security::None, u"alice"_s, u"secret"_s);
    r.options.auth.allowInsecure = true;
    const Checked c = runCheck(r);
    QVERIFY(c.outcome);
    QCOMPARE(c.outcome->failedAt, Step::Login);
    QCOMPARE(c.outcome->error->code, ErrorCode::EncryptionRequired);
    QCOMPARE(c.outcome->advice, Advice::UseEncryption);
    QTRY_VERIFY(server.isDone());
}

QTEST_GUILESS_MAIN(tst_SubmissionCheck)
#include "tst_SubmissionCheck.moc"
