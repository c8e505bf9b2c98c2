// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/LineClient.h"

#include "tests/support/TestCertificate.h"

#include <QCryptographicHash>
#include <QTest>

namespace postbag::testing {

namespace {

constexpr int kTimeout = 10000;

} // namespace

LineClient::LineClient()
{
    QObject::connect(&m_socket, &QSslSocket::sslErrors, [this](const QList<QSslError>&) {
        const TestCertificate& certificate = TestCertificate::shared();
        m_pinnedOk =
            m_socket.peerCertificate().digest(QCryptographicHash::Sha256) == certificate.sha256();
        if (m_pinnedOk)
            m_socket.ignoreSslErrors(certificate.expectedSslErrors());
    });
}

bool LineClient::connectPlain(quint16 port)
{
    m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                           kTimeout);
}

bool LineClient::connectTls(quint16 port)
{
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return waitEncrypted();
}

bool LineClient::startTls()
{
    m_socket.startClientEncryption();
    return waitEncrypted();
}

bool LineClient::waitEncrypted()
{
    return QTest::qWaitFor(
               [&] {
                   return m_socket.isEncrypted() ||
                          m_socket.state() == QAbstractSocket::UnconnectedState;
               },
               kTimeout) &&
           m_socket.isEncrypted();
}

QByteArray LineClient::readLine()
{
    if (!QTest::qWaitFor([&] { return m_socket.canReadLine(); }, kTimeout))
        return {};
    return m_socket.readLine();
}

QByteArray LineClient::reply()
{
    QByteArray text;
    for (QByteArray line = readLine(); !line.isEmpty(); line = readLine()) {
        text += line;
        if (line.size() < 4 || line[3] != '-')
            break;
    }
    return text;
}

QByteArray LineClient::command(const QByteArray& line)
{
    write(line + "\r\n");
    return reply();
}

QByteArray LineClient::multiLine()
{
    QByteArray body;
    for (QByteArray line = readLine(); !line.isEmpty(); line = readLine()) {
        if (line == ".\r\n")
            return body.isNull() ? QByteArray("") : body;
        body += line.startsWith('.') ? line.mid(1) : line;
    }
    return {};
}

bool LineClient::waitClosed()
{
    return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           kTimeout);
}

QByteArray LineClient::unread()
{
    return m_socket.readAll();
}

} // namespace postbag::testing
