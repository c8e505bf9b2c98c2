// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/CommandCredentialStore.h"

#include "core/account/ProcessTree.h"

#include <QProcess>
#include <QThread>
#include <QTimer>

namespace postbag::account {

namespace {
// A password with the rest of what `pass show` prints fits many times over; a command that
// prints more (a wrong command, `yes`) is stopped instead of filling memory.
constexpr qsizetype kMaxOutputBytes = 64 * 1024;

Error tooMuchOutput()
{
    return Error::make(
        ErrorCode::CredentialsUnavailable,
        QStringLiteral("password command printed more than %1 bytes").arg(kMaxOutputBytes));
}
} // namespace

CommandCredentialStore::~CommandCredentialStore()
{
    QList<QProcess*> ours;
    {
        // Under the lock: a command answering on its own thread now waits before it lets go
        // of its QProcess, so reading its pid here is safe. Only its process tree is killed;
        // the object goes with its thread's event loop (or with the program).
        const QMutexLocker locker(&m_running->lock);
        for (QProcess* process : std::as_const(m_running->processes)) {
            if (process->thread() == QThread::currentThread())
                ours.append(process);
            else
                ProcessTree::kill(process->processId());
        }
        m_running->processes.clear();
    }
    for (QProcess* process : std::as_const(ours)) {
        QObject::disconnect(process, nullptr, nullptr, nullptr); // nobody waits for the answer
        ProcessTree::kill(process->processId());
        process->kill();
        process->waitForFinished(2000);
        delete process;
    }
}

void CommandCredentialStore::read(const AccountSettings& account, Done done)
{
    if (account.passwordCommand.trimmed().isEmpty())
        return done(Error::make(ErrorCode::CredentialsUnavailable, QStringLiteral("no password command")));
    auto* process = new QProcess;
    process->setProgram(QStringLiteral("/bin/sh"));
    process->setArguments({QStringLiteral("-c"), account.passwordCommand});
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice()); // never shown, so never buffered
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    auto finish = std::make_shared<bool>(false);
    {
        const QMutexLocker locker(&m_running->lock);
        m_running->processes.insert(process);
    }
    auto complete = [process, done, finish, running = m_running](Result<QString> r) {
        if (std::exchange(*finish, true))
            return;
        {
            const QMutexLocker locker(&running->lock);
            running->processes.remove(process);
        }
        if (process->state() != QProcess::NotRunning) {
            // Only the time limit gets here. SIGKILL takes effect at once; reaping the shell now
            // and killing what it started with it means nothing of the command outlives the
            // answer, even when the caller quits right after.
            ProcessTree::kill(process->processId());
            process->kill();
            process->waitForFinished(2000);
        }
        if (process->state() == QProcess::NotRunning)
            process->deleteLater();
        else // stuck in the kernel: reap it whenever it goes
            QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
        done(std::move(r));
    };
    QObject::connect(timer, &QTimer::timeout, process, [complete] {
        complete(Error::make(ErrorCode::CredentialsUnavailable, QStringLiteral("password command timed out")));
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [complete](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            complete(Error::make(ErrorCode::CredentialsUnavailable, QStringLiteral("password command did not start")));
    });
    auto output = std::make_shared<QByteArray>();
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [process, output, complete] {
                         output->append(process->read(kMaxOutputBytes + 1 - output->size()));
                         if (output->size() > kMaxOutputBytes)
                             complete(tooMuchOutput());
                     });
    QObject::connect(process, &QProcess::finished, process,
                     [process, output, complete](int code, QProcess::ExitStatus status) {
                         if (status != QProcess::NormalExit || code != 0)
                             return complete(Error::make(ErrorCode::CredentialsUnavailable,
                                                         QStringLiteral("password command exited with %1").arg(code)));
                         QByteArray out =
                             *output + process->read(kMaxOutputBytes + 1 - output->size());
                         if (out.size() > kMaxOutputBytes)
                             return complete(tooMuchOutput());
                         const qsizetype nl = out.indexOf('\n');
                         if (nl >= 0)
                             out.truncate(nl);
                         if (out.endsWith('\r'))
                             out.chop(1);
                         if (out.isEmpty())
                             return complete(Error::make(ErrorCode::CredentialsUnavailable,
                                                         QStringLiteral("password command printed nothing")));
                         complete(QString::fromUtf8(out));
                     });
    timer->start(m_timeoutMs);
    process->start();
}

void CommandCredentialStore::write(const AccountSettings&, const QString&, StatusDone done)
{
    done(Error::make(ErrorCode::InvalidSetting, QStringLiteral("a password command cannot store passwords")));
}

void CommandCredentialStore::erase(const AccountSettings&, StatusDone done)
{
    done(Ok{});
}

} // namespace postbag::account
