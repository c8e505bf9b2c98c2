// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/autoconfig/ServerCandidate.h"

#include <QDnsServiceRecord>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <chrono>

class QDnsLookup;

namespace postbag::autoconfig {

// RFC 6186 / RFC 8314 service records: `_pop3s._tcp.<domain>` (implicit TLS) and
// `_pop3._tcp.<domain>` (STARTTLS) for POP3, `_submissions._tcp.<domain>` (implicit TLS) and
// `_submission._tcp.<domain>` (STARTTLS) for sending, all four asked at once through QDnsLookup.
// Guarantees: a lone "." target means the service is not offered and yields nothing; per service,
// records are ordered by priority (lowest first), then weight (highest first), implicit TLS before
// STARTTLS at equal priority (RFC 8314 section 5.1), POP3 candidates reported before submission
// ones; each lookup is abandoned after `timeout`; finished is emitted exactly once per start(),
// also after cancel(), and says whether a POP3 server was named.
class SrvLookup : public QObject
{
    Q_OBJECT
public:
    SrvLookup(QHostAddress nameserver, std::chrono::milliseconds timeout,
              QObject* parent = nullptr);
    ~SrvLookup() override;

    void start(const QString& domain);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running > 0; }

    // The candidates one service's two answers give, in the order to try them.
    [[nodiscard]] static QList<ServerCandidate>
    candidatesFrom(const QList<QDnsServiceRecord>& implicitTls,
                   const QList<QDnsServiceRecord>& startTls, Service service = Service::Pop3);

Q_SIGNALS:
    void candidateFound(const postbag::autoconfig::ServerCandidate& candidate);
    void finished(bool foundSomething);

private:
    void lookup(const QString& name, int slot);
    void done(QDnsLookup* lookup, int slot, bool timedOut);

    QHostAddress m_nameserver;
    std::chrono::milliseconds m_timeout;
    QList<QDnsLookup*> m_lookups;
    // [0] _pop3s, [1] _pop3, [2] _submissions, [3] _submission
    QList<QDnsServiceRecord> m_records[4];
    int m_running = 0;
};

} // namespace postbag::autoconfig
