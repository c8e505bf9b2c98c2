// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_child.h"

#include <QFile>
#include <cerrno>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace postbag::bench {

namespace {
double now()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

std::vector<QByteArray> environmentWithHome(const QString& home)
{
    std::vector<QByteArray> env;
    for (char** e = environ; *e; ++e) {
        if (qstrncmp(*e, "HOME=", 5) != 0)
            env.emplace_back(*e);
    }
    env.push_back("HOME=" + QFile::encodeName(home));
    return env;
}
// Whether the process behind `pidfd` exited before `deadline`.
bool waitFor(int pidfd, double deadline)
{
    pollfd p{pidfd, POLLIN, 0};
    for (;;) {
        const double left = deadline - now();
        if (left <= 0)
            return false;
        const int ready = ::poll(&p, 1, int(left * 1000) + 1);
        if (ready > 0)
            return true;
        if (ready < 0 && errno != EINTR)
            return false;
    }
}
} // namespace

ChildRun runChild(const QStringList& argv, const QString& home, const QString& stdoutPath,
                  const QString& stderrPath, double timeoutSeconds)
{
    ChildRun run;
    const QString resultPath = stdoutPath + QStringLiteral(".launch");
    QFile::remove(resultPath);
    std::vector<QByteArray> args{BENCH_SYNC_LAUNCH, QFile::encodeName(resultPath)};
    for (const QString& a : argv)
        args.push_back(QFile::encodeName(a));
    std::vector<char*> argp;
    for (QByteArray& a : args)
        argp.push_back(a.data());
    argp.push_back(nullptr);
    std::vector<QByteArray> env = environmentWithHome(home);
    std::vector<char*> envp;
    for (QByteArray& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const QByteArray out = QFile::encodeName(stdoutPath);
    const QByteArray err = QFile::encodeName(stderrPath);

    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, out.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&files, STDERR_FILENO, err.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);

    const double start = now();
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argp[0], &files, &attr, argp.data(), envp.data());
    posix_spawn_file_actions_destroy(&files);
    posix_spawnattr_destroy(&attr);
    if (rc != 0)
        return run;
    run.started = true;

    const int pidfd = int(syscall(SYS_pidfd_open, pid, 0));
    if (pidfd >= 0) {
        run.timedOut = !waitFor(pidfd, start + timeoutSeconds);
        if (run.timedOut) {
            // The launcher ignores SIGTERM, waits for the child and reports its figures.
            ::kill(-pid, SIGTERM);
            waitFor(pidfd, now() + 5);
        }
        // The launcher is not reaped yet, so the group id is still ours: this ends whatever is
        // left in it (a child that ignored SIGTERM, a stray password command or MDA).
        ::kill(-pid, SIGKILL);
        ::close(pidfd);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    run.seconds = now() - start;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile result(resultPath);
    if (result.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> f = result.readAll().simplified().split(' ');
        if (f.size() == 3) {
            run.seconds = f[0].toDouble();
            run.peakRssKb = f[1].toLong();
            run.exitCode = f[2].toInt();
        }
    }
    return run;
}

QByteArray fileTail(const QString& path, int maxBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > maxBytes)
        f.seek(f.size() - maxBytes);
    return f.readAll();
}

} // namespace postbag::bench
