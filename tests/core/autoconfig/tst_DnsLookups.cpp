// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SrvLookup, MxLookup and HostResolver against a real DNS server (dnsmasq) on a loopback address.
#include "core/autoconfig/HostResolver.h"
#include "core/autoconfig/MxLookup.h"
#include "core/autoconfig/SrvLookup.h"
#include "tests/support/DnsmasqServer.h"
#include "tests/support/QueuedEvents.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace postbag;
using namespace postbag::autoconfig;
using namespace postbag::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(QList<postbag::autoconfig::MxLookup::Exchanger>)

namespace {
// One SrvLookup run: the candidates in the order reported, and what finished said (nothing when it
// did not finish in time).
std::optional<bool> lookUpSrv(const QHostAddress& nameserver, const QString& domain,
                              QList<ServerCandidate>& found)
{
    SrvLookup lookup(nameserver, 10s);
    QObject::connect(&lookup, &SrvLookup::candidateFound, &lookup,
                     [&](const ServerCandidate& c) { found.append(c); });
    QSignalSpy finished(&lookup, &SrvLookup::finished);
    lookup.start(domain);
    if (!finished.wait(15000) || finished.size() != 1)
        return std::nullopt;
    return finished.first().first().toBool();
}
} // namespace

class tst_DnsLookups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void srvOrderedByPriorityWeightAndSecurity();
    void srvDotTargetMeansNotOffered();
    void srvNothingForUnknownDomain();
    void srvSubmissionRecordsFollowPop3();
    void srvSubmissionOnlyIsNoPop3Server();
    void mxRegistrableDomainsInPreferenceOrder();
    void hostResolverAsksTheChosenServer();
    void deadServerEndsAtTheTimeout();
    void cancelEndsAtOnce();

private:
    DnsmasqServer m_dns;
};

void tst_DnsLookups::initTestCase()
{
    qRegisterMetaType<QList<MxLookup::Exchanger>>();
    // Priority 20 STARTTLS record, two priority-10 records of each kind with weights.
    m_dns.addSrv(u"_pop3._tcp.example.test"_s, u"pop-b.example.test"_s, 110, 20, 0);
    m_dns.addSrv(u"_pop3._tcp.example.test"_s, u"pop-a.example.test"_s, 1110, 10, 5);
    m_dns.addSrv(u"_pop3s._tcp.example.test"_s, u"pops-light.example.test"_s, 995, 10, 1);
    m_dns.addSrv(u"_pop3s._tcp.example.test"_s, u"pops-heavy.example.test"_s, 1995, 10, 60);
    m_dns.addNullSrv(u"_pop3s._tcp.nopop.test"_s);
    m_dns.addSrv(u"_pop3._tcp.nopop.test"_s, u"pop.nopop.test"_s, 110, 0, 0);
    m_dns.addSrv(u"_pop3s._tcp.send.test"_s, u"pop.send.test"_s, 995, 0, 0);
    m_dns.addSrv(u"_submission._tcp.send.test"_s, u"sub-starttls.send.test"_s, 587, 10, 0);
    m_dns.addSrv(u"_submissions._tcp.send.test"_s, u"sub-backup.send.test"_s, 465, 20, 0);
    m_dns.addSrv(u"_submissions._tcp.send.test"_s, u"sub-tls.send.test"_s, 465, 10, 0);
    m_dns.addNullSrv(u"_submissions._tcp.sendonly.test"_s);
    m_dns.addSrv(u"_submission._tcp.sendonly.test"_s, u"smtp.elsewhere.test"_s, 587, 0, 0);
    m_dns.addMx(u"example.test"_s, u"mx02.backup.example.org"_s, 20);
    m_dns.addMx(u"example.test"_s, u"mx01.mail.example.net"_s, 10);
    m_dns.addMx(u"example.test"_s, u"mx03.mail.example.net"_s, 30);
    m_dns.addHost(u"pop.example.test"_s, QHostAddress(u"127.0.0.1"_s));
    m_dns.addHost(u"pop.example.test"_s, QHostAddress(u"::1"_s));
    m_dns.addHost(u"v6only.example.test"_s, QHostAddress(u"::1"_s));
    if (!m_dns.start()) {
        if (m_dns.cannotBindPort53() || DnsmasqServer::executable().isEmpty())
            QSKIP(qPrintable(m_dns.errorString()));
        QFAIL(qPrintable(m_dns.errorString()));
    }
}

void tst_DnsLookups::srvOrderedByPriorityWeightAndSecurity()
{
    SrvLookup lookup(m_dns.address(), 10s);
    QSignalSpy found(&lookup, &SrvLookup::candidateFound);
    QSignalSpy finished(&lookup, &SrvLookup::finished);
    lookup.start(u"example.test"_s);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QStringList got;
    for (const auto& args : found) {
        const auto c = args.first().value<ServerCandidate>();
        QCOMPARE(c.source, Source::DnsSrv);
        QVERIFY(c.sourceDetail.contains(u" SRV "_s));
        got << u"%1:%2:%3"_s.arg(c.host).arg(c.port).arg(int(c.security));
    }
    QCOMPARE(got,
             (QStringList{u"pops-heavy.example.test:1995:2"_s, u"pops-light.example.test:995:2"_s,
                          u"pop-a.example.test:1110:1"_s, u"pop-b.example.test:110:1"_s}));
}

void tst_DnsLookups::srvDotTargetMeansNotOffered()
{
    SrvLookup lookup(m_dns.address(), 10s);
    QSignalSpy found(&lookup, &SrvLookup::candidateFound);
    QSignalSpy finished(&lookup, &SrvLookup::finished);
    lookup.start(u"nopop.test"_s);
    QVERIFY(finished.wait(15000));
    QCOMPARE(found.size(), 1); // only the STARTTLS one; _pop3s is "."
    const auto c = found.first().first().value<ServerCandidate>();
    QCOMPARE(c.host, u"pop.nopop.test"_s);
    QCOMPARE(c.security, transport::Security::StartTls);
    QVERIFY2(m_dns.log().contains(u"_pop3s._tcp.nopop.test"_s), "the query reached dnsmasq");
}

void tst_DnsLookups::srvNothingForUnknownDomain()
{
    SrvLookup lookup(m_dns.address(), 10s);
    QSignalSpy found(&lookup, &SrvLookup::candidateFound);
    QSignalSpy finished(&lookup, &SrvLookup::finished);
    lookup.start(u"unknown.test"_s);
    QVERIFY(finished.wait(15000));
    QCOMPARE(found.size(), 0);
    QCOMPARE(finished.first().first().toBool(), false);
}

// RFC 6186 / 8314: _submissions (implicit TLS) and _submission (STARTTLS) are asked with the
// POP3 records; their candidates come after the POP3 ones, ordered by the same rules.
void tst_DnsLookups::srvSubmissionRecordsFollowPop3()
{
    QList<ServerCandidate> found;
    QCOMPARE(lookUpSrv(m_dns.address(), u"send.test"_s, found), std::optional<bool>(true));
    QStringList got;
    for (const ServerCandidate& c : std::as_const(found)) {
        QCOMPARE(c.source, Source::DnsSrv);
        got << u"%1 %2:%3:%4"_s.arg(serviceName(c.service), c.host)
                   .arg(c.port)
                   .arg(int(c.security));
    }
    QCOMPARE(got,
             (QStringList{u"pop3 pop.send.test:995:2"_s, u"submission sub-tls.send.test:465:2"_s,
                          u"submission sub-starttls.send.test:587:1"_s,
                          u"submission sub-backup.send.test:465:2"_s}));
    const QString log = m_dns.log();
    QVERIFY(log.contains(u"_submissions._tcp.send.test"_s));
    QVERIFY(log.contains(u"_submission._tcp.send.test"_s));
}

// A domain that names only a submission server has not named a POP3 server: finished says
// nothing was found, yet the submission candidate is reported; "." means not offered.
void tst_DnsLookups::srvSubmissionOnlyIsNoPop3Server()
{
    QList<ServerCandidate> found;
    QCOMPARE(lookUpSrv(m_dns.address(), u"sendonly.test"_s, found), std::optional<bool>(false));
    QCOMPARE(found.size(), 1);
    const ServerCandidate& c = found.first();
    QCOMPARE(c.service, Service::Submission);
    QCOMPARE(c.host, u"smtp.elsewhere.test"_s);
    QCOMPARE(c.port, quint16(587));
    QCOMPARE(c.security, transport::Security::StartTls);
    QVERIFY(c.sourceDetail.contains(u"_submission._tcp.sendonly.test"_s));
}

void tst_DnsLookups::mxRegistrableDomainsInPreferenceOrder()
{
    MxLookup lookup(m_dns.address(), 10s);
    QSignalSpy finished(&lookup, &MxLookup::finished);
    lookup.start(u"example.test"_s);
    QVERIFY(finished.wait(15000));
    const auto exchangers = finished.first().first().value<QList<MxLookup::Exchanger>>();
    QCOMPARE(exchangers.size(), 2); // mx03 shares example.net with mx01
    QCOMPARE(exchangers.at(0).host, u"mx01.mail.example.net"_s);
    QCOMPARE(exchangers.at(0).registrableDomain, u"example.net"_s);
    QCOMPARE(exchangers.at(0).preference, quint16(10));
    QCOMPARE(exchangers.at(1).registrableDomain, u"example.org"_s);
}

void tst_DnsLookups::hostResolverAsksTheChosenServer()
{
    HostResolver resolver(m_dns.address(), 10s);
    QSignalSpy finished(&resolver, &HostResolver::finished);
    resolver.start(u"pop.example.test"_s);
    QVERIFY(finished.wait(15000));
    auto addresses = finished.first().first().value<QList<QHostAddress>>();
    QVERIFY(!addresses.isEmpty());
    QCOMPARE(addresses.first(), QHostAddress(u"127.0.0.1"_s)); // IPv4 first

    HostResolver v6(m_dns.address(), 10s);
    QSignalSpy v6finished(&v6, &HostResolver::finished);
    v6.start(u"v6only.example.test"_s);
    QVERIFY(v6finished.wait(15000));
    addresses = v6finished.first().first().value<QList<QHostAddress>>();
    QCOMPARE(addresses, QList<QHostAddress>{QHostAddress(u"::1"_s)});

    HostResolver none(m_dns.address(), 10s);
    QSignalSpy noneFinished(&none, &HostResolver::finished);
    none.start(u"nothing.example.test"_s);
    QVERIFY(noneFinished.wait(15000));
    QVERIFY(noneFinished.first().first().value<QList<QHostAddress>>().isEmpty());
}

// A name server that receives queries and never answers: each lookup ends at its own deadline,
// long before the resolver library would give up (5 s per try, two tries).
void tst_DnsLookups::deadServerEndsAtTheTimeout()
{
    QUdpSocket silent;
    const QHostAddress address(u"127.83.83.83"_s);
    if (!silent.bind(address, 53))
        QSKIP("cannot bind a silent name server on port 53 (needs root)");
    QElapsedTimer clock;
    clock.start();
    SrvLookup srv(address, 1500ms);
    MxLookup mx(address, 1500ms);
    QSignalSpy srvDone(&srv, &SrvLookup::finished);
    QSignalSpy mxDone(&mx, &MxLookup::finished);
    srv.start(u"example.test"_s);
    mx.start(u"example.test"_s);
    QTRY_VERIFY_WITH_TIMEOUT(srvDone.size() == 1 && mxDone.size() == 1, 8000);
    QVERIFY2(clock.elapsed() < 8000, "a dead name server must not hold the lookups");
    QCOMPARE(srvDone.first().first().toBool(), false);
    QVERIFY(mxDone.first().first().value<QList<MxLookup::Exchanger>>().isEmpty());
    QVERIFY(silent.hasPendingDatagrams()); // the queries did go there
}

void tst_DnsLookups::cancelEndsAtOnce()
{
    SrvLookup srv(m_dns.address(), 10s);
    QSignalSpy done(&srv, &SrvLookup::finished);
    srv.start(u"example.test"_s);
    srv.cancel();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(!srv.isRunning());
    QVERIFY(runQueuedEvents()); // the aborted lookups' queued signals and deletions have run
    QCOMPARE(done.size(), 1);   // and nothing afterwards
}

QTEST_GUILESS_MAIN(tst_DnsLookups)
#include "tst_DnsLookups.moc"
