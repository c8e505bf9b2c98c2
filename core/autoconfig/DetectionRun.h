// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/autoconfig: the state of one Autodetector::start().
#include "core/autoconfig/AutoconfigFetcher.h"
#include "core/autoconfig/Autodetector.h"
#include "core/autoconfig/MxLookup.h"
#include "core/autoconfig/ServerProbe.h"
#include "core/autoconfig/SrvLookup.h"

#include <QElapsedTimer>
#include <QSet>
#include <array>
#include <memory>
#include <vector>

namespace postbag::autoconfig {

// One start(): the sources at work and what each still owes. Destroying it stops everything.
class Autodetector::Run
{
public:
    enum class State
    {
        Idle,
        Running,
        Done
    };

    Run(Autodetector& owner, QString address)
        : m_owner(owner), m_address(std::move(address)), m_domain(domainOf(m_address))
    {
        m_clock.start();
    }

    void start();
    void take(const ServerCandidate& c);
    void probe(ServerCandidate base);
    void probeHosts(const QString& domain, Source source, const QString& detail);
    // Each of `hosts` at each port: implicit TLS first, then STARTTLS.
    void probePorts(const QStringList& hosts, ServerCandidate base,
                    const QList<quint16>& implicitTlsPorts, const QList<quint16>& startTlsPorts);
    void settle();
    void stopAll();
    [[nodiscard]] std::chrono::milliseconds capped(std::chrono::milliseconds step) const;
    void began(Source s, const QString& detail);
    void ended(Source s);

    Autodetector& m_owner;
    const QString m_address;
    const QString m_domain;
    QElapsedTimer m_clock;
    std::unique_ptr<AutoconfigFetcher> m_fetcher;
    std::unique_ptr<SrvLookup> m_srv;
    std::unique_ptr<MxLookup> m_mx;
    std::vector<std::unique_ptr<ServerProbe>> m_probes;
    QSet<QString> m_probed; // "service host:port" already probed
    std::array<State, 6> m_state{};
    std::array<bool, 6> m_found{};
    std::array<int, 6> m_probesPending{}; // probes started on behalf of a source
    bool m_stopped = false;               // after stopAll() nothing is reported any more
};

} // namespace postbag::autoconfig
