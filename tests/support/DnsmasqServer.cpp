// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/DnsmasqServer.h"

#include <QDeadlineTimer>
#include <QDnsLookup>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace postbag::testing {

namespace {
const QString kReadyName = QStringLiteral("ready.dnsmasq.postbag.test");
}

DnsmasqServer::DnsmasqServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    addHost(kReadyName, QHostAddress(QStringLiteral("192.0.2.1")));
}

DnsmasqServer::~DnsmasqServer()
{
    stop();
}

QString DnsmasqServer::executable()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"));
    if (!found.isEmpty())
        return found;
    // Often in /usr/sbin, which is not in every user's PATH.
    return QFileInfo::exists(QStringLiteral("/usr/sbin/dnsmasq"))
               ? QStringLiteral("/usr/sbin/dnsmasq")
               : QString();
}

void DnsmasqServer::addSrv(const QString& name, const QString& target, quint16 port, int priority,
                           int weight)
{
    m_records << QStringLiteral("--srv-host=%1,%2,%3,%4,%5")
                     .arg(name, target)
                     .arg(port)
                     .arg(priority)
                     .arg(weight);
}

void DnsmasqServer::addNullSrv(const QString& name)
{
    m_records << QStringLiteral("--srv-host=") + name;
}

void DnsmasqServer::addMx(const QString& domain, const QString& host, int preference)
{
    m_records << QStringLiteral("--mx-host=%1,%2,%3").arg(domain, host).arg(preference);
}

void DnsmasqServer::addHost(const QString& name, const QHostAddress& address)
{
    m_records << QStringLiteral("--host-record=%1,%2").arg(name, address.toString());
}

bool DnsmasqServer::start()
{
    if (executable().isEmpty()) {
        m_error = QStringLiteral("dnsmasq is not installed (Debian package dnsmasq-base)");
        return false;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        bool inUse = false;
        if (startOnce(&inUse))
            return true;
        if (!inUse)
            return false;
    }
    return false;
}

bool DnsmasqServer::startOnce(bool* addressInUse)
{
    auto* random = QRandomGenerator::global();
    m_address = QHostAddress(quint32((127u << 24) | (random->bounded(1u, 255u) << 16) |
                                     (random->bounded(0u, 256u) << 8) | random->bounded(2u, 255u)));
    m_log.clear();
    QStringList args = {QStringLiteral("--no-daemon"),
                        QStringLiteral("--port=53"),
                        QStringLiteral("--listen-address=") + m_address.toString(),
                        QStringLiteral("--bind-interfaces"),
                        QStringLiteral("--no-resolv"),
                        QStringLiteral("--no-hosts"),
                        QStringLiteral("--no-poll"),
                        QStringLiteral("--conf-file=/dev/null"),
                        QStringLiteral("--pid-file="),
                        QStringLiteral("--log-queries"),
                        QStringLiteral("--log-facility=-")};
    args += m_records;
    m_process.start(executable(), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("dnsmasq did not start: ") + m_process.errorString();
        return false;
    }
    if (waitUntilAnswering())
        return true;
    const QString out = log();
    stop();
    *addressInUse = out.contains(QStringLiteral("Address already in use"));
    m_cannotBind = out.contains(QStringLiteral("Permission denied"));
    m_error =
        m_cannotBind
            ? QStringLiteral("dnsmasq cannot bind port 53 on %1 (needs root or "
                             "CAP_NET_BIND_SERVICE): ")
                      .arg(m_address.toString()) +
                  out
            : QStringLiteral("dnsmasq did not answer on %1: ").arg(m_address.toString()) + out;
    return false;
}

bool DnsmasqServer::waitUntilAnswering()
{
    // dnsmasq says "started" once it listens; until then a lookup could only fail or time out.
    const bool listening = QTest::qWaitFor(
        [this] {
            m_log += m_process.readAll();
            return m_process.state() != QProcess::Running || m_log.contains("started, version");
        },
        10000);
    if (!listening || m_process.state() != QProcess::Running)
        return false;
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QDnsLookup lookup(QDnsLookup::A, kReadyName, m_address);
        QEventLoop loop;
        QObject::connect(&lookup, &QDnsLookup::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        lookup.lookup();
        loop.exec();
        if (lookup.isFinished() && lookup.error() == QDnsLookup::NoError &&
            !lookup.hostAddressRecords().isEmpty())
            return true;
        lookup.abort();
        if (m_process.state() != QProcess::Running)
            return false;
    }
    return false;
}

void DnsmasqServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_log += m_process.readAll(); // keep the last words for log()
}

QString DnsmasqServer::log() const
{
    m_log += m_process.readAll();
    return QString::fromLocal8Bit(m_log);
}

} // namespace postbag::testing
