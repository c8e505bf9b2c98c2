// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ServerProbe against a real Dovecot (implicit TLS and STARTTLS with its throwaway certificate)
// and the scripted server (plain-only servers, refusals, garbage, silence), checking that a probe
// never says anything but CAPA, STLS and QUIT.
#include "core/autoconfig/ServerProbe.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/ScriptedPop3Server.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

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
    qint64 elapsedMs = 0;
};

Probed probe(const QString& host, quint16 port, transport::Security security,
             std::chrono::milliseconds timeout = 10s)
{
    Probed out;
    ServerProbe p({{}, {}, timeout});
    ServerCandidate base;
    base.host = host;
    base.port = port;
    base.security = security;
    base.source = Source::Probe;
    QElapsedTimer clock;
    clock.start();
    p.start(base, [&out](std::optional<ServerCandidate> r) {
        out.done = true;
        out.result = std::move(r);
    });
    if (!QTest::qWaitFor([&] { return out.done; }, 30000))
        qWarning("the probe did not finish");
    out.elapsedMs = clock.elapsed();
    return out;
}

} // namespace

class tst_ServerProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void implicitTlsWithAnUntrustedCertificate();
    void startTlsWithAnUntrustedCertificate();
    void closedPortIsNothing();
    void plainOnlyServerIsMarkedUnencrypted();
    void refusedStlsIsMarkedUnencrypted();
    void unencryptedClaimWhereStlsWorksIsRaised();
    void serverWithoutCapaStillCounts();
    void notPop3IsNothing();
    void silentServerEndsAtTheTimeout();
    void dovecotSawNoLoginAttempt();

private:
    DovecotServer m_dovecot;
};

void tst_ServerProbe::initTestCase()
{
    QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
}

void tst_ServerProbe::implicitTlsWithAnUntrustedCertificate()
{
    const Probed p = probe(m_dovecot.host(), m_dovecot.tlsPort(), transport::Security::ImplicitTls);
    QVERIFY(p.done);
    QVERIFY(p.result);
    const ServerCandidate& c = *p.result;
    QCOMPARE(c.security, transport::Security::ImplicitTls);
    QVERIFY(c.verified); // read past the self-signed certificate, accepting exactly it
    QVERIFY(c.capabilities && c.capabilities->known);
    QVERIFY(c.capabilities->uidl);
    QVERIFY(c.certificateProblem);
    QCOMPARE(c.certificateProblem->sha256, m_dovecot.certificateSha256());
    QVERIFY(!c.certificateProblem->errors.isEmpty());
    QCOMPARE(c.certificateProblem->host, m_dovecot.host());
}

void tst_ServerProbe::startTlsWithAnUntrustedCertificate()
{
    const Probed p = probe(m_dovecot.host(), m_dovecot.plainPort(), transport::Security::StartTls);
    QVERIFY(p.result);
    const ServerCandidate& c = *p.result;
    QCOMPARE(c.security, transport::Security::StartTls);
    QVERIFY(c.verified);
    QVERIFY(c.capabilities && c.capabilities->known);
    QVERIFY(!c.capabilities->stls); // the answer after TLS, not the one in the clear
    QVERIFY(c.certificateProblem);
    QCOMPARE(c.certificateProblem->sha256, m_dovecot.certificateSha256());
}

void tst_ServerProbe::closedPortIsNothing()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const quint16 port = reserve.serverPort();
    reserve.close(); // nothing listens there now
    for (auto security : {transport::Security::ImplicitTls, transport::Security::StartTls}) {
        const Probed p = probe(u"127.0.0.1"_s, port, security);
        QVERIFY(p.done);
        QVERIFY(!p.result);
    }
}

void tst_ServerProbe::plainOnlyServerIsMarkedUnencrypted()
{
    ScriptedPop3Server server;
    server.addConnection(u"S: +OK plain only\nC: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: .\n"
                         "C: QUIT\nS: +OK bye\n!close"_s);
    const Probed p = probe(server.host(), server.port(), transport::Security::StartTls);
    QVERIFY(p.result);
    QCOMPARE(p.result->security, transport::Security::None);
    QVERIFY(p.result->verified);
    QVERIFY(p.result->capabilities->user);
    QVERIFY(!p.result->certificateProblem);
    QTRY_VERIFY(server.isDone());
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    QCOMPARE(server.receivedLines(), (QList<QByteArray>{"CAPA", "QUIT"}));
}

void tst_ServerProbe::refusedStlsIsMarkedUnencrypted()
{
    ScriptedPop3Server server;
    server.addConnection(u"S: +OK hi\nC: CAPA\nS: +OK\nS: STLS\nS: .\nC: STLS\n"
                         "S: -ERR [SYS/TEMP] TLS is broken today\nC: QUIT\nS: +OK\n!close"_s);
    const Probed p = probe(server.host(), server.port(), transport::Security::StartTls);
    QVERIFY(p.result);
    QCOMPARE(p.result->security, transport::Security::None);
    QVERIFY(p.result->capabilities->stls); // what it claimed in the clear
    QTRY_VERIFY(server.isDone());
    QCOMPARE(server.receivedLines(), (QList<QByteArray>{"CAPA", "STLS", "QUIT"}));
}

// A probe may raise security: a port said to be unencrypted where STLS works is a STARTTLS port.
void tst_ServerProbe::unencryptedClaimWhereStlsWorksIsRaised()
{
    const Probed p = probe(m_dovecot.host(), m_dovecot.plainPort(), transport::Security::None);
    QVERIFY(p.result);
    QCOMPARE(p.result->security, transport::Security::StartTls);
    QVERIFY(p.result->verified);
    QVERIFY(!p.result->capabilities->stls); // the answer over TLS
}

void tst_ServerProbe::serverWithoutCapaStillCounts()
{
    ScriptedPop3Server server;
    server.addConnection(u"S: +OK old server\nC: CAPA\nS: -ERR unknown command\n"
                         "C: STLS\nS: -ERR unknown command\nC: QUIT\nS: +OK\n!close"_s);
    const Probed p = probe(server.host(), server.port(), transport::Security::StartTls);
    QVERIFY(p.result);
    QVERIFY(p.result->verified);
    QCOMPARE(p.result->security, transport::Security::None);
    QVERIFY(p.result->capabilities && !p.result->capabilities->known);
    QTRY_VERIFY(server.isDone());
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
}

void tst_ServerProbe::notPop3IsNothing()
{
    ScriptedPop3Server server;
    server.addConnection(u"S: SSH-2.0-OpenSSH_9.2\n!expect-close"_s);
    const Probed p = probe(server.host(), server.port(), transport::Security::StartTls);
    QVERIFY(p.done);
    QVERIFY(!p.result);
    QTRY_VERIFY(server.isDone());
    QVERIFY(server.receivedLines().isEmpty());
}

void tst_ServerProbe::silentServerEndsAtTheTimeout()
{
    QTcpServer silent; // accepts and never greets
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const Probed p = probe(u"127.0.0.1"_s, silent.serverPort(), transport::Security::StartTls, 1500ms);
    QVERIFY(p.done);
    QVERIFY(!p.result);
    QVERIFY2(p.elapsedMs < 15000, qPrintable(QString::number(p.elapsedMs)));
}

// Runs last: every probe of this test reached the real server, and none tried to log in.
void tst_ServerProbe::dovecotSawNoLoginAttempt()
{
    const QString log = m_dovecot.logText();
    QVERIFY2(log.contains(u"no auth attempts"_s), qPrintable(log));
    QVERIFY2(!log.contains(u"Login:"_s), qPrintable(log));
    QVERIFY2(!log.contains(u"auth failed"_s), qPrintable(log));
}

QTEST_GUILESS_MAIN(tst_ServerProbe)
#include "tst_ServerProbe.moc"
