// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/SslTransport.h"
#include "core/smtp/Client.h"
#include "tests/support/Outcome.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace postbag;
using namespace postbag::smtp;
using postbag::testing::Outcome;

// A minimal submission server on 127.0.0.1 that answers each line as a small Postfix would. The
// scripted SMTP server of tests/support (for faults) is a separate piece of work.
class TinySmtpServer : public QObject
{
public:
    TinySmtpServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            m_socket->write("220 tiny.example ESMTP\r\n");
            connect(m_socket, &QTcpSocket::readyRead, this, [this] { onBytes(); });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> commands;
    QByteArray data;

private:
    void onBytes()
    {
        m_buffer += m_socket->readAll();
        qsizetype eol;
        while ((eol = m_buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            if (m_inData) {
                if (line == ".") {
                    m_inData = false;
                    m_socket->write("250 2.0.0 Ok: queued as 1234\r\n");
                } else {
                    data += line + "\r\n";
                }
                continue;
            }
            commands << line;
            if (line.startsWith("EHLO"))
                m_socket->write("250-tiny.example\r\n250-PIPELINING\r\n250-SIZE 100000\r\n"
                                "250 AUTH PLAIN LOGIN\r\n");
            else if (line.startsWith("AUTH PLAIN "))
                m_socket->write("235 2.7.0 Authentication successful\r\n");
            else if (line == "DATA") {
                m_socket->write("354 End data with <CR><LF>.<CR><LF>\r\n");
                m_inData = true;
            } else if (line == "QUIT")
                m_socket->write("221 2.0.0 Bye\r\n");
            else
                m_socket->write("250 2.1.0 Ok\r\n");
        }
    }

    QTcpServer m_server;
    QTcpSocket* m_socket = nullptr;
    QByteArray m_buffer;
    bool m_inData = false;
};

class tst_Client : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendsOneMessageOverLoopback()
    {
        TinySmtpServer server;
        Client client(std::make_unique<net::SslTransport>());
        transport::Endpoint e;
        e.host = QStringLiteral("127.0.0.1");
        e.port = server.port();
        e.security = transport::Security::None;
        SubmissionOptions o;
        o.credentials.user = QStringLiteral("bob");
        o.credentials.secret = QStringLiteral("pw");
        o.auth.allowInsecure = true; // a test server on loopback, in the clear
        Outcome<SubmissionInfo> login;
        client.connectAndLogin(e, o, login.callback());
        QTRY_VERIFY(login.done());
        QVERIFY(login.ok());
        QCOMPARE(login.value().method, auth::AuthMethod::Plain);
        QVERIFY(login.value().capabilities.pipelining);
        QCOMPARE(server.commands.first(), QByteArray("EHLO [127.0.0.1]"));

        QList<Client::Progress> progress;
        connect(&client, &Client::progress, this,
                [&progress](const Client::Progress& p) { progress << p; });
        const MessageData data(QByteArray("Subject: hi\r\n\r\n.dot\r\nbody\r\n"));
        Outcome<Delivery> sent;
        client.send(
            Envelope{QStringLiteral("bob@example.org"), {QStringLiteral("ann@example.org")}}, data,
            {}, sent.callback());
        QTRY_VERIFY(sent.done());
        QVERIFY(sent.ok());
        QCOMPARE(server.data, data.wire());
        QVERIFY(server.commands.contains("MAIL FROM:<bob@example.org> SIZE=" +
                                         QByteArray::number(data.canonicalSize())));
        QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [](const Client::Progress& p) {
            return p.phase == Session::Phase::DotSent;
        }));
        QCOMPARE(progress.last().total, data.wire().size());
        QCOMPARE(progress.last().written, data.wire().size());

        Outcome<Ok> quit;
        client.quit(quit.callback());
        QTRY_VERIFY(quit.done());
        QVERIFY(quit.ok());
    }
};

QTEST_GUILESS_MAIN(tst_Client)
#include "tst_Client.moc"
