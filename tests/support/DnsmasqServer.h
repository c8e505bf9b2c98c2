// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace postbag::testing {

// A real DNS server (Debian's dnsmasq) private to one test, answering only for the records the
// test adds (no upstream, no /etc/hosts, no config file). Why port 53 on its own loopback address:
// QDnsLookup in Qt 6.4 can be pointed at a name server's address but always asks port 53
// (setNameserver(address, port) arrived in Qt 6.6). Each instance therefore takes a random
// address in 127.0.0.0/8 (all of which is loopback on Linux) and binds port 53 there only
// (--bind-interfaces), so instances and the system's resolver never collide.
// Binding port 53 needs root or CAP_NET_BIND_SERVICE: start() then fails with
// cannotBindPort53() true, and tests skip with that reason. As root dnsmasq drops to `nobody`
// once the socket is bound. The destructor stops it.
class DnsmasqServer
{
public:
    DnsmasqServer();
    ~DnsmasqServer();
    DnsmasqServer(const DnsmasqServer&) = delete;
    DnsmasqServer& operator=(const DnsmasqServer&) = delete;

    // Records, added before start(). A SRV record without target answers with target "." (the
    // service is not offered).
    void addSrv(const QString& name, const QString& target, quint16 port, int priority = 0,
                int weight = 0);
    void addNullSrv(const QString& name);
    void addMx(const QString& domain, const QString& host, int preference);
    void addHost(const QString& name, const QHostAddress& address);

    // Starts dnsmasq and waits (at most ~10 s) until it answers a query.
    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] QHostAddress address() const { return m_address; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool cannotBindPort53() const { return m_cannotBind; }
    [[nodiscard]] QString log() const;

    // Whether dnsmasq is installed at all.
    [[nodiscard]] static QString executable();

private:
    bool startOnce(bool* addressInUse);
    bool waitUntilAnswering();

    mutable QProcess m_process; // log() drains its output
    QStringList m_records;
    QHostAddress m_address;
    QString m_error;
    mutable QByteArray m_log;
    bool m_cannotBind = false;
};

} // namespace postbag::testing
