// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "send_contenders.h"

#include "core/net/SslTransport.h"
#include "core/outbox/OutboxQueue.h"
#include "core/outbox/OutboxSender.h"
#include "core/store/AccountStore.h"
#include "core/store/Database.h"
#include "core/store/IdentityStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace postbag::bench {

namespace {
constexpr int kProcessTimeoutMs = 10 * 60 * 1000;

QString processFailure(QProcess& p)
{
    const QByteArray err = p.readAllStandardError().trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.error() == QProcess::FailedToStart)
        return QStringLiteral("did not finish: %1 %2").arg(p.errorString(), QString::fromUtf8(err));
    return QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(err.right(400)));
}
} // namespace

const char* sendToolName(SendTool tool)
{
    switch (tool) {
    case SendTool::Postbag:
        return "postbag";
    case SendTool::Msmtp:
        return "msmtp";
    case SendTool::Smtplib:
        return "smtplib";
    }
    return "?";
}

SendContenders::SendContenders(SendServer server, const SendMessages& messages, QString scratchDir,
                               QString smtplibScript)
    : m_server(std::move(server)), m_messages(messages), m_scratch(std::move(scratchDir)),
      m_script(std::move(smtplibScript)),
      m_msmtp(QStandardPaths::findExecutable(QStringLiteral("msmtp"))),
      m_python(QFile::exists(QStringLiteral("/usr/bin/python3"))
                   ? QStringLiteral("/usr/bin/python3")
                   : QString())
{
}

bool SendContenders::available(SendTool tool) const
{
    switch (tool) {
    case SendTool::Postbag:
        return true;
    case SendTool::Msmtp:
        return !m_msmtp.isEmpty();
    case SendTool::Smtplib:
        return !m_python.isEmpty() && QFile::exists(m_script);
    }
    return false;
}

QString SendContenders::version(SendTool tool) const
{
    if (!available(tool) || tool == SendTool::Postbag)
        return {};
    QProcess p;
    p.start(tool == SendTool::Msmtp ? m_msmtp : m_python, {QStringLiteral("--version")});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput().split('\n').constFirst()).trimmed();
}

SendRun SendContenders::run(SendTool tool, quint16 port, double limitSeconds)
{
    ++m_runs;
    switch (tool) {
    case SendTool::Postbag:
        return postbag(port);
    case SendTool::Msmtp:
        return msmtp(port, limitSeconds);
    case SendTool::Smtplib:
        return smtplib(port, limitSeconds);
    }
    return {};
}

SendRun SendContenders::postbag(quint16 port)
{
    SendRun out;
    const QString dir = QStringLiteral("%1/postbag-%2").arg(m_scratch).arg(m_runs);
    QDir().mkpath(dir);
    auto db = store::Database::open(dir + QStringLiteral("/postbag.sqlite"));
    if (!db) {
        out.error = db.error().toLogString();
        return out;
    }
    const auto account = store::AccountStore(*db.value()).create(QStringLiteral("bench"));
    store::Identity me;
    me.accountId = account ? account->id : 0;
    me.address = sendBenchSender();
    const auto identity =
        account ? store::IdentityStore(*db.value()).create(me) : Result<qint64>(account.error());
    if (!identity) {
        out.error = identity.error().toLogString();
        return out;
    }
    for (const mime::BuiltMessage& m : m_messages.messages) {
        if (const auto id =
                outbox::OutboxQueue::enqueue(*db.value(), me.accountId, identity.value(), m);
            !id) {
            out.error = id.error().toLogString();
            return out;
        }
    }

    outbox::Submission submission;
    submission.endpoint.host = m_server.host;
    submission.endpoint.port = port;
    submission.endpoint.security = transport::Security::StartTls;
    submission.endpoint.pinnedSha256 = m_server.pinSha256;
    submission.options.credentials.user = m_server.user;
    submission.options.credentials.secret = m_server.password;
    outbox::OutboxSender sender(
        *db.value(), [] { return std::make_unique<net::SslTransport>(); },
        [submission](qint64, qint64) -> Result<outbox::Submission> { return submission; });
    QEventLoop loop;
    outbox::SendReport report;
    bool done = false;
    QObject::connect(&sender, &outbox::OutboxSender::finished, &loop,
                     [&](const outbox::SendReport& r) {
                         report = r;
                         done = true;
                         loop.quit();
                     });
    QTimer::singleShot(kProcessTimeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    sender.run(me.accountId);
    if (!done)
        loop.exec();
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    out.accepted = report.sent;
    if (!done)
        out.error = QStringLiteral("no result after %1 s").arg(kProcessTimeoutMs / 1000);
    else if (report.error)
        out.error = report.error->toLogString();
    else if (report.sent != m_messages.messages.size())
        out.error = QStringLiteral("%1 sent, %2 failed, %3 uncertain")
                        .arg(report.sent)
                        .arg(report.failed)
                        .arg(report.uncertain);
    return out;
}

QString SendContenders::msmtpConfig(quint16 port)
{
    const QString path = QStringLiteral("%1/msmtprc-%2").arg(m_scratch).arg(port);
    QFile f(path);
    // msmtp refuses a configuration with a password that others may read.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return {};
    const QString text = QStringLiteral("defaults\n"
                                        "tls on\n"
                                        "tls_starttls on\n"
                                        "tls_trust_file %1\n"
                                        "account default\n"
                                        "host %2\n"
                                        "port %3\n"
                                        "domain localhost\n"
                                        "from %4\n"
                                        "auth on\n"
                                        "user %5\n"
                                        "password %6\n")
                             .arg(m_server.certificatePath, m_server.host)
                             .arg(port)
                             .arg(sendBenchSender(), m_server.user, m_server.password);
    return f.write(text.toUtf8()) > 0 ? path : QString();
}

SendRun SendContenders::msmtp(quint16 port, double limitSeconds)
{
    SendRun out;
    const QString rc = msmtpConfig(port);
    if (rc.isEmpty()) {
        out.error = QStringLiteral("cannot write the msmtp configuration");
        return out;
    }
    const qsizetype total = m_messages.files.size();
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < total; ++i) {
        QProcess p;
        p.setStandardInputFile(m_messages.files[i]);
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(m_msmtp, QStringList{QStringLiteral("-C"), rc, QStringLiteral("-a"),
                                     QStringLiteral("default")} +
                             m_messages.messages[i].recipients);
        if (!p.waitForFinished(kProcessTimeoutMs) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            out.error = QStringLiteral("message %1: %2").arg(i).arg(processFailure(p));
            break;
        }
        ++out.accepted;
        if (double(clock.nsecsElapsed()) / 1e9 >= limitSeconds && i + 1 < total) {
            out.estimated = true;
            break;
        }
    }
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (out.estimated)
        out.seconds *= double(total) / double(out.accepted);
    return out;
}

SendRun SendContenders::smtplib(quint16 port, double limitSeconds)
{
    SendRun out;
    const QString list = QStringLiteral("%1/smtplib-list.txt").arg(m_scratch);
    {
        QFile f(list);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out.error = QStringLiteral("cannot write %1").arg(list);
            return out;
        }
        for (qsizetype i = 0; i < m_messages.files.size(); ++i) {
            const mime::BuiltMessage& m = m_messages.messages[i];
            f.write((m_messages.files[i] + u'\t' + m.envelopeSender + u'\t' +
                     m.recipients.join(u' ') + u'\n')
                        .toUtf8());
        }
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BENCH_SMTP_PASSWORD"), m_server.password);
    p.setProcessEnvironment(env);
    p.start(m_python, {m_script, m_server.host, QString::number(port), m_server.user,
                       m_server.certificatePath, list, QString::number(limitSeconds)});
    if (!p.waitForFinished(kProcessTimeoutMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        out.error = processFailure(p);
        return out;
    }
    // "<seconds> <sent> <total>"
    const QList<QByteArray> f = p.readAllStandardOutput().simplified().split(' ');
    if (f.size() != 3) {
        out.error = QStringLiteral("unexpected output from %1").arg(m_script);
        return out;
    }
    out.accepted = f[1].toInt();
    const int total = f[2].toInt();
    out.seconds = f[0].toDouble();
    out.estimated = out.accepted < total;
    if (out.estimated && out.accepted > 0)
        out.seconds *= double(total) / double(out.accepted);
    return out;
}

} // namespace postbag::bench
