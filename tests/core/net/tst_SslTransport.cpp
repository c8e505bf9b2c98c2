// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The transport's own guarantees: connect and handshake deadlines, no TLS on a plain-text
// connection unless asked for, and a 100 MB message streamed through the whole engine without
// ever being accumulated.
#include "NetTestClient.h"
#include "tests/support/ScriptedPop3Server.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace postbag;
using namespace postbag::pop3;
using namespace postbag::testing;

namespace {
// A loopback listener that never accepts, with its tiny backlog filled: the kernel drops further
// SYNs, so a new connect() neither succeeds nor fails until the client gives up.
class FullListener
{
public:
    FullListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&a), len) != 0 || ::listen(m_fd, 0) != 0)
            return;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
        for (int i = 0; i < 4; ++i) {
            auto* s = new QTcpSocket;
            s->connectToHost(QHostAddress::LocalHost, m_port);
            s->waitForConnected(200); // filling a backlog: the only place a wait is the point
            m_fillers.emplace_back(s);
        }
    }
    ~FullListener() { ::close(m_fd); }
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<QTcpSocket>> m_fillers;
};
} // namespace

class tst_SslTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectDeadline()
    {
        FullListener listener;
        QVERIFY(listener.port() != 0);
        net::SslTransport t;
        QSignalSpy failed(&t, &Transport::failed);
        QSignalSpy opened(&t, &Transport::opened);
        Endpoint e = endpoint(listener.port(), Security::None);
        e.connectTimeoutMs = 300;
        t.open(e);
        QVERIFY(failed.wait(5000));
        QCOMPARE(opened.count(), 0);
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::ConnectTimeout);
    }

    void handshakeDeadline()
    {
        ScriptedPop3Server silent; // plain TCP, says nothing: a TLS client waits for ServerHello
        silent.addConnection(u"!stall 10000");
        net::SslTransport t;
        QSignalSpy failed(&t, &Transport::failed);
        Endpoint e = endpoint(silent.port(), Security::ImplicitTls);
        e.handshakeTimeoutMs = 300;
        t.open(e);
        QVERIFY(failed.wait(5000));
        const Error err = failed.first().first().value<Error>();
        QCOMPARE(err.code, ErrorCode::TlsHandshakeFailed);
        QCOMPARE(err.kind, ErrorKind::Tls);
    }

    void plainConnectionCannotBeUpgradedBehindTheUsersBack()
    {
        // A plain-text endpoint gets a socket without TLS: STLS on it is refused as data.
        ScriptedPop3Server server;
        server.addConnection(u"S: +OK hello\n!stall 10000");
        net::SslTransport t;
        QSignalSpy opened(&t, &Transport::opened);
        QSignalSpy received(&t, &Transport::received);
        QSignalSpy failed(&t, &Transport::failed);
        t.open(endpoint(server.port(), Security::None));
        QVERIFY(opened.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
        QCOMPARE(received.first().first().toByteArray(), QByteArray("+OK hello\r\n"));
        QVERIFY(!t.isEncrypted());
        t.startTls();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::TlsHandshakeFailed);
    }

    void hundredMegabyteMessageIsStreamedNotAccumulated()
    {
        // The body is built once here (the server must hold it); the client side must never
        // hold more than a read's worth of it.
        const QByteArray line = QByteArray(76, 'm') + "\r\n";
        const qsizetype lines = 100 * 1024 * 1024 / line.size();
        QByteArray body;
        body.reserve(lines * line.size() + 64);
        body += "Subject: big\r\n\r\n";
        for (qsizetype i = 0; i < lines; ++i)
            body += line;
        ScriptedPop3Server server;
        Pop3Script script = Pop3Script::parse(u"S: +OK\nC: CAPA\nS: -ERR\nC: USER u\nS: +OK\nC: PASS p\nS: +OK\nC: CAPA\nS: -ERR\nC: RETR 1\nS: +OK");
        script.send(body).send(".\r\n").expect("QUIT").line("+OK");
        server.addConnection(script);
        NetTestClient c;
        Outcome<LoginInfo> in;
        c.client->connectAndLogin(endpoint(server.port(), Security::None),
                                  loginAs(QStringLiteral("u"), QStringLiteral("p"), true, AuthMethod::UserPass),
                                  in.callback());
        POSTBAG_WAIT(in);
        QVERIFY(in.ok());
        qint64 total = 0;
        qsizetype largestChunk = 0;
        int progressSteps = 0;
        Outcome<qint64> retr;
        c.session().retr(1, [&](QByteArrayView chunk) {
            total += chunk.size();
            largestChunk = std::max(largestChunk, chunk.size());
            ++progressSteps;
        }, retr.callback());
        QTRY_VERIFY_WITH_TIMEOUT(retr.done(), 120000);
        QVERIFY(retr.ok());
        QCOMPARE(total, qint64(body.size()));
        QCOMPARE(retr.value(), qint64(body.size()));
        QVERIFY2(largestChunk <= 1024 * 1024, QByteArray::number(largestChunk).constData());
        QVERIFY(progressSteps > 100); // delivered as it arrived, so progress can be shown
        Outcome<Ok> quit;
        c.client->quit(quit.callback());
        POSTBAG_WAIT(quit);
        QVERIFY(quit.ok());
    }
};

QTEST_GUILESS_MAIN(tst_SslTransport)
#include "tst_SslTransport.moc"
