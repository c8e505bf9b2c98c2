// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/SrvLookup.h"

#include <QDnsLookup>
#include <QTimer>
#include <algorithm>

namespace postbag::autoconfig {

SrvLookup::SrvLookup(QHostAddress nameserver, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_nameserver(std::move(nameserver)), m_timeout(timeout)
{
}

SrvLookup::~SrvLookup()
{
    for (QDnsLookup* l : std::as_const(m_lookups)) {
        l->disconnect(this);
        l->abort();
    }
}

QList<ServerCandidate> SrvLookup::candidatesFrom(const QList<QDnsServiceRecord>& implicitTls,
                                                 const QList<QDnsServiceRecord>& startTls,
                                                 Service service)
{
    struct Entry
    {
        QDnsServiceRecord record;
        transport::Security security;
    };
    QList<Entry> entries;
    for (const QDnsServiceRecord& r : implicitTls)
        entries.append({r, transport::Security::ImplicitTls});
    for (const QDnsServiceRecord& r : startTls)
        entries.append({r, transport::Security::StartTls});
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.record.priority() != b.record.priority())
            return a.record.priority() < b.record.priority();
        if (a.security != b.security)
            return a.security == transport::Security::ImplicitTls;
        return a.record.weight() > b.record.weight();
    });
    QList<ServerCandidate> out;
    for (const Entry& e : std::as_const(entries)) {
        QString target = e.record.target();
        while (target.endsWith(u'.'))
            target.chop(1);
        if (target.isEmpty() || e.record.port() == 0)
            continue; // "." : the service is decidedly not available here (RFC 2782)
        ServerCandidate c;
        c.service = service;
        c.host = target;
        c.port = e.record.port();
        c.security = e.security;
        c.source = Source::DnsSrv;
        c.sourceDetail = QStringLiteral("%1 SRV %2 %3 %4 %5")
                             .arg(e.record.name())
                             .arg(e.record.priority())
                             .arg(e.record.weight())
                             .arg(e.record.port())
                             .arg(target);
        out.append(c);
    }
    return out;
}

void SrvLookup::start(const QString& domain)
{
    cancel();
    for (auto& records : m_records)
        records.clear();
    lookup(QStringLiteral("_pop3s._tcp.") + domain, 0);
    lookup(QStringLiteral("_pop3._tcp.") + domain, 1);
    lookup(QStringLiteral("_submissions._tcp.") + domain, 2);
    lookup(QStringLiteral("_submission._tcp.") + domain, 3);
}

void SrvLookup::lookup(const QString& name, int slot)
{
    auto* l = new QDnsLookup(QDnsLookup::SRV, name, this);
    if (!m_nameserver.isNull())
        l->setNameserver(m_nameserver);
    m_lookups.append(l);
    ++m_running;
    auto* timer = new QTimer(l);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, l, slot] { done(l, slot, true); });
    connect(l, &QDnsLookup::finished, this, [this, l, slot] { done(l, slot, false); });
    timer->start(m_timeout);
    l->lookup();
}

void SrvLookup::done(QDnsLookup* l, int slot, bool timedOut)
{
    if (!m_lookups.removeOne(l))
        return;
    l->disconnect(this);
    if (timedOut)
        l->abort();
    else if (l->error() == QDnsLookup::NoError)
        m_records[slot] = l->serviceRecords();
    l->deleteLater();
    if (--m_running > 0)
        return;
    const QList<ServerCandidate> pop3 = candidatesFrom(m_records[0], m_records[1]);
    const QList<ServerCandidate> submission =
        candidatesFrom(m_records[2], m_records[3], Service::Submission);
    for (const ServerCandidate& c : pop3 + submission)
        Q_EMIT candidateFound(c);
    Q_EMIT finished(!pop3.isEmpty());
}

void SrvLookup::cancel()
{
    if (m_running == 0)
        return;
    const QList<QDnsLookup*> lookups = m_lookups;
    for (QDnsLookup* l : lookups) {
        m_lookups.removeOne(l);
        l->disconnect(this);
        l->abort();
        l->deleteLater();
    }
    m_running = 0;
    Q_EMIT finished(false);
}

} // namespace postbag::autoconfig
