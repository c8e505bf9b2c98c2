// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Downloading a mailbox, side by side (issue 5): `postbag sync`, fetchmail, getmail6 and the
// protocol floor, from a private Dovecot, plain and TLS, on loopback and through a relay that adds
// 20 ms and 100 ms of round trip; then the nothing-new check. Every contender is a child process
// timed from spawn to exit, with its peak RSS; every run's messages are counted.
//   bench_sync [--quick] [--sizes 2000,10000] [--no-corpus] [--rtts 0,20,100] [--reps 3]
//              [--relay-reps 2] [--peer-reps 1] [--peer-limit 30] [--getmail-limit 45]
//              [--nothing-new-reps 5] [--tools floor,postbag,fetchmail,getmail]
// fetchmail runs --reps times on loopback; through a relay, and getmail everywhere, --peer-reps
// times, each stopped after --peer-limit (getmail on loopback: --getmail-limit) seconds and
// extrapolated from what arrived: they wait for every reply, so their time is linear in N.
// Progress goes to stderr, the tables to stdout. bench/run-sync-bench runs it for real.
#include "store_mailgen.h"
#include "sync_floor.h"
#include "sync_mailboxes.h"
#include "sync_options.h"
#include "sync_relay.h"
#include "sync_report.h"
#include "sync_warm.h"
#include "tests/support/DovecotServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace postbag;
using namespace postbag::bench;

namespace {

void progress(const QString& text)
{
    std::fprintf(stderr, "[%s] %s\n",
                 qPrintable(QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss"))),
                 qPrintable(text));
    std::fflush(stderr);
}

QString describe(const Outcome& o, int messages)
{
    if (!o.ok())
        return o.error.simplified().left(200);
    return QStringLiteral("%1 s%2, %3 MB")
        .arg(o.seconds(messages), 0, 'f', 3)
        .arg(o.estimated() ? QStringLiteral(" (estimated, %1 arrived)").arg(o.arrived) : QString())
        .arg(double(o.run.peakRssKb) / 1024, 0, 'f', 1);
}

QString corpusPath()
{
    const QByteArray env = qgetenv("POSTBAG_CORPUS");
    const QString dir = env.isEmpty() ? QStringLiteral(POSTBAG_SOURCE_DIR "/../shared/corpus")
                                      : QString::fromLocal8Bit(env);
    return dir + QStringLiteral("/spamassassin-public-corpus.mboxrd.gz");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--floor-client") == 0)
        return runFloorClient(app.arguments().mid(2));
    const Options opt = parseOptions(app.arguments());

    QTemporaryDir scratch;
    testing::DovecotServer dovecot;
    if (!scratch.isValid() || !dovecot.start()) {
        std::fprintf(stderr, "cannot start Dovecot: %s\n", qPrintable(dovecot.errorString()));
        return 1;
    }
    const QString certPath = scratch.filePath(QStringLiteral("server.pem"));
    {
        QFile f(certPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(dovecot.certificatePem()) < 0)
            return 1;
    }

    progress(QStringLiteral("filling the mailboxes"));
    QList<QByteArray> corpus;
    if (opt.corpus || !opt.quick)
        corpus = loadMboxrdGz(corpusPath());
    if (corpus.isEmpty() && opt.corpus) {
        std::fprintf(stderr, "the SpamAssassin corpus is missing (%s); use --no-corpus\n",
                     qPrintable(corpusPath()));
        return 1;
    }
    const QList<QByteArray> seeds = corpus.isEmpty() ? builtinSeeds() : corpus;
    MailboxFiller filler(dovecot, scratch.path());
    QList<Dataset> datasets;
    QString error;
    for (int n : opt.sizes) {
        Dataset d;
        if (!filler.addGenerated(QStringLiteral("gen-%1").arg(n), seeds, n, &d, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        datasets.append(d);
    }
    if (opt.corpus) {
        Dataset d;
        if (!filler.addMessages(QStringLiteral("spamassassin"), corpus, &d, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        datasets.append(d);
    }

    RelayHost relays;
    QHash<int, QPair<quint16, quint16>> ports;                    // rtt → (plain, tls)
    ports[0] = qMakePair(dovecot.plainPort(), dovecot.tlsPort()); // also for the warm-up
    for (int rtt : opt.rtts) {
        if (rtt > 0)
            ports[rtt] =
                qMakePair(relays.add(dovecot.plainPort(), rtt), relays.add(dovecot.tlsPort(), rtt));
    }
    Contenders contenders(app.applicationFilePath(), QStringLiteral(POSTBAG_EXECUTABLE),
                          scratch.path());
    auto enabled = [&](Tool tool) {
        return contenders.available(tool) && opt.tools.contains(QLatin1String(toolName(tool)));
    };
    auto mailbox = [&](const Dataset& d, bool tls, int rtt) {
        Mailbox m;
        m.port = tls ? ports[rtt].second : ports[rtt].first;
        m.tls = tls;
        m.pinSha256Hex = QString::fromLatin1(dovecot.certificateSha256().toHex());
        m.certificatePath = certPath;
        m.user = d.user;
        m.password = QStringLiteral("pw");
        m.messages = d.messages;
        return m;
    };
    // Dovecot builds its index of a mailbox on first access: not something to time.
    for (const Dataset& d : std::as_const(datasets)) {
        const Outcome warm = contenders.download(Tool::Floor, mailbox(d, false, 0), 600);
        if (!warm.ok()) {
            std::fprintf(stderr, "warm-up of %s failed: %s\n", qPrintable(d.label),
                         qPrintable(warm.error));
            return 1;
        }
    }

    // Every timed run starts with the server's files in the page cache (see warmFiles).
    auto settle = [&] { (void)warmFiles(dovecot.directory()); };
    QList<Row> rows;
    for (int rtt : opt.rtts) {
        for (bool tls : {false, true}) {
            for (const Dataset& d : std::as_const(datasets)) {
                Row row{d.label, d.messages, d.bytes, tls, rtt, {}};
                const Mailbox box = mailbox(d, tls, rtt);
                auto reps = [&](Tool tool) {
                    if (tool == Tool::Getmail || (tool == Tool::Fetchmail && rtt > 0))
                        return opt.peerReps;
                    return rtt == 0 ? opt.reps : opt.relayReps;
                };
                auto limit = [&](Tool tool) {
                    if (tool == Tool::Getmail)
                        return rtt > 0 ? opt.peerLimit : opt.getmailLimit;
                    return tool == Tool::Fetchmail && rtt > 0 ? opt.peerLimit : 1800.0;
                };
                for (int rep = 0; rep < std::max({opt.reps, opt.relayReps, opt.peerReps}); ++rep) {
                    for (Tool tool : kTools) {
                        Cell& cell = row.cells[tool];
                        cell.skipped = !enabled(tool);
                        if (cell.skipped || rep >= reps(tool) || !cell.error.isEmpty())
                            continue;
                        settle();
                        const Outcome o = contenders.download(tool, box, limit(tool));
                        cell.add(o, d.messages);
                        progress(
                            QStringLiteral("%1 %2 %3 ms %4 run %5: %6")
                                .arg(d.label, tls ? QStringLiteral("tls") : QStringLiteral("plain"))
                                .arg(rtt)
                                .arg(QLatin1String(toolName(tool)))
                                .arg(rep + 1)
                                .arg(describe(o, d.messages)));
                    }
                }
                rows.append(row);
            }
        }
    }

    // The nothing-new check on the largest generated mailbox, loopback.
    QList<Row> idle;
    const auto largest = std::max_element(
        datasets.cbegin(), datasets.cend(), [](const Dataset& a, const Dataset& b) {
            return !a.label.startsWith(QStringLiteral("gen-")) ||
                   (b.label.startsWith(QStringLiteral("gen-")) && a.messages < b.messages);
        });
    for (bool tls : {false, true}) {
        Row row{largest->label, largest->messages, largest->bytes, tls, 0, {}};
        const Mailbox box = mailbox(*largest, tls, 0);
        QHash<Tool, QString> state;
        for (Tool tool : {Tool::Postbag, Tool::Fetchmail}) {
            Cell& cell = row.cells[tool];
            cell.skipped = !enabled(tool);
            if (cell.skipped)
                continue;
            state[tool] = scratch.filePath(
                QStringLiteral("idle-%1-%2").arg(QLatin1String(toolName(tool))).arg(tls));
            QDir().mkpath(state[tool]);
            progress(QStringLiteral("nothing new: first download by %1 (%2)")
                         .arg(QLatin1String(toolName(tool)),
                              tls ? QStringLiteral("tls") : QStringLiteral("plain")));
            cell.error = contenders.prepareNothingNew(tool, box, state[tool]);
        }
        for (int rep = 0; rep < opt.nothingNewReps; ++rep) {
            for (Tool tool : {Tool::Postbag, Tool::Fetchmail}) {
                Cell& cell = row.cells[tool];
                if (cell.skipped || !cell.error.isEmpty())
                    continue;
                settle();
                const Outcome o = contenders.checkNothingNew(tool, box, state[tool]);
                cell.add(o, 0);
                progress(
                    QStringLiteral("nothing new %1 %2 run %3: %4")
                        .arg(tls ? QStringLiteral("tls") : QStringLiteral("plain"),
                             QLatin1String(toolName(tool)))
                        .arg(rep + 1)
                        .arg(o.ok() ? QString::number(o.run.seconds, 'f', 3) + QStringLiteral(" s")
                                    : o.error));
            }
        }
        idle.append(row);
    }

    std::printf(
        "Sync benchmark, Dovecot on 127.0.0.1 (relays for RTT > 0 in the benchmark process).\n"
        "Runs per figure: %d on loopback (fetchmail too); through a relay %d for postbag and the "
        "floor.\n"
        "Slow peers: %d run(s) of getmail everywhere and of fetchmail through a relay, stopped "
        "after\n"
        "%.0f s (getmail on loopback: %.0f s) and extrapolated from the messages that had arrived "
        "(~):\n"
        "they wait for each reply, so their time is linear in N.\n"
        "fetchmail: -a -k --bsmtp FILE (no MDA process per message), getmail6: Maildir, "
        "read_all.\n",
        opt.reps, opt.relayReps, opt.peerReps, opt.peerLimit, opt.getmailLimit);
    Report::printDownloads(rows);
    Report::printMemory(rows);
    Report::printNothingNew(idle);
    Report::printNotes(rows + idle);
    for (const Row& r : rows + idle) {
        for (const auto& [tool, cell] : r.cells) {
            if (!cell.error.isEmpty())
                return 1;
        }
    }
    return 0;
}
