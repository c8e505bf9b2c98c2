// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ServerGreeting.h"

#include "tests/support/TestCertificate.h"

#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

namespace postbag::testing {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool isMailPort(quint16 port)
{
    return port == 25 || port == 465 || port == 587;
}

} // namespace

ServerGreeting::ServerGreeting(quint16 plainPort, quint16 tlsPort, QByteArray prefix)
    : m_plainPort(plainPort), m_tlsPort(tlsPort), m_prefix(std::move(prefix))
{
}

bool ServerGreeting::bothArrive()
{
    m_plainReady = m_plainReady || arrives(m_plainPort, false, m_prefix);
    m_tlsReady = m_tlsReady || (m_plainReady && arrives(m_tlsPort, true, m_prefix));
    return m_plainReady && m_tlsReady;
}

QString ServerGreeting::missing() const
{
    return QStringLiteral("no greeting on ports %1/%2 (plain %3, implicit TLS %4)")
        .arg(m_plainPort)
        .arg(m_tlsPort)
        .arg(m_plainReady)
        .arg(m_tlsReady);
}

bool ServerGreeting::pickPorts(quint16* plainPort, quint16* tlsPort)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        *plainPort = freePort();
        *tlsPort = freePort();
        if (*plainPort != 0 && *tlsPort != 0 && *plainPort != *tlsPort && !isMailPort(*plainPort) &&
            !isMailPort(*tlsPort))
            return true;
    }
    return false;
}

bool ServerGreeting::arrives(quint16 port, bool implicitTls, const QByteArray& prefix)
{
    QSslSocket socket;
    socket.setSslConfiguration(TestCertificate::shared().trustingClientConfiguration());
    socket.setPeerVerifyName(QStringLiteral("localhost"));
    if (implicitTls)
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    else
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(1000) || (implicitTls && !socket.waitForEncrypted(2000)))
        return false;
    const QDeadlineTimer deadline(3000);
    while (!socket.canReadLine() && !deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    const bool ok = socket.canReadLine() && socket.readLine().startsWith(prefix);
    socket.abort();
    return ok;
}

} // namespace postbag::testing
