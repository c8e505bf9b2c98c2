// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sync_launch RESULT_FILE PROGRAM ARGS...: runs PROGRAM as a child and writes
// "<wall seconds> <peak RSS KB> <exit code or -signal>" to RESULT_FILE, then exits with the
// child's code. Why a separate, tiny, Qt-free program: Linux records the resident size of the
// memory a process had before exec() as the floor of its peak RSS, and a child forked from the
// benchmark (which holds whole mailboxes) would inherit that figure. Forked from this small
// launcher instead, the child's ru_maxrss is its own.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_sync_launch RESULT_FILE PROGRAM [ARGS...]\n");
        return 127;
    }
    // A SIGTERM to the process group (the benchmark's time limit) ends the child, and this
    // launcher still reports what the child used.
    std::signal(SIGTERM, SIG_IGN);
    timespec start{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid < 0)
        return 127;
    if (pid == 0) {
        std::signal(SIGTERM, SIG_DFL);
        execv(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    timespec end{};
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double seconds =
        double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    if (FILE* f = std::fopen(argv[1], "w")) {
        std::fprintf(f, "%.6f %ld %d\n", seconds, usage.ru_maxrss, code);
        std::fclose(f);
    }
    return code >= 0 ? code : 128 - code;
}
