// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/HostResolver.h"

#include <QDnsLookup>
#include <QTimer>

namespace postbag::autoconfig {

HostResolver::HostResolver(QHostAddress nameserver, std::chrono::milliseconds timeout,
                           QObject* parent)
    : QObject(parent), m_nameserver(std::move(nameserver)), m_timeout(timeout)
{
}

HostResolver::~HostResolver()
{
    for (QDnsLookup* l : std::as_const(m_lookups)) {
        l->disconnect(this);
        l->abort();
    }
}

void HostResolver::start(const QString& hostName)
{
    m_finished = false;
    m_v4.clear();
    m_v6.clear();
    if (QHostAddress literal; literal.setAddress(hostName)) {
        (literal.protocol() == QAbstractSocket::IPv4Protocol ? m_v4 : m_v6).append(literal);
        QTimer::singleShot(0, this, &HostResolver::finish);
        return;
    }
    for (const auto type : {QDnsLookup::A, QDnsLookup::AAAA}) {
        auto* l = new QDnsLookup(type, hostName, this);
        if (!m_nameserver.isNull())
            l->setNameserver(m_nameserver);
        m_lookups.append(l);
        connect(l, &QDnsLookup::finished, this, [this, l] { done(l); });
        l->lookup();
    }
    QTimer::singleShot(m_timeout, this, &HostResolver::finish);
}

void HostResolver::done(QDnsLookup* l)
{
    if (!m_lookups.removeOne(l))
        return;
    if (l->error() == QDnsLookup::NoError) {
        for (const QDnsHostAddressRecord& r : l->hostAddressRecords()) {
            const QHostAddress a = r.value();
            QList<QHostAddress>& list = a.protocol() == QAbstractSocket::IPv4Protocol ? m_v4 : m_v6;
            if (!list.contains(a))
                list.append(a);
        }
    }
    l->deleteLater();
    // The IPv4 answer is enough to go on; IPv6 alone only when IPv4 gave nothing.
    if (m_lookups.isEmpty() || (l->type() == QDnsLookup::A && !m_v4.isEmpty()))
        finish();
}

void HostResolver::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (QDnsLookup* l : std::as_const(m_lookups)) {
        l->disconnect(this);
        l->abort();
        l->deleteLater();
    }
    m_lookups.clear();
    Q_EMIT finished(m_v4 + m_v6);
}

} // namespace postbag::autoconfig
