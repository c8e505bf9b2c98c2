// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ServerProbe on submission candidates: a real Postfix (its implicit-TLS and its STARTTLS port,
// with the throwaway certificate) and the scripted SMTP server (STARTTLS refused, a 554 greeting),
// checking that an EHLO probe says EHLO, STARTTLS and QUIT and nothing else.
#include "core/autoconfig/ServerProbe.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/PostfixServer.h"
#include "tests/support/ScriptedSmtpServer.h"

#include <QTest>
#include <memory>
#include <unistd.h>

using namespace postbag;
using namespace postbag::autoconfig;
using namespace postbag::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Probed
{
    bool done = false;
    std::optional<ServerCandidate> result;
};

Probed probe(const QString& host, quint16 port, transport::Security security)
{
    Probed out;
    ServerProbe p({{}, {}, 10s});
    ServerCandidate base;
    base.service = Service::Submission;
    base.host = host;
    base.port = port;
    base.security = security;
    p.start(base, [&out](std::optional<ServerCandidate> r) {
        out.done = true;
        out.result = std::move(r);
    });
    if (!QTest::qWaitFor([&] { return out.done; }, 30000))
        qWarning("the probe did not finish");
    return out;
}

} // namespace

class tst_SubmissionProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void implicitTlsPort();
    void startTlsPortIsReadOverTls();
    void refusedStartTlsIsMarkedUnencrypted();
    void serviceRefusedIsNothing();
    void cleanupTestCase();

private:
    std::unique_ptr<DovecotServer> m_dovecot;
    std::unique_ptr<PostfixServer> m_postfix;
};

void tst_SubmissionProbe::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("Postfix's master only starts as root (the CI and scripts/setup test run as root)");
    m_dovecot = std::make_unique<DovecotServer>();
    QVERIFY(m_dovecot->addUser(u"alice"_s, u"secret"_s));
    m_postfix = std::make_unique<PostfixServer>(*m_dovecot);
    QVERIFY2(m_postfix->start(), qPrintable(m_postfix->errorString()));
}

void tst_SubmissionProbe::cleanupTestCase()
{
    m_postfix.reset();
    m_dovecot.reset();
}

void tst_SubmissionProbe::implicitTlsPort()
{
    const Probed p =
        probe(m_postfix->host(), m_postfix->submissionsPort(), transport::Security::ImplicitTls);
    QVERIFY(p.done);
    QVERIFY(p.result);
    const ServerCandidate& c = *p.result;
    QCOMPARE(c.service, Service::Submission);
    QCOMPARE(c.security, transport::Security::ImplicitTls);
    QVERIFY(c.verified); // read past the self-signed certificate, accepting exactly it
    QVERIFY(!c.capabilities);
    QVERIFY(c.submissionCapabilities && c.submissionCapabilities->extended);
    QVERIFY(c.submissionCapabilities->hasSasl(u"PLAIN"));
    QVERIFY(c.submissionCapabilities->pipelining);
    QVERIFY(c.submissionCapabilities->size);
    QCOMPARE(c.submissionCapabilities->sizeLimit, m_postfix->messageSizeLimit());
    QVERIFY(c.certificateProblem);
    QCOMPARE(c.certificateProblem->sha256, m_postfix->certificate().sha256());
}

// Postfix offers AUTH only after STARTTLS: the capabilities kept are those read over TLS.
void tst_SubmissionProbe::startTlsPortIsReadOverTls()
{
    const Probed p =
        probe(m_postfix->host(), m_postfix->submissionPort(), transport::Security::StartTls);
    QVERIFY(p.result);
    const ServerCandidate& c = *p.result;
    QCOMPARE(c.security, transport::Security::StartTls);
    QVERIFY(c.verified);
    QVERIFY(c.submissionCapabilities);
    QVERIFY(!c.submissionCapabilities->startTls);
    QVERIFY(c.submissionCapabilities->hasSasl(u"PLAIN"));
    QVERIFY(c.certificateProblem);
}

void tst_SubmissionProbe::refusedStartTlsIsMarkedUnencrypted()
{
    ScriptedSmtpServer server;
    LineScript script = ScriptedSmtpServer::greeting();
    script.append(ScriptedSmtpServer::ehlo(ScriptedSmtpServer::capabilitiesBeforeTls()))
        .append(LineScript::parse(u"C: STARTTLS\nS: 454 4.7.0 TLS not available\n!expect-close"));
    server.addConnection(script);
    const Probed p = probe(server.host(), server.port(), transport::Security::StartTls);
    QVERIFY(p.result);
    QCOMPARE(p.result->security, transport::Security::None);
    QVERIFY(p.result->verified);
    QVERIFY(p.result->submissionCapabilities->startTls); // what it said in the clear
    QVERIFY(!p.result->certificateProblem);
    QTRY_VERIFY(server.isDone());
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    QCOMPARE(server.receivedLines().size(), 2);
    QVERIFY(server.receivedLines().first().startsWith("EHLO "));
    QCOMPARE(server.receivedLines().at(1), QByteArray("STARTTLS"));
}

// 554 instead of 220: "no SMTP service here" (RFC 5321 section 3.1); nothing is offered.
void tst_SubmissionProbe::serviceRefusedIsNothing()
{
    ScriptedSmtpServer server;
    server.addConnection(u"S: 554 5.7.1 No SMTP service here\n!expect-close"_s);
    const Probed p = probe(server.host(), server.port(), transport::Security::StartTls);
    QVERIFY(p.done);
    QVERIFY(!p.result);
    QTRY_VERIFY(server.isDone());
    QVERIFY(server.receivedLines().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SubmissionProbe)
#include "tst_SubmissionProbe.moc"
