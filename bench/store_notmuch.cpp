// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_notmuch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>

namespace postbag::bench {

namespace {
// ---------------------------------------------------------------------------------------------
// notmuch, run as the program a user or front end runs

class Notmuch
{
public:
    Notmuch(const QString& configPath) : m_config(configPath)
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("NOTMUCH_CONFIG"), configPath);
        m_env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    }

    static bool available()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("notmuch")).isEmpty();
    }

    static bool writeConfig(const QString& configPath, const QString& maildir)
    {
        QFile f(configPath);
        if (!f.open(QIODevice::WriteOnly)) {
            return false;
        }
        const QByteArray text = "[database]\npath=" + QFile::encodeName(maildir) +
                                "\n[user]\nname=Bench\nprimary_email=bench@example.org\n"
                                "[new]\ntags=unread;inbox;\nignore=\n"
                                "[search]\nexclude_tags=\n"
                                "[maildir]\nsynchronize_flags=true\n";
        return f.write(text) == text.size();
    }

    // Runs notmuch; returns the wall time in ms, or a negative value on failure.
    double run(const QStringList& args, QByteArray* out = nullptr) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("notmuch"), args);
        if (!p.waitForStarted() || !p.waitForFinished(-1)) {
            return -1;
        }
        const QByteArray stdOut = p.readAllStandardOutput();
        const double ms = msSince(t);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::fprintf(stderr, "bench_store: notmuch %s failed: %s\n",
                         qPrintable(args.join(u' ')), p.readAllStandardError().constData());
            return -1;
        }
        if (out) {
            *out = stdOut;
        }
        return ms;
    }

private:
    QString m_config;
    QProcessEnvironment m_env;
};

} // namespace

bool notmuchAvailable()
{
    return Notmuch::available();
}

std::optional<NotmuchResult> notmuchRun(const Maildir& md, const QString& work, const Config& cfg)
{
    NotmuchResult r;
    const QString config = work + QStringLiteral("/notmuch-config");
    if (!Notmuch::writeConfig(config, md.root)) {
        std::fprintf(stderr, "bench_store: cannot write the notmuch config\n");
        return std::nullopt;
    }
    const Notmuch nm(config);
    const double newMs = nm.run({QStringLiteral("new"), QStringLiteral("--quiet")});
    if (newMs < 0) {
        return std::nullopt;
    }
    r.newS = newMs / 1e3;
    r.indexBytes = treeSize(md.root + QStringLiteral("/.notmuch"));
    QByteArray out;
    if (nm.run({QStringLiteral("count"), QStringLiteral("*")}, &out) < 0) {
        return std::nullopt;
    }
    r.messages = out.trimmed().toInt();

    auto timed = [&](const QStringList& args, std::vector<double>& all) -> std::optional<double> {
        std::vector<double> samples;
        for (int run = 0; run < cfg.notmuchRuns + 1; ++run) {
            const double ms = nm.run(args);
            if (ms < 0) {
                return std::nullopt;
            }
            if (run > 0) {
                samples.push_back(ms);
            }
        }
        all.insert(all.end(), samples.begin(), samples.end());
        return percentile(samples, 50);
    };
    for (const Query& q : kQueries) {
        const QString text = QString::fromUtf8(q.notmuch);
        if (nm.run({QStringLiteral("count"), text}, &out) < 0) {
            return std::nullopt;
        }
        r.matches.push_back(out.trimmed().toInt());
        const auto search =
            timed({QStringLiteral("search"), QStringLiteral("--limit=%1").arg(kPageSize), text},
                  r.searchAll);
        const auto msgs = timed({QStringLiteral("search"), QStringLiteral("--output=messages"),
                                 QStringLiteral("--limit=%1").arg(kPageSize), text},
                                r.msgsAll);
        const auto count = timed({QStringLiteral("count"), text}, r.countAll);
        if (!search || !msgs || !count) {
            return std::nullopt;
        }
        r.searchP50.push_back(*search);
        r.msgsP50.push_back(*msgs);
        r.countP50.push_back(*count);
    }
    // The floor: start the program, open the database, run a query that matches nothing.
    for (int run = 0; run < 3 * cfg.notmuchRuns; ++run) {
        const double ms =
            nm.run({QStringLiteral("count"), QStringLiteral("id:none@bench.invalid")});
        if (ms < 0) {
            return std::nullopt;
        }
        r.floorAll.push_back(ms);
    }
    return r;
}

} // namespace postbag::bench
