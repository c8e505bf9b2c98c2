// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PostfixServer.h"

#include "tests/support/DovecotServer.h"
#include "tests/support/FixtureProcesses.h"
#include "tests/support/PostfixConfig.h"
#include "tests/support/ServerGreeting.h"
#include "tests/support/ServerProcess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace postbag::testing {

namespace {

const QString kMaster = QStringLiteral("/usr/lib/postfix/sbin/master");
// The master exits by itself after this long, should everything else fail to stop it.
const QString kMasterLifetimeSeconds = QStringLiteral("1800");

uid_t uidOf(const char* user)
{
    const passwd* pw = ::getpwnam(user);
    return pw ? pw->pw_uid : uid_t(-1);
}

gid_t gidOf(const char* group)
{
    const struct group* gr = ::getgrnam(group);
    return gr ? gr->gr_gid : gid_t(-1);
}

} // namespace

PostfixServer::PostfixServer(DovecotServer& dovecot)
    : m_dovecot(dovecot), m_dir(QStringLiteral("/tmp/postbag-postfix-XXXXXX"))
{
    m_dovecot.setSubmissionAuth(true);
}

PostfixServer::~PostfixServer()
{
    stop();
}

void PostfixServer::allowSender(const QString& login, const QString& address)
{
    m_extraSenders.append({login, address});
}

bool PostfixServer::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool PostfixServer::isRunning() const
{
    return m_server.isRunning();
}

bool PostfixServer::makeDirectory(const QString& relativePath, const char* owner, const char* group,
                                  int mode)
{
    const QString path = m_dir.filePath(relativePath);
    const QByteArray native = QFile::encodeName(path);
    if (!QDir().mkpath(path) || ::chown(native.constData(), uidOf(owner), gidOf(group)) != 0 ||
        ::chmod(native.constData(), mode_t(mode)) != 0)
        return fail(QStringLiteral("cannot create %1 (%2:%3)")
                        .arg(path, QString::fromLatin1(owner), QString::fromLatin1(group)));
    return true;
}

bool PostfixServer::writeFile(const QString& relativePath, const QByteArray& content)
{
    QFile file(m_dir.filePath(relativePath));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size())
        return fail(QStringLiteral("cannot write ") + file.fileName() + QStringLiteral(": ") +
                    file.errorString());
    // Postfix waits, 300 ms at a time, until a file it loads is over a second old (it might
    // still be being written): these are complete now, so date them back.
    if (!file.flush() || !file.setFileTime(QDateTime::currentDateTime().addSecs(-10),
                                           QFileDevice::FileModificationTime))
        return fail(QStringLiteral("cannot date back ") + file.fileName());
    return true;
}

bool PostfixServer::prepare()
{
    if (m_prepared)
        return true;
    if (::geteuid() != 0)
        return fail(QStringLiteral("Postfix's master must be started as root"));
    if (!QFileInfo(kMaster).isExecutable())
        return fail(kMaster + QStringLiteral(" not found (scripts/setup deps installs postfix)"));
    if (uidOf("postfix") == uid_t(-1) || gidOf("postdrop") == gid_t(-1))
        return fail(QStringLiteral("no user postfix or group postdrop (is postfix installed?)"));
    if (!m_dir.isValid())
        return fail(QStringLiteral("cannot create temporary directory: ") + m_dir.errorString());
    const TestCertificate& cert = certificate();
    if (cert.isNull())
        return fail(QStringLiteral("no test certificate: ") + cert.errorString());
    // Postfix's daemons run as user postfix: the tree must be reachable for them. The queue is
    // what `postfix check` would make (skipped: it takes seconds).
    if (!makeDirectory(QStringLiteral("."), "root", "root", 0755) ||
        !makeDirectory(QStringLiteral("etc"), "root", "root", 0755) ||
        !makeDirectory(QStringLiteral("data"), "postfix", "postfix", 0700) ||
        !makeDirectory(QStringLiteral("queue"), "root", "root", 0755) ||
        !makeDirectory(QStringLiteral("queue/pid"), "root", "root", 0755) ||
        !makeDirectory(QStringLiteral("queue/maildrop"), "postfix", "postdrop", 0730) ||
        !makeDirectory(QStringLiteral("queue/public"), "postfix", "postdrop", 0710))
        return false;
    for (const char* queue : {"active", "bounce", "corrupt", "defer", "deferred", "flush", "hold",
                              "incoming", "private", "saved", "trace"}) {
        if (!makeDirectory(QStringLiteral("queue/") + QString::fromLatin1(queue), "postfix", "root",
                           0700))
            return false;
    }
    if (!writeFile(QStringLiteral("etc/cert.pem"), cert.certificatePem()) ||
        !writeFile(QStringLiteral("etc/key.pem"), cert.keyPem()))
        return false;
    const QByteArray key = QFile::encodeName(m_dir.filePath(QStringLiteral("etc/key.pem")));
    if (::chown(key.constData(), 0, gidOf("postfix")) != 0 || ::chmod(key.constData(), 0640) != 0)
        return fail(QStringLiteral("cannot protect the TLS key"));
    m_prepared = true;
    return true;
}

QString PostfixServer::logText() const
{
    QFile file(m_dir.filePath(QStringLiteral("maillog")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool PostfixServer::start()
{
    if (isRunning())
        return true;
    if (!prepare())
        return false;
    if (m_dovecot.isRunning() && !m_dovecot.submissionAuth())
        return fail(QStringLiteral("Dovecot was started before the PostfixServer was made: no "
                                   "auth socket for Postfix"));
    if (!m_dovecot.isRunning() && !m_dovecot.start())
        return fail(QStringLiteral("Dovecot: ") + m_dovecot.errorString());
    // The ports are free when probed but may be taken before the server binds them: retry.
    return ServerProcess::retryOnAddressInUse(
        [this](bool* addressInUse) { return startOnce(addressInUse); });
}

bool PostfixServer::startOnce(bool* addressInUse)
{
    if (!ServerGreeting::pickPorts(&m_submissionPort, &m_submissionsPort))
        return fail(QStringLiteral("no free port on 127.0.0.1"));

    PostfixConfig config;
    config.directory = m_dir.path();
    config.mailRoot = m_dovecot.mailRoot();
    config.authSocket = m_dovecot.authClientSocket();
    config.domain = domain();
    config.hostName = hostName();
    config.mailUid = m_dovecot.serverUid();
    config.mailGid = m_dovecot.serverGid();
    config.submissionPort = m_submissionPort;
    config.submissionsPort = m_submissionsPort;
    config.messageSizeLimit = m_messageSizeLimit;
    config.recipientLimit = m_recipientLimit;
    config.users = m_dovecot.userNames();
    config.extraSenders = m_extraSenders;
    if (!writeFile(QStringLiteral("etc/main.cf"), config.mainCf()) ||
        !writeFile(QStringLiteral("etc/master.cf"), config.masterCf()) ||
        !writeFile(QStringLiteral("etc/vmailbox"), config.mailboxes()) ||
        !writeFile(QStringLiteral("etc/senders"), config.senders()))
        return false;

    ServerProcess::Launch launch;
    launch.name = QStringLiteral("postfix");
    launch.program = kMaster;
    launch.arguments = {QStringLiteral("-c"), m_dir.filePath(QStringLiteral("etc")),
                        QStringLiteral("-s"), QStringLiteral("-e"), kMasterLifetimeSeconds};
    launch.directory = m_dir.path();
    launch.commandLineMarker = QFile::encodeName(m_dir.filePath(QStringLiteral("etc")));
    launch.logFile = m_dir.filePath(QStringLiteral("maillog"));
    ServerGreeting greeting(m_submissionPort, m_submissionsPort, "220 ");
    return m_server.start(
        launch, [&] { return greeting.bothArrive(); }, [&] { return greeting.missing(); },
        addressInUse, &m_error);
}

void PostfixServer::stop()
{
    m_server.stop();
}

QList<qint64> PostfixServer::processesOf(const QString& directory)
{
    return FixtureProcesses::under(directory,
                                   QFile::encodeName(directory + QStringLiteral("/etc")));
}

bool PostfixServer::waitForMessages(const QString& user, int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return m_dovecot.messageFilesOnServer(user).size() >= count; },
                           timeoutMs);
}

} // namespace postbag::testing
