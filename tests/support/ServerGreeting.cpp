// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ServerGreeting.h"

#include "tests/support/TestCertificate.h"

#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

namespace postbag::testing {

quint16 ServerGreeting::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
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
