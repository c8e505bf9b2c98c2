// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/DomainNames.h"
#include "core/autoconfig/Ranking.h"
#include "core/common/PublicSuffix.h"

#include <QTest>

using namespace postbag;
using namespace postbag::autoconfig;
using namespace Qt::StringLiterals;

namespace {

ServerCandidate make(const QString& host, quint16 port, transport::Security security, Source source,
                     bool verified = false)
{
    ServerCandidate c;
    c.host = host;
    c.port = port;
    c.security = security;
    c.source = source;
    c.verified = verified;
    return c;
}

QStringList keys(const QList<ServerCandidate>& list)
{
    QStringList out;
    for (const ServerCandidate& c : list)
        out << c.endpointKey();
    return out;
}

} // namespace

class tst_Ranking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encryptedBeforePlain();
    void verifiedBeforeUnverified();
    void sourceOrderBreaksTies();
    void duplicatesMergeIntoTheMostTrustedSource();
    void probeNeverLowersSecurity_data();
    void probeNeverLowersSecurity();
    void probeRaisesSecurity();
    void hostConfirmation_data();
    void hostConfirmation();
    void hostConfirmationKnowsPublicSuffixes();
    void hostsToConfirmComeAfterTheOthers();
    void certificateProblemRanksBelowACleanServer();
    void plainHttpSuggestionsComeLast();
    void registrableDomains_data();
    void registrableDomains();
    void probeHosts();
    void hostNames();
    void submissionImplicitTlsBeforeStartTlsBeforePlain();
    void pop3AndSubmissionNeverMerge();
    void submissionProbeMergesItsCapabilities();
};

// What plain http suggested (possibly an attacker on the network) comes after what an
// authenticated source named, even when only it answered a probe; named by both, it is trusted.
void tst_Ranking::plainHttpSuggestionsComeLast()
{
    ServerCandidate injected = make(u"mail.attacker.test"_s, 995, transport::Security::ImplicitTls,
                                    Source::IspAutoconfig, true);
    injected.unauthenticatedSource = true;
    const ServerCandidate srv =
        make(u"pop.example.test"_s, 995, transport::Security::ImplicitTls, Source::DnsSrv);
    const auto ranked = rankCandidates({injected, srv});
    QCOMPARE(keys(ranked), (QStringList{u"pop.example.test:995"_s, u"mail.attacker.test:995"_s}));
    QVERIFY(ranked.last().unauthenticatedSource);

    ServerCandidate alsoHttp =
        make(u"pop.example.test"_s, 995, transport::Security::ImplicitTls, Source::IspAutoconfig);
    alsoHttp.unauthenticatedSource = true;
    const auto merged = rankCandidates({alsoHttp, srv});
    QCOMPARE(merged.size(), 1);
    QVERIFY(!merged.first().unauthenticatedSource);
}

void tst_Ranking::encryptedBeforePlain()
{
    const auto ranked = rankCandidates({
        make(u"a.test"_s, 110, transport::Security::None, Source::Preset, true),
        make(u"b.test"_s, 110, transport::Security::StartTls, Source::Probe),
        make(u"c.test"_s, 995, transport::Security::ImplicitTls, Source::Probe),
    });
    QCOMPARE(keys(ranked), (QStringList{u"c.test:995"_s, u"b.test:110"_s, u"a.test:110"_s}));
}

void tst_Ranking::verifiedBeforeUnverified()
{
    const auto ranked = rankCandidates({
        make(u"a.test"_s, 995, transport::Security::ImplicitTls, Source::IspAutoconfig),
        make(u"b.test"_s, 110, transport::Security::StartTls, Source::Probe, true),
        make(u"c.test"_s, 995, transport::Security::ImplicitTls, Source::Probe, true),
    });
    QCOMPARE(keys(ranked), (QStringList{u"c.test:995"_s, u"b.test:110"_s, u"a.test:995"_s}));
}

void tst_Ranking::sourceOrderBreaksTies()
{
    const auto ranked = rankCandidates({
        make(u"probe.test"_s, 995, transport::Security::ImplicitTls, Source::Probe),
        make(u"mx.test"_s, 995, transport::Security::ImplicitTls, Source::MxDomain),
        make(u"srv.test"_s, 995, transport::Security::ImplicitTls, Source::DnsSrv),
        make(u"wk.test"_s, 995, transport::Security::ImplicitTls, Source::WellKnown),
        make(u"isp.test"_s, 995, transport::Security::ImplicitTls, Source::IspAutoconfig),
        make(u"preset.test"_s, 995, transport::Security::ImplicitTls, Source::Preset),
        make(u"isp2.test"_s, 995, transport::Security::ImplicitTls, Source::IspAutoconfig),
    });
    QCOMPARE(keys(ranked), (QStringList{u"preset.test:995"_s, u"isp.test:995"_s, u"isp2.test:995"_s,
                                        u"wk.test:995"_s, u"srv.test:995"_s, u"mx.test:995"_s,
                                        u"probe.test:995"_s}));
}

void tst_Ranking::duplicatesMergeIntoTheMostTrustedSource()
{
    ServerCandidate probe =
        make(u"POP.example.test."_s, 995, transport::Security::ImplicitTls, Source::Probe, true);
    probe.capabilities = pop3::Capabilities{};
    probe.capabilities->known = true;
    probe.capabilities->uidl = true;
    ServerCandidate isp =
        make(u"pop.example.test"_s, 995, transport::Security::ImplicitTls, Source::IspAutoconfig);
    isp.username = u"jane"_s;
    isp.providerName = u"Example"_s;
    isp.notes = {ProviderNote::AppPasswordRequired};
    ServerCandidate srv =
        make(u"pop.example.test"_s, 995, transport::Security::ImplicitTls, Source::DnsSrv);
    srv.username = u"jane@example.test"_s;
    const auto ranked = rankCandidates({probe, srv, isp});
    QCOMPARE(ranked.size(), 1);
    const ServerCandidate& c = ranked.first();
    QCOMPARE(c.source, Source::IspAutoconfig);
    QCOMPARE(c.username, u"jane"_s);
    QCOMPARE(c.providerName, u"Example"_s);
    QCOMPARE(c.notes, QList<ProviderNote>{ProviderNote::AppPasswordRequired});
    QVERIFY(c.verified);
    QVERIFY(c.capabilities && c.capabilities->uidl);
}

// A probe that saw no STLS where a source claimed STARTTLS may be an attacker stripping it: the
// claim stands (the login will refuse the clear) and the refusal is marked, ranked after others.
void tst_Ranking::probeNeverLowersSecurity_data()
{
    QTest::addColumn<int>("claimSource");
    QTest::newRow("preset") << int(Source::Preset);
    QTest::newRow("https autoconfig") << int(Source::IspAutoconfig);
    QTest::newRow("SRV") << int(Source::DnsSrv);
}

void tst_Ranking::probeNeverLowersSecurity()
{
    QFETCH(int, claimSource);
    const auto ranked = rankCandidates({
        make(u"pop.x.test"_s, 110, transport::Security::StartTls, Source(claimSource)),
        make(u"pop.x.test"_s, 110, transport::Security::None, Source::Probe, true),
        make(u"mail.x.test"_s, 110, transport::Security::StartTls, Source::Probe),
    });
    QCOMPARE(keys(ranked), (QStringList{u"mail.x.test:110"_s, u"pop.x.test:110"_s}));
    const ServerCandidate& refused = ranked.at(1);
    QCOMPARE(refused.security, transport::Security::StartTls);
    QVERIFY(refused.encryptionRefused);
    QVERIFY(refused.verified);
    QCOMPARE(refused.source, Source(claimSource));
    QVERIFY(!ranked.at(0).encryptionRefused);
}

// A source that claimed no encryption, where the probe got STARTTLS going: the probe's word.
void tst_Ranking::probeRaisesSecurity()
{
    const auto ranked = rankCandidates({
        make(u"pop.x.test"_s, 110, transport::Security::None, Source::IspAutoconfig),
        make(u"pop.x.test"_s, 110, transport::Security::StartTls, Source::Probe, true),
    });
    QCOMPARE(ranked.size(), 1);
    QCOMPARE(ranked.first().security, transport::Security::StartTls);
    QVERIFY(!ranked.first().encryptionRefused);
}

void tst_Ranking::hostConfirmation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("source");
    QTest::addColumn<bool>("plainHttp");
    QTest::addColumn<bool>("needed");
    const int srv = int(Source::DnsSrv);
    QTest::newRow("SRV inside") << "pop.example.org" << srv << false << false;
    QTest::newRow("SRV the domain itself") << "example.org" << srv << false << false;
    QTest::newRow("SRV in a subdomain") << "pop.eu.mail.example.org" << srv << false << false;
    QTest::newRow("SRV elsewhere") << "pop.attacker.net" << srv << false << true;
    QTest::newRow("SRV look-alike") << "pop.example.org.attacker.net" << srv << false << true;
    QTest::newRow("SRV suffix only") << "pop.evilexample.org" << srv << false << true;
    QTest::newRow("SRV address") << "127.0.0.1" << srv << false << true;
    QTest::newRow("MX elsewhere") << "pop.gmail.com" << int(Source::MxDomain) << false << true;
    QTest::newRow("probe of a guessed name")
        << "pop3.example.org" << int(Source::Probe) << false << false;
    QTest::newRow("probe of an SRV host")
        << "pop.attacker.net" << int(Source::Probe) << false << true;
    QTest::newRow("preset elsewhere")
        << "pop.provider.net" << int(Source::Preset) << false << false;
    QTest::newRow("https autoconfig elsewhere")
        << "pop.provider.net" << int(Source::IspAutoconfig) << false << false;
    QTest::newRow("https well-known elsewhere")
        << "pop.provider.net" << int(Source::WellKnown) << false << false;
    QTest::newRow("http autoconfig elsewhere")
        << "pop.provider.net" << int(Source::IspAutoconfig) << true << true;
    QTest::newRow("http autoconfig inside")
        << "pop.example.org" << int(Source::IspAutoconfig) << true << false;
}

void tst_Ranking::hostConfirmation()
{
    QFETCH(QString, host);
    QFETCH(int, source);
    QFETCH(bool, plainHttp);
    QFETCH(bool, needed);
    ServerCandidate c = make(host, 995, transport::Security::ImplicitTls, Source(source));
    c.unauthenticatedSource = plainHttp;
    QCOMPARE(needsHostConfirmation(c, u"example.org"_s), needed);
    QCOMPARE(needsHostConfirmation(c, u"mail.example.org"_s), needed); // the same owner
}

// Under a public suffix with several labels, a neighbour is another owner.
void tst_Ranking::hostConfirmationKnowsPublicSuffixes()
{
    const ServerCandidate neighbour =
        make(u"pop.attacker.co.uk"_s, 995, transport::Security::ImplicitTls, Source::DnsSrv);
    QVERIFY(needsHostConfirmation(neighbour, u"example.co.uk"_s));
    const ServerCandidate own =
        make(u"pop.example.co.uk"_s, 995, transport::Security::ImplicitTls, Source::DnsSrv);
    QVERIFY(!needsHostConfirmation(own, u"example.co.uk"_s));
    QVERIFY(needsHostConfirmation(own, u"co.uk"_s)); // nothing belongs to a public suffix
    QVERIFY(needsHostConfirmation(own, QString()));
}

// A host that only DNS named outside the domain ranks after every host needing no confirmation,
// even verified and encrypted; named also by a trusted source, it needs none.
void tst_Ranking::hostsToConfirmComeAfterTheOthers()
{
    ServerCandidate hostile =
        make(u"pop.attacker.test"_s, 995, transport::Security::ImplicitTls, Source::DnsSrv, true);
    hostile.needsConfirmation = true;
    const ServerCandidate guessed =
        make(u"pop.example.test"_s, 110, transport::Security::StartTls, Source::Probe);
    const auto ranked = rankCandidates({hostile, guessed});
    QCOMPARE(keys(ranked), (QStringList{u"pop.example.test:110"_s, u"pop.attacker.test:995"_s}));
    QVERIFY(ranked.last().needsConfirmation);

    const ServerCandidate https =
        make(u"pop.attacker.test"_s, 995, transport::Security::ImplicitTls, Source::IspAutoconfig);
    const auto merged = rankCandidates({hostile, https});
    QCOMPARE(merged.size(), 1);
    QVERIFY(!merged.first().needsConfirmation);
}

void tst_Ranking::certificateProblemRanksBelowACleanServer()
{
    ServerCandidate selfSigned =
        make(u"a.test"_s, 995, transport::Security::ImplicitTls, Source::Preset, true);
    selfSigned.certificateProblem = CertificateInfo{};
    const auto ranked = rankCandidates({
        selfSigned,
        make(u"b.test"_s, 110, transport::Security::StartTls, Source::Probe, true),
    });
    QCOMPARE(keys(ranked), (QStringList{u"b.test:110"_s, u"a.test:995"_s}));
}

void tst_Ranking::registrableDomains_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("domain");
    QTest::newRow("google") << "aspmx.l.google.com"
                            << "google.com";
    QTest::newRow("deep") << "mx01.mail.example.net"
                          << "example.net";
    QTest::newRow("final dot and case") << "MX.Example.ORG."
                                        << "example.org";
    QTest::newRow("co.uk") << "mx.mail.example.co.uk"
                           << "example.co.uk";
    QTest::newRow("com.au") << "mail.example.com.au"
                            << "example.com.au";
    QTest::newRow("outlook") << "example-test.mail.protection.outlook.com"
                             << "outlook.com";
    QTest::newRow("two labels") << "example.net"
                                << "example.net";
    QTest::newRow("bare suffix") << "co.uk"
                                 << "";
    QTest::newRow("one label") << "localhost"
                               << "";
    QTest::newRow("empty label") << "a..example.net"
                                 << "";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_Ranking::registrableDomains()
{
    QFETCH(QString, host);
    QFETCH(QString, domain);
    QCOMPARE(PublicSuffix::registrableDomain(host), domain);
}

void tst_Ranking::probeHosts()
{
    QCOMPARE(probeHostsFor(u"example.test"_s),
             (QStringList{u"pop.example.test"_s, u"pop3.example.test"_s, u"mail.example.test"_s,
                          u"example.test"_s}));
    QCOMPARE(submissionProbeHostsFor(u"example.test"_s),
             (QStringList{u"smtp.example.test"_s, u"mail.example.test"_s, u"example.test"_s}));
}

void tst_Ranking::hostNames()
{
    QVERIFY(isPlausibleHostName(u"pop.example.test"_s));
    QVERIFY(isPlausibleHostName(u"xn--bcher-kva.example"_s));
    QVERIFY(!isPlausibleHostName(u"pop example.test"_s));
    QVERIFY(!isPlausibleHostName(u"-pop.example.test"_s));
    QVERIFY(!isPlausibleHostName(u"pop..test"_s));
    QVERIFY(!isPlausibleHostName(QString()));
    QVERIFY(!isPlausibleHostName(u"a/b"_s));
}

// RFC 8314 section 3.3: implicit TLS on 465 is preferred to STARTTLS on 587; plain comes last.
void tst_Ranking::submissionImplicitTlsBeforeStartTlsBeforePlain()
{
    QList<ServerCandidate> found{
        make(u"smtp.example.test"_s, 25, transport::Security::None, Source::Preset),
        make(u"smtp.example.test"_s, 587, transport::Security::StartTls, Source::Preset),
        make(u"smtp.example.test"_s, 465, transport::Security::ImplicitTls, Source::DnsSrv),
        make(u"smtp.example.test"_s, 587, transport::Security::StartTls, Source::IspAutoconfig)};
    for (ServerCandidate& c : found)
        c.service = Service::Submission;
    // A POP3 server that a probe reached on the same host:port is another server.
    found.append(
        make(u"smtp.example.test"_s, 465, transport::Security::ImplicitTls, Source::Probe, true));
    QList<ServerCandidate> ranked = rankCandidates(found);
    QCOMPARE(keys(ranked), (QStringList{u"smtp.example.test:465"_s, u"smtp.example.test:465"_s,
                                        u"smtp.example.test:587"_s, u"smtp.example.test:25"_s}));
    ranked.removeIf([](const ServerCandidate& c) { return c.service == Service::Pop3; });
    QCOMPARE(ranked.size(), 3);
    QVERIFY(!ranked.first().verified); // the POP3 probe said nothing about it
    QCOMPARE(ranked.at(1).source, Source::Preset); // the 587 entries merged, the preset kept
}

void tst_Ranking::pop3AndSubmissionNeverMerge()
{
    ServerCandidate pop3 =
        make(u"mail.example.test"_s, 465, transport::Security::ImplicitTls, Source::Probe, true);
    ServerCandidate submission =
        make(u"mail.example.test"_s, 465, transport::Security::ImplicitTls, Source::Preset);
    submission.service = Service::Submission;
    const QList<ServerCandidate> ranked = rankCandidates({pop3, submission});
    QCOMPARE(ranked.size(), 2);
    QCOMPARE(ranked.at(0).service == Service::Pop3, true); // verified first
    QVERIFY(!ranked.at(1).verified); // a POP3 probe says nothing about the submission server
    QCOMPARE(serviceName(Service::Pop3), u"pop3"_s);
    QCOMPARE(serviceName(Service::Submission), u"submission"_s);
}

// An EHLO probe verifies a preset's submission server: its capabilities join the preset's entry;
// a probe that saw no STARTTLS where the preset says STARTTLS keeps the claim, marked refused.
void tst_Ranking::submissionProbeMergesItsCapabilities()
{
    ServerCandidate preset =
        make(u"smtp.example.test"_s, 465, transport::Security::ImplicitTls, Source::Preset);
    ServerCandidate claimed =
        make(u"smtp.example.test"_s, 587, transport::Security::StartTls, Source::Preset);
    ServerCandidate probed =
        make(u"smtp.example.test"_s, 465, transport::Security::ImplicitTls, Source::Probe, true);
    ServerCandidate stripped =
        make(u"smtp.example.test"_s, 587, transport::Security::None, Source::Probe, true);
    smtp::Capabilities caps;
    caps.extended = true;
    caps.saslMechanisms = {u"PLAIN"_s};
    caps.sizeLimit = 1000;
    probed.submissionCapabilities = caps;
    stripped.submissionCapabilities = caps;
    for (ServerCandidate* c : {&preset, &claimed, &probed, &stripped})
        c->service = Service::Submission;
    const QList<ServerCandidate> ranked = rankCandidates({stripped, probed, claimed, preset});
    QCOMPARE(ranked.size(), 2);
    QCOMPARE(ranked.at(0).source, Source::Preset);
    QVERIFY(ranked.at(0).verified);
    QVERIFY(ranked.at(0).submissionCapabilities);
    QCOMPARE(ranked.at(0).submissionCapabilities->sizeLimit, 1000);
    QVERIFY(!ranked.at(0).capabilities);
    QCOMPARE(ranked.at(1).security, transport::Security::StartTls);
    QVERIFY(ranked.at(1).encryptionRefused);
    QVERIFY(ranked.at(1).submissionCapabilities);
}

QTEST_GUILESS_MAIN(tst_Ranking)
#include "tst_Ranking.moc"
