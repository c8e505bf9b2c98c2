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
// `_pop3._tcp.<domain>` (STARTTLS), both asked at once through QDnsLookup.
// Guarantees: a lone "." target means the service is not offered and yields nothing; records are
// ordered by priority (lowest first), then weight (highest first), implicit TLS before STARTTLS
// at equal priority (RFC 8314 section 5.1); each lookup is abandoned after `timeout`; finished is
// emitted exactly once per start(), also after cancel().
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

    // The candidates both answers give, in the order to try them.
    [[nodiscard]] static QList<ServerCandidate>
    candidatesFrom(const QList<QDnsServiceRecord>& pop3s, const QList<QDnsServiceRecord>& pop3);

Q_SIGNALS:
    void candidateFound(const postbag::autoconfig::ServerCandidate& candidate);
    void finished(bool foundSomething);

private:
    void lookup(const QString& name, transport::Security security);
    void done(QDnsLookup* lookup, transport::Security security, bool timedOut);

    QHostAddress m_nameserver;
    std::chrono::milliseconds m_timeout;
    QList<QDnsLookup*> m_lookups;
    QList<QDnsServiceRecord> m_records[2]; // [0] _pop3s (implicit TLS), [1] _pop3 (STARTTLS)
    int m_running = 0;
};

} // namespace postbag::autoconfig
