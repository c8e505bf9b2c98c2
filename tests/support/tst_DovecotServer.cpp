// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Self-test of the DovecotServer fixture with a raw socket client (not the product's engine).
#include "tests/support/DovecotServer.h"
#include "tests/support/LineClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <memory>
#include <signal.h>

using postbag::testing::DovecotServer;

namespace {

constexpr int kTimeout = 10000;

// The fixtures' raw line client, aimed at this server's ports, with POP3's USER/PASS.
class RawClient : public postbag::testing::LineClient
{
public:
    explicit RawClient(const DovecotServer& server) : m_server(server) {}
    bool connectPlain() { return LineClient::connectPlain(m_server.plainPort()); }
    bool connectTls() { return LineClient::connectTls(m_server.tlsPort()); }
    bool login(const QByteArray& user, const QByteArray& password)
    {
        return command("USER " + user).startsWith("+OK") &&
               command("PASS " + password).startsWith("+OK");
    }

private:
    const DovecotServer& m_server;
};

// LF endings on disk, a dot-leading line, 8-bit body: what RETR must give back byte for byte
// (with CRLF) once dot-unstuffed.
const QByteArray kMessage = "From: a@example.org\nTo: b@example.org\nSubject: dots\n\n"
                            "line one\n.leading dot\n..two dots\n.\nend \xc3\xa9\n";

QByteArray crlf(QByteArray text)
{
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
}

struct ChildRun
{
    qint64 masterPid = 0;
    QString directory;
};

} // namespace

class tst_DovecotServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainSessionRetrievesByteExact();
    void wrongPasswordIsRefused();
    void implicitTlsWithPinnedCertificate();
    void stlsOnPlainPort();
    void deleAndDeliverFileAfterStart();
    void twoInstancesAtOnce();
    void destructorStopsEverything();
    void cleanupAfterFailingTest();
    void cleanupAfterKilledTest();

private:
    static ChildRun startChild(QProcess& child, const char* mode);
};

void tst_DovecotServer::plainSessionRetrievesByteExact()
{
    DovecotServer server;
    QVERIFY(server.addUser(QStringLiteral("alice"), QStringLiteral("secret")));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.deliver(QStringLiteral("alice"), kMessage));
    QCOMPARE(server.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.plainPort() != server.tlsPort());

    RawClient client(server);
    QVERIFY(client.connectPlain());
    QVERIFY(client.readLine().startsWith("+OK"));
    QVERIFY(client.command("CAPA").startsWith("+OK"));
    const QByteArray capa = client.multiLine();
    for (const char* cap :
         {"STLS\r\n", "UIDL\r\n", "TOP\r\n", "USER\r\n", "SASL PLAIN LOGIN CRAM-MD5\r\n"})
        QVERIFY2(capa.contains(cap), capa.constData());
    QVERIFY(client.login("alice", "secret"));
    QCOMPARE(client.command("STAT"), "+OK 1 " + QByteArray::number(crlf(kMessage).size()) + "\r\n");
    const QByteArray uidl = client.command("UIDL 1");
    QVERIFY2(QRegularExpression(QStringLiteral("^\\+OK 1 [0-9A-Fa-f]{16}\r\n$"))
                 .match(QString::fromLatin1(uidl))
                 .hasMatch(),
             uidl.constData());
    QVERIFY(client.command("RETR 1").startsWith("+OK"));
    QCOMPARE(client.multiLine(), crlf(kMessage));
    QVERIFY(client.command("QUIT").startsWith("+OK"));
    QVERIFY(QTest::qWaitFor(
        [&] { return client.socket().state() == QAbstractSocket::UnconnectedState; }, kTimeout));
    QCOMPARE(server.messagesOnServer(QStringLiteral("alice")), QList<QByteArray>{kMessage});
    QVERIFY(server.logText().contains(QStringLiteral("Login: user=<alice>")));
}

void tst_DovecotServer::wrongPasswordIsRefused()
{
    DovecotServer server;
    QVERIFY(server.addUser(QStringLiteral("alice"), QStringLiteral("secret")));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RawClient client(server);
    QVERIFY(client.connectPlain());
    QVERIFY(client.readLine().startsWith("+OK"));
    QVERIFY(client.command("USER alice").startsWith("+OK"));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.command("PASS wrong"), QByteArray("-ERR [AUTH] Authentication failed.\r\n"));
    QVERIFY(timer.elapsed() < 5000);
    // No penalty carried over to the next, correct attempt.
    QVERIFY(client.login("alice", "secret"));
}

void tst_DovecotServer::implicitTlsWithPinnedCertificate()
{
    DovecotServer server;
    QVERIFY(server.addUser(QStringLiteral("alice"), QStringLiteral("secret")));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.deliver(QStringLiteral("alice"), kMessage));
    QCOMPARE(server.certificateSha256().size(), 32);
    QVERIFY(server.certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));

    RawClient client(server);
    QVERIFY2(client.connectTls(), qPrintable(client.socket().errorString()));
    QVERIFY(client.pinnedOk());
    QCOMPARE(client.socket().peerCertificate().digest(QCryptographicHash::Sha256),
             server.certificateSha256());
    QVERIFY(client.socket().sessionProtocol() == QSsl::TlsV1_2 ||
            client.socket().sessionProtocol() == QSsl::TlsV1_3);
    QVERIFY(client.readLine().startsWith("+OK"));
    QVERIFY(client.login("alice", "secret"));
    QVERIFY(client.command("RETR 1").startsWith("+OK"));
    QCOMPARE(client.multiLine(), crlf(kMessage));
    QVERIFY(client.command("QUIT").startsWith("+OK"));
}

void tst_DovecotServer::stlsOnPlainPort()
{
    DovecotServer server;
    QVERIFY(server.addUser(QStringLiteral("alice"), QStringLiteral("secret")));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RawClient client(server);
    QVERIFY(client.connectPlain());
    QVERIFY(client.readLine().startsWith("+OK"));
    QVERIFY(client.command("STLS").startsWith("+OK"));
    QVERIFY2(client.startTls(), qPrintable(client.socket().errorString()));
    QVERIFY(client.pinnedOk());
    QVERIFY(client.command("CAPA").startsWith("+OK"));
    QVERIFY(!client.multiLine().contains("STLS"));
    QVERIFY(client.login("alice", "secret"));
    QCOMPARE(client.command("STAT"), QByteArray("+OK 0 0\r\n"));
    QVERIFY(client.command("QUIT").startsWith("+OK"));
}

void tst_DovecotServer::deleAndDeliverFileAfterStart()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.addUser(QStringLiteral("late"), QStringLiteral("pw")));
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(crlf(kMessage));
    file.close();
    QVERIFY(server.deliverFile(QStringLiteral("late"), file.fileName()));
    QVERIFY(server.deliver(QStringLiteral("late"), "Subject: second\r\n\r\nbody\r\n"));
    QVERIFY(!server.deliver(QStringLiteral("nobody-here"), "x"));

    RawClient client(server);
    QVERIFY(client.connectPlain());
    QVERIFY(client.readLine().startsWith("+OK"));
    QVERIFY(client.login("late", "pw"));
    QVERIFY(client.command("STAT").startsWith("+OK 2 "));
    QVERIFY(client.command("DELE 1").startsWith("+OK"));
    QVERIFY(client.command("QUIT").startsWith("+OK"));
    QTRY_COMPARE_WITH_TIMEOUT(server.messagesOnServer(QStringLiteral("late")),
                              QList<QByteArray>{"Subject: second\r\n\r\nbody\r\n"}, kTimeout);
}

void tst_DovecotServer::twoInstancesAtOnce()
{
    DovecotServer first;
    DovecotServer second;
    QVERIFY(first.addUser(QStringLiteral("bob"), QStringLiteral("b")));
    QVERIFY(second.addUser(QStringLiteral("carol"), QStringLiteral("c")));
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QVERIFY(first.deliver(QStringLiteral("bob"), "Subject: for bob\r\n\r\nb\r\n"));
    QVERIFY(second.deliver(QStringLiteral("carol"), "Subject: for carol\r\n\r\nc\r\n"));
    QVERIFY(second.deliver(QStringLiteral("carol"), "Subject: again\r\n\r\nc\r\n"));
    QVERIFY(first.instanceName() != second.instanceName());
    QVERIFY(first.plainPort() != second.plainPort());

    RawClient toFirst(first);
    RawClient toSecond(second);
    QVERIFY(toFirst.connectPlain() && toSecond.connectTls());
    QVERIFY(toFirst.readLine().startsWith("+OK") && toSecond.readLine().startsWith("+OK"));
    QVERIFY(!toFirst.login("carol", "c"));
    QVERIFY(toFirst.login("bob", "b"));
    QVERIFY(toSecond.login("carol", "c"));
    QVERIFY(toFirst.command("STAT").startsWith("+OK 1 "));
    QVERIFY(toSecond.command("STAT").startsWith("+OK 2 "));
    QVERIFY(toFirst.command("RETR 1").startsWith("+OK"));
    QCOMPARE(toFirst.multiLine(), QByteArray("Subject: for bob\r\n\r\nb\r\n"));
}

void tst_DovecotServer::destructorStopsEverything()
{
    QString directory;
    {
        DovecotServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        directory = server.directory();
        QVERIFY(server.masterPid() > 0);
        QVERIFY(DovecotServer::processesOf(directory).contains(server.masterPid()));
        QVERIFY(DovecotServer::processesOf(directory).size() > 1); // the master's own children
        // A session still open at shutdown must not keep a pop3 process alive.
        QVERIFY(server.addUser(QStringLiteral("alice"), QStringLiteral("secret")));
        RawClient client(server);
        QVERIFY(client.connectPlain());
        QVERIFY(client.readLine().startsWith("+OK"));
        QVERIFY(client.login("alice", "secret"));
        server.stop();
        QVERIFY(!server.isRunning());
        QVERIFY(DovecotServer::processesOf(directory).isEmpty());
        server.stop(); // idempotent
    }
    QVERIFY(!QDir(directory).exists());
}

ChildRun tst_DovecotServer::startChild(QProcess& child, const char* mode)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("POSTBAG_FIXTURE_MODE"), QString::fromLatin1(mode));
    // A killed child cannot remove its own temporary files (its certificate): give it a TMPDIR
    // that this test owns and removes.
    static QTemporaryDir childTemp;
    environment.insert(QStringLiteral("TMPDIR"), childTemp.path());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(POSTBAG_FIXTURE_CHILD), {});
    ChildRun run;
    QByteArray output;
    // Read until the FIXTURE line (or the child ended).
    const bool printed = QTest::qWaitFor(
        [&] {
            output += child.readAllStandardOutput();
            return output.contains("FIXTURE ") &&
                   output.indexOf('\n', output.indexOf("FIXTURE ")) > 0;
        },
        30000);
    const qsizetype at = output.indexOf("FIXTURE ");
    if (at >= 0) {
        const QList<QByteArray> fields = output.mid(at).split('\n').constFirst().split(' ');
        if (fields.size() == 3) {
            run.masterPid = fields[1].toLongLong();
            run.directory = QString::fromLocal8Bit(fields[2]);
        }
    }
    if (!printed || run.masterPid == 0)
        qWarning("child output: %s", output.constData());
    return run;
}

void tst_DovecotServer::cleanupAfterFailingTest()
{
    QProcess child;
    const ChildRun run = startChild(child, "fail");
    QVERIFY(run.masterPid > 0);
    QVERIFY(child.waitForFinished(30000));
    QVERIFY(child.exitCode() != 0); // the child's test failed, as intended
    QTRY_VERIFY_WITH_TIMEOUT(DovecotServer::processesOf(run.directory).isEmpty(), kTimeout);
    QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(run.masterPid)));
    QVERIFY(!QDir(run.directory).exists());
}

void tst_DovecotServer::cleanupAfterKilledTest()
{
    QProcess child;
    const ChildRun run = startChild(child, "wait");
    QVERIFY(run.masterPid > 0);
    QVERIFY(DovecotServer::processesOf(run.directory).contains(run.masterPid));
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(kTimeout));
    // PR_SET_PDEATHSIG: the master gets SIGTERM and takes its children down with it.
    QTRY_VERIFY_WITH_TIMEOUT(DovecotServer::processesOf(run.directory).isEmpty(), kTimeout);
    // Nobody was left to remove the directory; do it here so the test leaves no trace.
    QVERIFY(run.directory.contains(QStringLiteral("postbag-dovecot-")));
    QDir(run.directory).removeRecursively();
}

QTEST_GUILESS_MAIN(tst_DovecotServer)
#include "tst_DovecotServer.moc"
