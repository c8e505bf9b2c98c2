// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/DetectionRun.h"

#include "core/autoconfig/DomainNames.h"
#include "core/autoconfig/ProviderPresets.h"

namespace postbag::autoconfig {

using std::chrono::milliseconds;

milliseconds Autodetector::Run::capped(milliseconds step) const
{
    const milliseconds left = m_owner.m_options.timeout - milliseconds(m_clock.elapsed());
    return std::max(milliseconds(1), std::min(step, left));
}

void Autodetector::Run::began(Source s, const QString& detail)
{
    if (m_state[size_t(s)] != State::Idle)
        return;
    m_state[size_t(s)] = State::Running;
    Q_EMIT m_owner.sourceStarted(s, detail);
}

void Autodetector::Run::ended(Source s)
{
    if (m_state[size_t(s)] == State::Done)
        return;
    m_state[size_t(s)] = State::Done;
    Q_EMIT m_owner.sourceFinished(s, m_found[size_t(s)]);
}

void Autodetector::Run::start()
{
    const DetectOptions& o = m_owner.m_options;
    began(Source::Preset, m_domain);
    if (const auto preset = presetFor(m_address))
        take(*preset);
    for (const ServerCandidate& c : submissionPresetsFor(m_address))
        take(c);
    ended(Source::Preset);

    m_fetcher = std::make_unique<AutoconfigFetcher>(
        AutoconfigFetcher::Settings{o.proxy, capped(o.httpTimeout), 256 * 1024, 3});
    QObject::connect(m_fetcher.get(), &AutoconfigFetcher::sourceStarted, &m_owner,
                     [this](Source s, const QString& url) { began(s, url); });
    QObject::connect(m_fetcher.get(), &AutoconfigFetcher::candidateFound, &m_owner,
                     [this](const ServerCandidate& c) { take(c); });
    QObject::connect(m_fetcher.get(), &AutoconfigFetcher::sourceFinished, &m_owner,
                     [this](Source s, bool) {
                         ended(s);
                         settle();
                     });
    QObject::connect(m_fetcher.get(), &AutoconfigFetcher::finished, &m_owner, [this] { settle(); });

    m_srv = std::make_unique<SrvLookup>(o.nameserver, capped(o.dnsTimeout));
    QObject::connect(m_srv.get(), &SrvLookup::candidateFound, &m_owner,
                     [this](const ServerCandidate& c) { take(c); });
    QObject::connect(m_srv.get(), &SrvLookup::finished, &m_owner, [this](bool) {
        ended(Source::DnsSrv);
        settle();
    });

    m_mx = std::make_unique<MxLookup>(o.nameserver, capped(o.dnsTimeout));
    QObject::connect(m_mx.get(), &MxLookup::finished, &m_owner,
                     [this](const QList<MxLookup::Exchanger>& exchangers) {
                         for (const MxLookup::Exchanger& e : exchangers) {
                             if (auto c = presetForMxDomain(e.registrableDomain, m_address)) {
                                 QList<ServerCandidate> all{*c};
                                 all +=
                                     submissionPresetsForMxDomain(e.registrableDomain, m_address);
                                 for (ServerCandidate& one : all) {
                                     one.sourceDetail += QStringLiteral(", MX ") + e.host;
                                     take(one);
                                 }
                             } else if (e.registrableDomain != m_domain) {
                                 probeHosts(e.registrableDomain, Source::MxDomain,
                                            QStringLiteral("MX ") + e.host);
                             }
                         }
                         settle();
                     });

    began(Source::DnsSrv, QStringLiteral("_pop3s._tcp.%1, _pop3._tcp.%1, _submissions._tcp.%1, "
                                         "_submission._tcp.%1")
                              .arg(m_domain));
    m_srv->start(m_domain);
    began(Source::MxDomain, m_domain);
    m_mx->start(m_domain);
    m_fetcher->start(m_address);

    if (o.probe) {
        began(Source::Probe, m_domain);
        probeHosts(m_domain, Source::Probe, {});
    }
    settle();
}

void Autodetector::Run::probeHosts(const QString& domain, Source source, const QString& detail)
{
    const DetectOptions& o = m_owner.m_options;
    ServerCandidate base;
    base.source = source;
    base.sourceDetail = detail;
    probePorts(probeHostsFor(domain), base, o.implicitTlsPorts, o.startTlsPorts);
    base.service = Service::Submission;
    probePorts(submissionProbeHostsFor(domain), base, o.submissionImplicitTlsPorts,
               o.submissionStartTlsPorts);
}

void Autodetector::Run::probePorts(const QStringList& hosts, ServerCandidate base,
                                   const QList<quint16>& implicitTlsPorts,
                                   const QList<quint16>& startTlsPorts)
{
    for (const QString& host : hosts) {
        base.host = host;
        for (quint16 port : implicitTlsPorts) {
            base.port = port;
            base.security = transport::Security::ImplicitTls;
            probe(base);
        }
        for (quint16 port : startTlsPorts) {
            base.port = port;
            base.security = transport::Security::StartTls;
            probe(base);
        }
    }
}

// A finding of any source: kept, and looked at. Only a POP3 server counts as the source having
// found something (sourceFinished); submission servers travel alongside.
void Autodetector::Run::take(const ServerCandidate& c)
{
    if (c.service == Service::Pop3)
        m_found[size_t(c.source)] = true;
    m_owner.add(c);
    probe(c);
}

// Looks at a server once per host:port. A candidate from another source is verified this way; its
// probe result comes back as a Probe candidate that the ranking merges into it. Only the
// MX-derived guesses report under their own source.
void Autodetector::Run::probe(ServerCandidate base)
{
    const DetectOptions& o = m_owner.m_options;
    // A submission server is probed with EHLO (ServerProbe); its Probe candidate of
    // Service::Submission is merged by the ranking like a POP3 probe's.
    const QString key = serviceName(base.service) + u' ' + base.endpointKey();
    if (!o.probe || !isPlausibleHostName(base.host) || m_probed.contains(key))
        return;
    m_probed.insert(key);
    if (base.source != Source::MxDomain) {
        base.source = Source::Probe;
        base.username.clear();
        base.providerName.clear();
        base.notes.clear();
        base.authentication.clear();
    }
    const QString where = base.host + u':' + QString::number(base.port);
    if (base.source == Source::Probe)
        base.sourceDetail = where;
    else
        base.sourceDetail += QStringLiteral(" → ") + where;
    began(Source::Probe, m_domain);
    const Source reportAs = base.source;
    ++m_probesPending[size_t(reportAs)];
    auto probe = std::make_unique<ServerProbe>(
        ServerProbe::Settings{o.transports, o.nameserver, capped(o.probeTimeout)});
    ServerProbe* p = probe.get();
    m_probes.push_back(std::move(probe));
    p->start(base, [this, reportAs](std::optional<ServerCandidate> result) {
        if (m_stopped)
            return;
        --m_probesPending[size_t(reportAs)];
        if (result) {
            if (result->username.isEmpty())
                result->username = m_address;
            if (result->service == Service::Pop3)
                m_found[size_t(reportAs)] = true;
            m_owner.add(*result);
        }
        // Deleting the probe here would pull it from under its own callback.
        QTimer::singleShot(0, &m_owner, [this] { settle(); });
    });
}

// Ends the sources whose work is over, and the run when all are.
void Autodetector::Run::settle()
{
    if (m_stopped)
        return;
    const bool fetcherDone = !m_fetcher || !m_fetcher->isRunning();
    const bool srvDone = !m_srv || !m_srv->isRunning();
    const bool mxDone = !m_mx || !m_mx->isRunning();
    if (mxDone && m_probesPending[size_t(Source::MxDomain)] == 0 &&
        m_state[size_t(Source::MxDomain)] == State::Running)
        ended(Source::MxDomain);
    const bool lookupsDone = fetcherDone && srvDone && mxDone;
    if (lookupsDone && m_probesPending[size_t(Source::Probe)] == 0 &&
        m_state[size_t(Source::Probe)] == State::Running)
        ended(Source::Probe);
    for (State s : m_state) {
        if (s == State::Running)
            return;
    }
    QTimer::singleShot(0, &m_owner, [owner = &m_owner, run = this] {
        if (owner->m_run.get() == run)
            owner->finish();
    });
}

// Cancelled or out of time: every source still at work ends with what it found so far.
void Autodetector::Run::stopAll()
{
    m_stopped = true;
    // Stopped, not deleted: this may run inside a callback of one of them (a slot connected to
    // candidateFound calling cancel()). They are deleted with the run, later.
    if (m_fetcher) {
        QObject::disconnect(m_fetcher.get(), nullptr, &m_owner, nullptr);
        m_fetcher->cancel();
    }
    if (m_srv) {
        QObject::disconnect(m_srv.get(), nullptr, &m_owner, nullptr);
        m_srv->cancel();
    }
    if (m_mx) {
        QObject::disconnect(m_mx.get(), nullptr, &m_owner, nullptr);
        m_mx->cancel();
    }
    for (const auto& p : m_probes)
        p->cancel();
    for (size_t i = 0; i < m_state.size(); ++i) {
        if (m_state[i] == State::Running)
            ended(Source(i));
    }
}

} // namespace postbag::autoconfig
