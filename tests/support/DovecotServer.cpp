// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/DovecotServer.h"

#include "tests/support/DovecotConfig.h"
#include "tests/support/FixtureProcesses.h"
#include "tests/support/ServerGreeting.h"
#include "tests/support/ServerProcess.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace postbag::testing {

namespace {

const QString kDovecot = QStringLiteral("/usr/sbin/dovecot");
QAtomicInteger<int> g_instanceCounter;

QString directoryTemplate()
{
    // As root the server user must be able to reach the directory: /tmp is world-traversable,
    // a private TMPDIR might not be. Short paths also keep Dovecot's socket paths < 108 bytes.
    const QString base = ::geteuid() == 0 ? QStringLiteral("/tmp") : QDir::tempPath();
    return base + QStringLiteral("/postbag-dovecot-XXXXXX");
}

// Dovecot's processes that have left the directory still name its config on their command line.
QByteArray configMarker(const QString& directory)
{
    return QFile::encodeName(QDir(directory).absolutePath() + QStringLiteral("/dovecot.conf"));
}

} // namespace

DovecotServer::DovecotServer() : m_dir(directoryTemplate())
{
    m_instanceName = QStringLiteral("postbag-%1-%2")
                         .arg(QCoreApplication::applicationPid())
                         .arg(g_instanceCounter.fetchAndAddRelaxed(1));
    if (::geteuid() == 0) {
        // Dovecot's login processes refuse to run as root: run everything as an existing user.
        m_dropPrivileges = true;
        for (const char* name : {"dovenull", "nobody"}) {
            if (const passwd* pw = ::getpwnam(name)) {
                m_serverUid = pw->pw_uid;
                m_serverGid = pw->pw_gid;
                m_serverUserName = QString::fromLocal8Bit(pw->pw_name);
                break;
            }
        }
    } else {
        m_serverUid = ::getuid();
        m_serverGid = ::getgid();
        if (const passwd* pw = ::getpwuid(m_serverUid))
            m_serverUserName = QString::fromLocal8Bit(pw->pw_name);
    }
    if (const group* gr = ::getgrgid(m_serverGid))
        m_serverGroupName = QString::fromLocal8Bit(gr->gr_name);
}

DovecotServer::~DovecotServer()
{
    stop();
}

bool DovecotServer::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool DovecotServer::isRunning() const
{
    return m_server.isRunning();
}

Maildir DovecotServer::maildir(const QString& user) const
{
    return Maildir(m_dir.filePath(QStringLiteral("mail/") + user),
                   m_dropPrivileges ? qint64(m_serverUid) : -1,
                   m_dropPrivileges ? qint64(m_serverGid) : -1);
}

void DovecotServer::giveToServerUser(const QString& path) const
{
    if (m_dropPrivileges)
        Maildir::chownTo(path, m_serverUid, m_serverGid);
}

bool DovecotServer::makeDirectory(const QString& path)
{
    if (!QDir().mkpath(path))
        return fail(QStringLiteral("cannot create directory ") + path);
    giveToServerUser(path);
    return true;
}

bool DovecotServer::writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size())
        return fail(QStringLiteral("cannot write ") + path + QStringLiteral(": ") +
                    file.errorString());
    file.close();
    giveToServerUser(path);
    return true;
}

bool DovecotServer::prepareDirectories()
{
    if (m_prepared)
        return true;
    if (!m_dir.isValid())
        return fail(QStringLiteral("cannot create temporary directory: ") + m_dir.errorString());
    if (m_serverUserName.isEmpty() || m_serverGroupName.isEmpty())
        return fail(QStringLiteral("no user/group name for the Dovecot server user"));
    const TestCertificate& cert = TestCertificate::shared();
    if (cert.isNull())
        return fail(QStringLiteral("no test certificate: ") + cert.errorString());
    giveToServerUser(m_dir.path());
    for (const char* sub : {"run", "state", "mail", "home", "users"}) {
        if (!makeDirectory(m_dir.filePath(QString::fromLatin1(sub))))
            return false;
    }
    if (!writeFile(m_dir.filePath(QStringLiteral("cert.pem")), cert.certificatePem()) ||
        !writeFile(m_dir.filePath(QStringLiteral("key.pem")), cert.keyPem()))
        return false;
    QFile::setPermissions(m_dir.filePath(QStringLiteral("key.pem")),
                          QFile::ReadOwner | QFile::WriteOwner);
    m_prepared = true;
    return true;
}

bool DovecotServer::addUser(const QString& name, const QString& password)
{
    return writeUser(name, password, "{PLAIN}" + password.toUtf8());
}

bool DovecotServer::addHashedUser(const QString& name, const QString& password)
{
    const QByteArray salt = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5);
    const QByteArray salted = password.toUtf8() + salt;
    const QByteArray digest = QCryptographicHash::hash(salted, QCryptographicHash::Sha256);
    const QByteArray stored = digest + salt;
    return writeUser(name, password, "{SSHA256}" + stored.toBase64());
}

bool DovecotServer::writeUser(const QString& name, const QString& password,
                              const QByteArray& stored)
{
    static const QRegularExpression forbidden(QStringLiteral("[:\\r\\n/]"));
    if (name.isEmpty() || name.contains(forbidden) || password.contains(forbidden))
        return fail(QStringLiteral("user name or password unusable in a passwd-file: ") + name);
    if (!prepareDirectories())
        return false;
    const QString home = m_dir.filePath(QStringLiteral("home/") + name);
    if (!makeDirectory(home) || !maildir(name).create(&m_error))
        return false;
    m_users.append({name, password});
    const QByteArray line = name.toUtf8() + ':' + stored + ':' + QByteArray::number(m_serverUid) +
                            ':' + QByteArray::number(m_serverGid) + "::" + QFile::encodeName(home) +
                            "::\n";
    // Written to the side and renamed into place: Dovecot may read the file at any moment.
    const QString file = m_dir.filePath(QStringLiteral("users/") + name);
    if (!writeFile(file + QStringLiteral(".new"), line))
        return false;
    if (::rename(QFile::encodeName(file + QStringLiteral(".new")).constData(),
                 QFile::encodeName(file).constData()) != 0)
        return fail(QStringLiteral("cannot replace ") + file);
    return true;
}

bool DovecotServer::deliver(const QString& user, const QByteArray& rawMessage)
{
    const Maildir box = maildir(user);
    if (!box.exists())
        return fail(QStringLiteral("no such user (addUser first): ") + user);
    return box.deliver(rawMessage, &m_error);
}

bool DovecotServer::deliverFile(const QString& user, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read ") + path + QStringLiteral(": ") +
                    file.errorString());
    return deliver(user, file.readAll());
}

QStringList DovecotServer::userNames() const
{
    QStringList names;
    for (const auto& user : m_users)
        names.append(user.first);
    return names;
}

QList<Maildir::Message> DovecotServer::messageFilesOnServer(const QString& user) const
{
    return maildir(user).messages();
}

bool DovecotServer::removeAll(const QString& user)
{
    const QDir root(m_dir.filePath(QStringLiteral("mail/") + user));
    for (const Maildir::Message& message : messageFilesOnServer(user)) {
        if (!QFile::remove(root.filePath(message.fileName)))
            return fail(QStringLiteral("cannot remove ") + message.fileName);
    }
    return true;
}

QList<QByteArray> DovecotServer::messagesOnServer(const QString& user) const
{
    QList<QByteArray> result;
    for (const Maildir::Message& message : messageFilesOnServer(user))
        result.append(message.content);
    return result;
}

QString DovecotServer::logText() const
{
    QFile file(m_dir.filePath(QStringLiteral("dovecot.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool DovecotServer::writeConfig()
{
    DovecotConfig config;
    config.directory = m_dir.path();
    config.instanceName = m_instanceName;
    config.userName = m_serverUserName;
    config.groupName = m_serverGroupName;
    config.plainPort = m_plainPort;
    config.tlsPort = m_tlsPort;
    config.authPenalty = m_authPenalty;
    config.apop = m_apop;
    config.reuseXUidl = m_reuseXUidl;
    config.submissionAuth = m_submissionAuth;
    return writeFile(m_dir.filePath(QStringLiteral("dovecot.conf")), config.render());
}

bool DovecotServer::start()
{
    if (isRunning())
        return true;
    if (!QFileInfo(kDovecot).isExecutable())
        return fail(kDovecot + QStringLiteral(" not found (install dovecot-core dovecot-pop3d)"));
    if (!prepareDirectories())
        return false;
    if (m_submissionAuth)
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ExeGroup | QFile::ExeOther);
    // The ports are free when probed but may be taken before the server binds them: retry.
    return ServerProcess::retryOnAddressInUse(
        [this](bool* addressInUse) { return startOnce(addressInUse); });
}

bool DovecotServer::startOnce(bool* addressInUse)
{
    if (!ServerGreeting::pickPorts(&m_plainPort, &m_tlsPort))
        return fail(QStringLiteral("no free port on 127.0.0.1"));
    if (!writeConfig())
        return false;

    ServerProcess::Launch launch;
    launch.name = QStringLiteral("dovecot");
    launch.program = kDovecot;
    launch.arguments = {QStringLiteral("-F"), QStringLiteral("-c"),
                        m_dir.filePath(QStringLiteral("dovecot.conf"))};
    launch.directory = m_dir.path();
    launch.commandLineMarker = configMarker(m_dir.path());
    launch.logFile = m_dir.filePath(QStringLiteral("dovecot.log"));
    launch.switchUser = m_dropPrivileges;
    launch.uid = m_serverUid;
    launch.gid = m_serverGid;
    ServerGreeting greeting(m_plainPort, m_tlsPort, "+OK");
    return m_server.start(
        launch, [&] { return greeting.bothArrive(); }, [&] { return greeting.missing(); },
        addressInUse, &m_error);
}

void DovecotServer::stop()
{
    // The master does not stop POP3 sessions that are still connected (nor the log and stats
    // processes they keep busy): ServerProcess ends whatever of this instance is left.
    m_server.stop();
}

QList<qint64> DovecotServer::processesOf(const QString& directory)
{
    return FixtureProcesses::under(directory, configMarker(directory));
}

} // namespace postbag::testing
