// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <chrono>

class QDnsLookup;

namespace postbag::autoconfig {

// Resolves a host name to addresses through QDnsLookup (A and AAAA at once) against a chosen
// name server. Why: probing must ask the same server as the SRV and MX lookups (the user's choice,
// or a test's own DNS server), which the system resolver behind QHostInfo would not.
// Guarantees: IPv4 addresses first, then IPv6, each once; a literal address resolves to itself at
// once; abandoned after `timeout`; finished is emitted exactly once per start().
class HostResolver : public QObject
{
    Q_OBJECT
public:
    HostResolver(QHostAddress nameserver, std::chrono::milliseconds timeout,
                 QObject* parent = nullptr);
    ~HostResolver() override;

    void start(const QString& hostName);

Q_SIGNALS:
    void finished(const QList<QHostAddress>& addresses);

private:
    void done(QDnsLookup* lookup);
    void finish();

    QHostAddress m_nameserver;
    std::chrono::milliseconds m_timeout;
    QList<QDnsLookup*> m_lookups;
    QList<QHostAddress> m_v4;
    QList<QHostAddress> m_v6;
    bool m_finished = true;
};

} // namespace postbag::autoconfig
