// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/DomainNames.h"
#include "core/autoconfig/Ranking.h"

#include <QTest>

using namespace postbag;
using namespace postbag::autoconfig;
using namespace Qt::StringLiterals;

namespace {

ServerCandidate make(const QString& host, quint16 port, pop3::Security security, Source source,
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
    void probeRevealsAPlainOnlyPort();
    void certificateProblemRanksBelowACleanServer();
    void plainHttpSuggestionsComeLast();
    void registrableDomains_data();
    void registrableDomains();
    void probeHosts();
    void hostNames();
};

// What plain http suggested (possibly an attacker on the network) comes after what an
// authenticated source named, even when only it answered a probe; named by both, it is trusted.
void tst_Ranking::plainHttpSuggestionsComeLast()
{
    ServerCandidate injected = make(u"mail.attacker.test"_s, 995, pop3::Security::ImplicitTls,
                                    Source::IspAutoconfig, true);
    injected.unauthenticatedSource = true;
    const ServerCandidate srv =
        make(u"pop.example.test"_s, 995, pop3::Security::ImplicitTls, Source::DnsSrv);
    const auto ranked = rankCandidates({injected, srv});
    QCOMPARE(keys(ranked), (QStringList{u"pop.example.test:995"_s, u"mail.attacker.test:995"_s}));
    QVERIFY(ranked.last().unauthenticatedSource);

    ServerCandidate alsoHttp =
        make(u"pop.example.test"_s, 995, pop3::Security::ImplicitTls, Source::IspAutoconfig);
    alsoHttp.unauthenticatedSource = true;
    const auto merged = rankCandidates({alsoHttp, srv});
    QCOMPARE(merged.size(), 1);
    QVERIFY(!merged.first().unauthenticatedSource);
}

void tst_Ranking::encryptedBeforePlain()
{
    const auto ranked = rankCandidates({
        make(u"a.test"_s, 110, pop3::Security::None, Source::Preset, true),
        make(u"b.test"_s, 110, pop3::Security::StartTls, Source::Probe),
        make(u"c.test"_s, 995, pop3::Security::ImplicitTls, Source::Probe),
    });
    QCOMPARE(keys(ranked), (QStringList{u"c.test:995"_s, u"b.test:110"_s, u"a.test:110"_s}));
}

void tst_Ranking::verifiedBeforeUnverified()
{
    const auto ranked = rankCandidates({
        make(u"a.test"_s, 995, pop3::Security::ImplicitTls, Source::IspAutoconfig),
        make(u"b.test"_s, 110, pop3::Security::StartTls, Source::Probe, true),
        make(u"c.test"_s, 995, pop3::Security::ImplicitTls, Source::Probe, true),
    });
    QCOMPARE(keys(ranked), (QStringList{u"c.test:995"_s, u"b.test:110"_s, u"a.test:995"_s}));
}

void tst_Ranking::sourceOrderBreaksTies()
{
    const auto ranked = rankCandidates({
        make(u"probe.test"_s, 995, pop3::Security::ImplicitTls, Source::Probe),
        make(u"mx.test"_s, 995, pop3::Security::ImplicitTls, Source::MxDomain),
        make(u"srv.test"_s, 995, pop3::Security::ImplicitTls, Source::DnsSrv),
        make(u"wk.test"_s, 995, pop3::Security::ImplicitTls, Source::WellKnown),
        make(u"isp.test"_s, 995, pop3::Security::ImplicitTls, Source::IspAutoconfig),
        make(u"preset.test"_s, 995, pop3::Security::ImplicitTls, Source::Preset),
        make(u"isp2.test"_s, 995, pop3::Security::ImplicitTls, Source::IspAutoconfig),
    });
    QCOMPARE(keys(ranked), (QStringList{u"preset.test:995"_s, u"isp.test:995"_s, u"isp2.test:995"_s,
                                        u"wk.test:995"_s, u"srv.test:995"_s, u"mx.test:995"_s,
                                        u"probe.test:995"_s}));
}

void tst_Ranking::duplicatesMergeIntoTheMostTrustedSource()
{
    ServerCandidate probe =
        make(u"POP.example.test."_s, 995, pop3::Security::ImplicitTls, Source::Probe, true);
    probe.capabilities = pop3::Capabilities{};
    probe.capabilities->known = true;
    probe.capabilities->uidl = true;
    ServerCandidate isp =
        make(u"pop.example.test"_s, 995, pop3::Security::ImplicitTls, Source::IspAutoconfig);
    isp.username = u"jane"_s;
    isp.providerName = u"Example"_s;
    isp.notes = {ProviderNote::AppPasswordRequired};
    ServerCandidate srv =
        make(u"pop.example.test"_s, 995, pop3::Security::ImplicitTls, Source::DnsSrv);
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

void tst_Ranking::probeRevealsAPlainOnlyPort()
{
    const auto ranked = rankCandidates({
        make(u"pop.x.test"_s, 110, pop3::Security::StartTls, Source::DnsSrv),
        make(u"pop.x.test"_s, 110, pop3::Security::None, Source::Probe, true),
        make(u"mail.x.test"_s, 110, pop3::Security::StartTls, Source::Probe),
    });
    QCOMPARE(keys(ranked), (QStringList{u"mail.x.test:110"_s, u"pop.x.test:110"_s}));
    QCOMPARE(ranked.at(1).security, pop3::Security::None);
    QCOMPARE(ranked.at(1).source, Source::DnsSrv);
}

void tst_Ranking::certificateProblemRanksBelowACleanServer()
{
    ServerCandidate selfSigned =
        make(u"a.test"_s, 995, pop3::Security::ImplicitTls, Source::Preset, true);
    selfSigned.certificateProblem = CertificateInfo{};
    const auto ranked = rankCandidates({
        selfSigned,
        make(u"b.test"_s, 110, pop3::Security::StartTls, Source::Probe, true),
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
    QCOMPARE(registrableDomain(host), domain);
}

void tst_Ranking::probeHosts()
{
    QCOMPARE(probeHostsFor(u"example.test"_s),
             (QStringList{u"pop.example.test"_s, u"pop3.example.test"_s, u"mail.example.test"_s,
                          u"example.test"_s}));
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

QTEST_GUILESS_MAIN(tst_Ranking)
#include "tst_Ranking.moc"
