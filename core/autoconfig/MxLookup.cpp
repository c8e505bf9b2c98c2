// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/MxLookup.h"

#include "core/common/PublicSuffix.h"

#include <QDnsLookup>
#include <QTimer>
#include <algorithm>

namespace postbag::autoconfig {

MxLookup::MxLookup(QHostAddress nameserver, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_nameserver(std::move(nameserver)), m_timeout(timeout)
{
}

MxLookup::~MxLookup()
{
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
    }
}

void MxLookup::start(const QString& domain)
{
    cancel();
    m_lookup = new QDnsLookup(QDnsLookup::MX, domain, this);
    if (!m_nameserver.isNull())
        m_lookup->setNameserver(m_nameserver);
    auto* timer = new QTimer(m_lookup);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this] { done(true); });
    connect(m_lookup, &QDnsLookup::finished, this, [this] { done(false); });
    timer->start(m_timeout);
    m_lookup->lookup();
}

void MxLookup::done(bool timedOut)
{
    QDnsLookup* l = std::exchange(m_lookup, nullptr);
    if (!l)
        return;
    l->disconnect(this);
    QList<Exchanger> out;
    if (timedOut) {
        l->abort();
    } else if (l->error() == QDnsLookup::NoError) {
        QList<QDnsMailExchangeRecord> records = l->mailExchangeRecords();
        std::stable_sort(records.begin(), records.end(),
                         [](const QDnsMailExchangeRecord& a, const QDnsMailExchangeRecord& b) {
                             return a.preference() < b.preference();
                         });
        for (const QDnsMailExchangeRecord& r : std::as_const(records)) {
            QString host = r.exchange().toLower();
            while (host.endsWith(u'.'))
                host.chop(1);
            const QString domain = PublicSuffix::registrableDomain(host);
            if (host.isEmpty() || domain.isEmpty()) // "." : a null MX, no mail here (RFC 7505)
                continue;
            if (std::any_of(out.cbegin(), out.cend(),
                            [&](const Exchanger& e) { return e.registrableDomain == domain; }))
                continue;
            out.append({host, domain, r.preference()});
        }
    }
    l->deleteLater();
    Q_EMIT finished(out);
}

void MxLookup::cancel()
{
    if (!m_lookup)
        return;
    QDnsLookup* l = std::exchange(m_lookup, nullptr);
    l->disconnect(this);
    l->abort();
    l->deleteLater();
    Q_EMIT finished({});
}

} // namespace postbag::autoconfig
