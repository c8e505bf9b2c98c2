// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole autodetection against real local services only: the ISPDB document from a loopback
// HTTPS server (reached as a proxy), SRV/MX/A records from dnsmasq, POP3 from Dovecot. Nothing
// leaves 127.0.0.0/8: names resolve through dnsmasq, HTTP goes through the loopback proxy.
#include "core/autoconfig/Autodetector.h"
#include "tests/core/autoconfig/IspdbSamples.h"
#include "tests/support/DnsmasqServer.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/HostCertificate.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/QueuedEvents.h"
#include "tests/support/ScriptedPop3Server.h"
#include "tests/support/ScriptedSmtpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace postbag;
using namespace postbag::autoconfig;
using namespace postbag::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Outcome
{
    QList<ServerCandidate> ranked;
    QList<ServerCandidate> found;
    QHash<Source, bool> finishedSources;
    int finishedSignals = 0;
    int sourceFinishedSignals = 0;
    qint64 elapsedMs = 0;
};

QString describe(const ServerCandidate& c)
{
    return u"%1:%2 %3 %4%5%6%7%8"_s.arg(c.host)
        .arg(c.port)
        .arg(int(c.security))
        .arg(sourceName(c.source))
        .arg(c.verified ? u" verified"_s : QString())
        .arg(c.certificateProblem ? u" cert-problem"_s : QString())
        .arg(c.needsConfirmation ? u" confirm"_s : QString())
        .arg(c.encryptionRefused ? u" refused"_s : QString());
}

QString describe(const QList<ServerCandidate>& list)
{
    QStringList out;
    for (const ServerCandidate& c : list)
        out << describe(c);
    return out.join(u"\n"_s);
}

} // namespace

class tst_Autodetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void endToEnd();
    void probingFindsWhatNoOneAnnounced();
    void presetForABigProvider();
    void hostedDomainRecognisedByItsMx();
    void dnsCannotChooseAHostOutsideTheDomain();
    void refusedStlsKeepsTheClaimedSecurity();
    void cancelReportsWhatWasFoundAtOnce();
    void deadSourcesDoNotDelayTheResult();
    void overallTimeoutBoundsEverything();
    void notAnAddress();
    void outgoingServerFromAutoconfigAndSrv();
    void outgoingServerOfABigProvider();
    void outgoingServerOfAHostedDomain();

private:
    DetectOptions options() const;
    Outcome detect(Autodetector& detector, const QString& address, int limitMs = 60000);

    QTemporaryDir m_dir;
    DovecotServer m_dovecot;
    DnsmasqServer m_dns;
    LoopbackHttpServer m_http;
    ScriptedPop3Server m_refusing; // says STLS in CAPA, answers -ERR to STLS
    ScriptedSmtpServer m_refusingSmtp; // says STARTTLS in EHLO, answers 454 to STARTTLS
};

void tst_Autodetector::initTestCase()
{
    if (DnsmasqServer::executable().isEmpty())
        QSKIP("dnsmasq is not installed (Debian package dnsmasq-base)");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
    const QHostAddress loopback(u"127.0.0.1"_s);
    m_dns.addHost(u"pop.example.test"_s, loopback);
    m_dns.addSrv(u"_pop3s._tcp.example.test"_s, u"pop.example.test"_s, m_dovecot.tlsPort(), 0, 1);
    m_dns.addSrv(u"_pop3._tcp.example.test"_s, u"pop.example.test"_s, m_dovecot.plainPort(), 0, 1);
    m_dns.addMx(u"example.test"_s, u"mx01.mail.example.net"_s, 10);
    m_dns.addHost(u"pop.example.net"_s, loopback);
    m_dns.addHost(u"pop3.probeonly.test"_s, loopback);
    m_dns.addHost(u"smtp.probeonly.test"_s, loopback);
    m_dns.addMx(u"hosted.test"_s, u"alt1.aspmx.l.google.com"_s, 20);
    m_dns.addMx(u"hosted.test"_s, u"aspmx.l.google.com"_s, 10);
    // A hostile network: SRV and MX name hosts outside hostile.test, all with working servers.
    m_dns.addHost(u"pop.hostile.test"_s, loopback);
    m_dns.addSrv(u"_pop3s._tcp.hostile.test"_s, u"pop.attacker.test"_s, m_dovecot.tlsPort(), 0, 1);
    m_dns.addHost(u"pop.attacker.test"_s, loopback);
    m_dns.addMx(u"hostile.test"_s, u"mx1.evil.test"_s, 10);
    m_dns.addHost(u"pop.evil.test"_s, loopback);
    // send.test: its https autoconfig names smtp.send.test; SRV names it too, and an outsider.
    m_dns.addSrv(u"_submissions._tcp.send.test"_s, u"smtp.send.test"_s, 465, 0, 1);
    m_dns.addSrv(u"_submission._tcp.send.test"_s, u"smtp.outsider.test"_s, 587, 0, 1);
    if (!m_dns.start()) {
        if (m_dns.cannotBindPort53())
            QSKIP(qPrintable(m_dns.errorString()));
        QFAIL(qPrintable(m_dns.errorString()));
    }

    QString error;
    const auto cert =
        HostCertificate::generate(m_dir.path(),
                                  {u"autoconfig.example.test"_s, u"example.test"_s,
                                   u"autoconfig.refused.test"_s, u"autoconfig.send.test"_s},
                                  &error);
    QVERIFY2(cert, qPrintable(error));
    QSslConfiguration server = QSslConfiguration::defaultConfiguration();
    server.setLocalCertificate(cert->certificate);
    server.setPrivateKey(cert->key);
    server.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSslConfiguration client = QSslConfiguration::defaultConfiguration();
    client.addCaCertificate(cert->certificate); // this test process trusts its HTTPS server
    QSslConfiguration::setDefaultConfiguration(client);
    QVERIFY(m_http.start());
    m_http.setTlsConfiguration(server);
    m_http.setResponse(
        u"https://autoconfig.example.test/mail/config-v1.1.xml"_s,
        LoopbackHttpServer::answer(200, QString::fromLatin1(samples::kExampleTestTemplate)
                                            .arg(m_dovecot.tlsPort())
                                            .arg(m_dovecot.plainPort())
                                            .toUtf8()));
    // refused.test's own https autoconfig says STARTTLS for a server that refuses it.
    const QByteArray refusing =
        R"(<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="refused.test">
<incomingServer type="pop3"><hostname>127.0.0.1</hostname><port>)" +
        QByteArray::number(m_refusing.port()) +
        R"(</port><socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username>
</incomingServer><outgoingServer type="smtp"><hostname>127.0.0.1</hostname><port>)" +
        QByteArray::number(m_refusingSmtp.port()) +
        R"(</port><socketType>STARTTLS</socketType></outgoingServer></emailProvider></clientConfig>)";
    m_http.setResponse(u"https://autoconfig.refused.test/mail/config-v1.1.xml"_s,
                       LoopbackHttpServer::answer(200, refusing));
    const QByteArray send =
        R"(<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="send.test">
<displayName>Send Test</displayName>
<incomingServer type="pop3"><hostname>pop.send.test</hostname><port>995</port>
<socketType>SSL</socketType></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.send.test</hostname><port>587</port>
<socketType>STARTTLS</socketType><username>%EMAILLOCALPART%</username></outgoingServer>
<outgoingServer type="smtp"><hostname>smtp.send.test</hostname><port>465</port>
<socketType>SSL</socketType><username>%EMAILLOCALPART%</username></outgoingServer>
<outgoingServer type="smtp"><hostname>evil host</hostname><port>465</port>
<socketType>SSL</socketType></outgoingServer>
</emailProvider></clientConfig>)";
    m_http.setResponse(u"https://autoconfig.send.test/mail/config-v1.1.xml"_s,
                       LoopbackHttpServer::answer(200, send));
}

DetectOptions tst_Autodetector::options() const
{
    DetectOptions o;
    o.timeout = 60s; // a hang limit for this loaded machine, not a target
    o.nameserver = m_dns.address();
    o.proxy = m_http.proxy();
    o.implicitTlsPorts = {m_dovecot.tlsPort()};
    o.startTlsPorts = {m_dovecot.plainPort()};
    o.submissionImplicitTlsPorts = {}; // the tests that probe submission guesses set them
    o.submissionStartTlsPorts = {};
    o.httpTimeout = 10s;
    o.dnsTimeout = 10s;
    o.probeTimeout = 10s;
    return o;
}

Outcome tst_Autodetector::detect(Autodetector& detector, const QString& address, int limitMs)
{
    Outcome out;
    connect(&detector, &Autodetector::candidateFound, this,
            [&](const ServerCandidate& c) { out.found.append(c); });
    connect(&detector, &Autodetector::sourceFinished, this, [&](Source s, bool f) {
        ++out.sourceFinishedSignals;
        out.finishedSources.insert(s, f);
    });
    connect(&detector, &Autodetector::finished, this, [&](const QList<ServerCandidate>& ranked) {
        ++out.finishedSignals;
        out.ranked = ranked;
    });
    QElapsedTimer clock;
    clock.start();
    detector.start(address);
    if (!QTest::qWaitFor([&] { return out.finishedSignals > 0; }, limitMs))
        qWarning("autodetection did not finish");
    out.elapsedMs = clock.elapsed();
    // Nothing may follow finished: the run is deleted by then (posted before finished).
    if (!runQueuedEvents())
        qWarning("queued events did not run");
    detector.disconnect(this);
    return out;
}

void tst_Autodetector::endToEnd()
{
    Autodetector detector(options());
    QSignalSpy started(&detector, &Autodetector::sourceStarted);
    const Outcome out = detect(detector, u"user@example.test"_s);
    QCOMPARE(out.finishedSignals, 1);
    QVERIFY(!detector.isRunning());
    const QString got = describe(out.ranked);
    const QString tls = QString::number(m_dovecot.tlsPort());
    const QString plain = QString::number(m_dovecot.plainPort());
    // The MX's provider (example.net) is outside example.test: after, for confirmation.
    QCOMPARE(got, QStringList(
                      {u"pop.example.test:%1 2 IspAutoconfig verified cert-problem"_s.arg(tls),
                       u"pop.example.test:%1 1 IspAutoconfig verified cert-problem"_s.arg(plain),
                       u"pop.example.net:%1 2 MxDomain verified cert-problem confirm"_s.arg(tls),
                       u"pop.example.net:%1 1 MxDomain verified cert-problem confirm"_s.arg(plain)})
                      .join(u"\n"_s));
    const ServerCandidate& best = out.ranked.first();
    QCOMPARE(best.username, u"user"_s); // %EMAILLOCALPART% from the ISPDB document
    QCOMPARE(best.providerName, u"Example Test Mail"_s);
    QVERIFY(best.capabilities && best.capabilities->uidl);
    QCOMPARE(best.certificateProblem->sha256, m_dovecot.certificateSha256());
    QVERIFY(best.sourceDetail.startsWith(u"https://autoconfig.example.test/"_s));
    QCOMPARE(detector.candidates().size(), out.ranked.size());

    // Every source said what it found; SRV named the same two servers, merged into the ISPDB's.
    QCOMPARE(out.finishedSources.value(Source::Preset, true), false);
    QCOMPARE(out.finishedSources.value(Source::IspAutoconfig), true);
    QCOMPARE(out.finishedSources.value(Source::WellKnown, true), false);
    QCOMPARE(out.finishedSources.value(Source::DnsSrv), true);
    QCOMPARE(out.finishedSources.value(Source::MxDomain), true);
    QCOMPARE(out.finishedSources.value(Source::Probe), true);
    QCOMPARE(out.sourceFinishedSignals, 6);
    QCOMPARE(started.size() >= 6, true);
    int srv = 0;
    for (const ServerCandidate& c : out.found)
        srv += c.source == Source::DnsSrv ? 1 : 0;
    QCOMPARE(srv, 2);
    QVERIFY(m_dns.log().contains(u"_pop3s._tcp.example.test"_s));
}

void tst_Autodetector::probingFindsWhatNoOneAnnounced()
{
    // smtp.probeonly.test's submission port speaks only in the clear (no STARTTLS in EHLO).
    ScriptedSmtpServer smtp;
    LineScript script = ScriptedSmtpServer::greeting();
    smtp.addConnection(script.append(ScriptedSmtpServer::ehlo({"PIPELINING", "AUTH PLAIN"}))
                           .append(LineScript::parse(u"!expect-close")));
    DetectOptions o = options();
    o.submissionStartTlsPorts = {smtp.port()};
    Autodetector detector(o);
    const Outcome out = detect(detector, u"someone@probeonly.test"_s);
    const QList<ServerCandidate> outgoing = detector.outgoingCandidates();
    QCOMPARE(describe(outgoing), u"smtp.probeonly.test:%1 0 Probe verified"_s.arg(smtp.port()));
    QCOMPARE(outgoing.first().service, Service::Submission);
    QVERIFY(outgoing.first().submissionCapabilities->hasSasl(u"PLAIN"));
    QTRY_VERIFY(smtp.isDone());
    QVERIFY2(smtp.mismatches().isEmpty(), qPrintable(smtp.transcript()));
    QCOMPARE(out.finishedSignals, 1);
    QVERIFY2(out.ranked.size() == 2, qPrintable(describe(out.ranked)));
    QCOMPARE(describe(out.ranked.first()),
             u"pop3.probeonly.test:%1 2 Probe verified cert-problem"_s.arg(m_dovecot.tlsPort()));
    QCOMPARE(out.ranked.first().username, u"someone@probeonly.test"_s);
    QCOMPARE(out.ranked.at(1).security, transport::Security::StartTls);
    QCOMPARE(out.finishedSources.value(Source::IspAutoconfig, true), false);
    QCOMPARE(out.finishedSources.value(Source::DnsSrv, true), false);
}

void tst_Autodetector::presetForABigProvider()
{
    DetectOptions o = options();
    o.probe = false; // nothing may go to the real pop.gmail.com
    Autodetector detector(o);
    const Outcome out = detect(detector, u"ann@gmail.com"_s);
    QCOMPARE(out.finishedSignals, 1);
    QVERIFY(!out.ranked.isEmpty());
    const ServerCandidate& c = out.ranked.first();
    QCOMPARE(c.host, u"pop.gmail.com"_s);
    QCOMPARE(c.source, Source::Preset);
    QVERIFY(c.notes.contains(ProviderNote::GmailRecentMode));
    QVERIFY(!c.verified);
    QCOMPARE(out.finishedSources.value(Source::Preset), true);
    QVERIFY(!out.finishedSources.contains(Source::Probe));
}

// A custom domain whose mail Google hosts: the MX names google.com, which the Gmail preset knows.
void tst_Autodetector::hostedDomainRecognisedByItsMx()
{
    DetectOptions o = options();
    o.probe = false; // nothing may go to the real pop.gmail.com
    Autodetector detector(o);
    const Outcome out = detect(detector, u"team@hosted.test"_s);
    QCOMPARE(out.finishedSignals, 1);
    QVERIFY2(out.ranked.size() == 1, qPrintable(describe(out.ranked)));
    const ServerCandidate& c = out.ranked.first();
    QCOMPARE(c.host, u"pop.gmail.com"_s);
    QCOMPARE(c.source, Source::MxDomain);
    QCOMPARE(c.username, u"team@hosted.test"_s);
    QCOMPARE(c.providerName, u"Gmail"_s);
    QVERIFY(c.sourceDetail.contains(u"aspmx.l.google.com"_s));
    QVERIFY(c.needsConfirmation); // only the MX named Google: the user confirms pop.gmail.com
    QCOMPARE(out.finishedSources.value(Source::MxDomain), true);
    QCOMPARE(out.finishedSources.value(Source::Preset, true), false);
}

// RFC 6186 section 6: whoever forges a DNS answer must not choose where the password goes. The
// SRV and MX hosts outside hostile.test answer (a real server), yet they rank after the guessed
// pop.hostile.test and are marked for the user's confirmation.
void tst_Autodetector::dnsCannotChooseAHostOutsideTheDomain()
{
    Autodetector detector(options());
    const Outcome out = detect(detector, u"victim@hostile.test"_s);
    QCOMPARE(out.finishedSignals, 1);
    const QString got = describe(out.ranked);
    const QString tls = QString::number(m_dovecot.tlsPort());
    const QString plain = QString::number(m_dovecot.plainPort());
    QCOMPARE(got, QStringList(
                      {u"pop.hostile.test:%1 2 Probe verified cert-problem"_s.arg(tls),
                       u"pop.hostile.test:%1 1 Probe verified cert-problem"_s.arg(plain),
                       u"pop.attacker.test:%1 2 DnsSrv verified cert-problem confirm"_s.arg(tls),
                       u"pop.evil.test:%1 2 MxDomain verified cert-problem confirm"_s.arg(tls),
                       u"pop.evil.test:%1 1 MxDomain verified cert-problem confirm"_s.arg(plain)})
                      .join(u"\n"_s));
    QCOMPARE(out.finishedSources.value(Source::DnsSrv), true);
    QCOMPARE(out.finishedSources.value(Source::MxDomain), true);
}

// refused.test's https autoconfig says STARTTLS; the server answers -ERR to STLS. The probe must
// not turn that into "no encryption": the claim stays, marked as refused. The same for its
// outgoing server, whose EHLO probe gets 454 to STARTTLS.
void tst_Autodetector::refusedStlsKeepsTheClaimedSecurity()
{
    m_refusing.addConnection(u"S: +OK hi\nC: CAPA\nS: +OK\nS: STLS\nS: USER\nS: .\nC: STLS\n"
                             "S: -ERR not today\nC: QUIT\nS: +OK\n!close"_s);
    LineScript smtp = ScriptedSmtpServer::greeting();
    smtp.append(ScriptedSmtpServer::ehlo(ScriptedSmtpServer::capabilitiesBeforeTls()))
        .append(LineScript::parse(u"C: STARTTLS\nS: 454 4.7.0 TLS not available\n!expect-close"));
    m_refusingSmtp.addConnection(smtp);
    Autodetector detector(options());
    const Outcome out = detect(detector, u"ann@refused.test"_s);
    const QList<ServerCandidate> outgoing = detector.outgoingCandidates();
    QCOMPARE(describe(outgoing),
             u"127.0.0.1:%1 1 IspAutoconfig verified refused"_s.arg(m_refusingSmtp.port()));
    QVERIFY(outgoing.first().submissionCapabilities);
    QVERIFY(outgoing.first().submissionCapabilities->startTls); // what it said in the clear
    QVERIFY(!outgoing.first().capabilities);
    QTRY_VERIFY(m_refusingSmtp.isDone());
    QVERIFY2(m_refusingSmtp.mismatches().isEmpty(), qPrintable(m_refusingSmtp.transcript()));
    QCOMPARE(m_refusingSmtp.receivedLines().size(), 2); // EHLO, STARTTLS: nothing else
    QCOMPARE(out.finishedSignals, 1);
    QCOMPARE(describe(out.ranked),
             u"127.0.0.1:%1 1 IspAutoconfig verified refused"_s.arg(m_refusing.port()));
    QTRY_VERIFY(m_refusing.isDone());
    QVERIFY2(m_refusing.mismatches().isEmpty(), qPrintable(m_refusing.transcript()));
    QCOMPARE(m_refusing.receivedLines(), (QList<QByteArray>{"CAPA", "STLS", "QUIT"}));
}

void tst_Autodetector::cancelReportsWhatWasFoundAtOnce()
{
    LoopbackHttpServer silentHttp;
    QVERIFY(silentHttp.start());
    silentHttp.setSilent(true);
    DetectOptions o = options();
    o.proxy = silentHttp.proxy();
    o.probe = false;
    Autodetector detector(o);
    int finishedSignals = 0;
    QList<ServerCandidate> ranked;
    connect(&detector, &Autodetector::finished, this, [&](const QList<ServerCandidate>& r) {
        ++finishedSignals;
        ranked = r;
    });
    QSignalSpy sourcesDone(&detector, &Autodetector::sourceFinished);
    detector.start(u"bo@outlook.com"_s);
    QTRY_VERIFY(silentHttp.connectionCount() >= 1);
    detector.cancel();
    QCOMPARE(finishedSignals, 1);
    QVERIFY(!detector.isRunning());
    QCOMPARE(ranked.size(), 1);
    QCOMPARE(ranked.first().host, u"outlook.office365.com"_s);
    QCOMPARE(sourcesDone.size(), 5); // every started source ended (Probe never started)
    const int after = int(sourcesDone.size());
    QVERIFY(runQueuedEvents()); // the cancelled run's deletion and queued calls have run
    QCOMPARE(finishedSignals, 1);
    QCOMPARE(int(sourcesDone.size()), after);
    detector.cancel(); // idempotent
    QCOMPARE(finishedSignals, 1);
}

void tst_Autodetector::deadSourcesDoNotDelayTheResult()
{
    LoopbackHttpServer silentHttp;
    QVERIFY(silentHttp.start());
    silentHttp.setSilent(true);
    QUdpSocket silentDns;
    const QHostAddress deadServer(u"127.84.84.84"_s);
    if (!silentDns.bind(deadServer, 53))
        QSKIP("cannot bind a silent name server on port 53 (needs root)");
    DetectOptions o = options();
    o.proxy = silentHttp.proxy();
    o.nameserver = deadServer;
    o.httpTimeout = 1500ms;
    o.dnsTimeout = 1500ms;
    o.probeTimeout = 1500ms;
    Autodetector detector(o);
    const Outcome out = detect(detector, u"user@example.test"_s);
    QCOMPARE(out.finishedSignals, 1);
    QVERIFY2(out.ranked.isEmpty(), qPrintable(describe(out.ranked)));
    // Far below the 60 s overall limit and the resolver's own 10 s: each source gave up on time.
    QVERIFY2(out.elapsedMs < 20000, qPrintable(QString::number(out.elapsedMs)));
    QCOMPARE(out.sourceFinishedSignals, 6);
    QVERIFY(silentDns.hasPendingDatagrams());
}

void tst_Autodetector::overallTimeoutBoundsEverything()
{
    LoopbackHttpServer silentHttp;
    QVERIFY(silentHttp.start());
    silentHttp.setSilent(true);
    DetectOptions o = options();
    o.proxy = silentHttp.proxy();
    o.timeout = 1500ms;
    o.httpTimeout = 60s;
    Autodetector detector(o);
    const Outcome out = detect(detector, u"user@example.test"_s);
    QCOMPARE(out.finishedSignals, 1);
    QVERIFY2(out.elapsedMs < 20000, qPrintable(QString::number(out.elapsedMs)));
    QCOMPARE(out.finishedSources.value(Source::IspAutoconfig, true), false);
}

void tst_Autodetector::notAnAddress()
{
    Autodetector detector(options());
    for (const QString& bad : {u"no-at-sign"_s, u"user@"_s, u"user@bad domain"_s}) {
        const Outcome out = detect(detector, bad);
        QCOMPARE(out.finishedSignals, 1);
        QVERIFY(out.ranked.isEmpty());
    }
}

// The outgoing server comes from the same sources as the POP3 server, with the same trust rule:
// the https autoconfig of the domain and SRV name smtp.send.test (one entry, implicit TLS first);
// SRV alone names smtp.outsider.test, outside send.test, which the user must confirm. The POP3
// list holds no submission server, and SRV counts as having found nothing for POP3.
void tst_Autodetector::outgoingServerFromAutoconfigAndSrv()
{
    DetectOptions o = options();
    o.probe = false; // nothing is listening for send.test
    Autodetector detector(o);
    QList<ServerCandidate> outgoingFound;
    connect(&detector, &Autodetector::outgoingCandidateFound, this,
            [&](const ServerCandidate& c) { outgoingFound.append(c); });
    const Outcome out = detect(detector, u"user@send.test"_s);
    QCOMPARE(out.finishedSignals, 1);
    QCOMPARE(describe(out.ranked), u"pop.send.test:995 2 IspAutoconfig"_s);
    for (const ServerCandidate& c : out.found)
        QCOMPARE(c.service, Service::Pop3);
    QCOMPARE(out.finishedSources.value(Source::DnsSrv, true), false);
    QCOMPARE(outgoingFound.size(), 4); // two from the document, two from SRV
    const QList<ServerCandidate> outgoing = detector.outgoingCandidates();
    QCOMPARE(describe(outgoing), QStringList({u"smtp.send.test:465 2 IspAutoconfig"_s,
                                              u"smtp.send.test:587 1 IspAutoconfig"_s,
                                              u"smtp.outsider.test:587 1 DnsSrv confirm"_s})
                                     .join(u"\n"_s));
    for (const ServerCandidate& c : outgoing)
        QCOMPARE(c.service, Service::Submission);
    QCOMPARE(outgoing.first().username, u"user"_s);
    QCOMPARE(outgoing.first().providerName, u"Send Test"_s);
    QVERIFY(m_dns.log().contains(u"_submissions._tcp.send.test"_s));
    // A new start forgets the last address's outgoing servers.
    const Outcome again = detect(detector, u"someone@unknown.test"_s);
    QCOMPARE(again.finishedSignals, 1);
    QVERIFY(detector.outgoingCandidates().isEmpty());
}

void tst_Autodetector::outgoingServerOfABigProvider()
{
    DetectOptions o = options();
    o.probe = false; // nothing may go to the real servers
    Autodetector detector(o);
    const Outcome out = detect(detector, u"ann@gmail.com"_s);
    QCOMPARE(out.finishedSignals, 1);
    QCOMPARE(out.ranked.first().host, u"pop.gmail.com"_s);
    const QList<ServerCandidate> outgoing = detector.outgoingCandidates();
    QCOMPARE(describe(outgoing),
             QStringList({u"smtp.gmail.com:465 2 Preset"_s, u"smtp.gmail.com:587 1 Preset"_s})
                 .join(u"\n"_s));
    QCOMPARE(outgoing.first().username, u"ann@gmail.com"_s);
    QVERIFY(outgoing.first().notes.contains(ProviderNote::AppPasswordRequired));
}

// Only the MX named Google: the submission server, like pop.gmail.com, needs confirmation.
void tst_Autodetector::outgoingServerOfAHostedDomain()
{
    DetectOptions o = options();
    o.probe = false;
    Autodetector detector(o);
    const Outcome out = detect(detector, u"team@hosted.test"_s);
    QCOMPARE(out.finishedSignals, 1);
    QVERIFY2(out.ranked.size() == 1, qPrintable(describe(out.ranked)));
    const QList<ServerCandidate> outgoing = detector.outgoingCandidates();
    QCOMPARE(describe(outgoing), QStringList({u"smtp.gmail.com:465 2 MxDomain confirm"_s,
                                              u"smtp.gmail.com:587 1 MxDomain confirm"_s})
                                     .join(u"\n"_s));
    QCOMPARE(outgoing.first().username, u"team@hosted.test"_s);
    QVERIFY(outgoing.first().sourceDetail.contains(u"aspmx.l.google.com"_s));
}

QTEST_GUILESS_MAIN(tst_Autodetector)
#include "tst_Autodetector.moc"
