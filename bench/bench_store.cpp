// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The local store benchmark: ingest, size, search, list paging and counters of the SQLite store,
// side by side with notmuch indexing the very same bytes from a Maildir. Two corpora: the
// SpamAssassin public corpus (mboxrd, 6,046 messages) and a generated mailbox of 100,000 messages
// replicated from it. `--smoke` runs a few hundred generated messages without notmuch, for ctest;
// `--store FILE` only times the queries on a store left by an earlier `--keep` run.
#include "core/intake/MessageRecord.h"
#include "core/mime/MessageParser.h"
#include "core/store/AccountStore.h"
#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageSearch.h"
#include "core/store/MessageStore.h"
#include "core/store/SearchQuery.h"
#include "store_bench_common.h"
#include "store_mailgen.h"
#include "store_notmuch.h"
#include "store_queries.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

using namespace postbag;
using namespace postbag::bench;

namespace {

// ---------------------------------------------------------------------------------------------
// Postbag

struct PostbagIngest
{
    int messages = 0, duplicates = 0;
    double wallS = 0, readS = 0, parseS = 0, mapS = 0, storeS = 0;
    qint64 dbOpenBytes = 0;   // db + wal + shm right after the last commit
    qint64 dbClosedBytes = 0; // db (+ any wal) after close, which checkpoints the WAL
};

std::optional<PostbagIngest> postbagIngest(const Maildir& md, const QString& dbPath)
{
    PostbagIngest r;
    QElapsedTimer wall;
    wall.start();
    {
        auto db = store::Database::open(dbPath);
        if (!db) {
            fail("open", db.error());
            return std::nullopt;
        }
        auto account = store::AccountStore(*db.value()).create(QStringLiteral("bench"));
        if (!account) {
            fail("account", account.error());
            return std::nullopt;
        }
        store::MessageStore messages(*db.value());
        const QDateTime received0(QDate(2006, 1, 1), QTime(0, 0), Qt::UTC);
        QList<store::NewMessage> batch;
        batch.reserve(500);
        auto flush = [&]() -> bool {
            QElapsedTimer t;
            t.start();
            const auto inserted = messages.insertBatch(batch);
            r.storeS += msSince(t) / 1e3;
            if (!inserted) {
                fail("insertBatch", inserted.error());
                return false;
            }
            for (const store::Inserted& i : inserted.value()) {
                r.duplicates += i.duplicate ? 1 : 0;
            }
            batch.clear();
            return true;
        };
        for (int i = 0; i < md.entries.size(); ++i) {
            const MaildirEntry& e = md.entries.at(i);
            QElapsedTimer t;
            t.start();
            QFile f(e.path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "bench_store: cannot read %s\n", qPrintable(e.path));
                return std::nullopt;
            }
            QByteArray raw = f.readAll();
            r.readS += msSince(t) / 1e3;
            t.restart();
            intake::Origin origin;
            origin.accountId = account->id;
            origin.folderId = account->inboxId;
            origin.receivedAt = received0.addSecs(i);
            const mime::ParsedMessage parsed = mime::MessageParser::parse(raw, origin.receivedAt);
            r.parseS += msSince(t) / 1e3;
            t.restart();
            store::NewMessage m = intake::toNewMessage(parsed, std::move(raw), origin);
            m.seen = e.seen;
            batch.append(std::move(m));
            r.mapS += msSince(t) / 1e3;
            if (batch.size() == 500 && !flush()) {
                return std::nullopt;
            }
            ++r.messages;
        }
        if (!batch.isEmpty() && !flush()) {
            return std::nullopt;
        }
        r.wallS = msSince(wall) / 1e3;
        r.dbOpenBytes = fileSize(dbPath) + fileSize(dbPath + QStringLiteral("-wal")) +
                        fileSize(dbPath + QStringLiteral("-shm"));
    }
    r.dbClosedBytes = fileSize(dbPath) + fileSize(dbPath + QStringLiteral("-wal"));
    return r;
}

// ---------------------------------------------------------------------------------------------
// Report

struct Target
{
    QString text;
    bool met;
};

QString ratio(double ours, double theirs, bool higherIsBetter)
{
    if (ours <= 0 || theirs <= 0) {
        return QStringLiteral("-");
    }
    return QString::number(higherIsBetter ? ours / theirs : theirs / ours, 'f', 2) + u'x';
}

void row(const char* label, const QString& pb, const QString& nm, const QString& r)
{
    std::printf("  %-34s %16s %16s %9s\n", label, qPrintable(pb), qPrintable(nm), qPrintable(r));
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1) + QStringLiteral(" ms");
}

bool runCorpus(const QString& title, const Maildir& md, const QString& work, const Config& cfg,
               bool large, std::vector<Target>& targets)
{
    const QString dbPath = work + QStringLiteral("/postbag.sqlite");
    std::fprintf(stderr, "bench_store: %s: postbag ingest of %lld messages...\n", qPrintable(title),
                 qint64(md.entries.size()));
    const auto ingest = postbagIngest(md, dbPath);
    if (!ingest) {
        return false;
    }
    std::optional<NotmuchResult> nm;
    if (cfg.notmuch) {
        std::fprintf(stderr, "bench_store: %s: notmuch new...\n", qPrintable(title));
        nm = notmuchRun(md, work, cfg);
        if (!nm) {
            return false;
        }
    }
    std::fprintf(stderr, "bench_store: %s: postbag queries...\n", qPrintable(title));
    const auto pq = postbagQueries(dbPath, cfg);
    if (!pq) {
        return false;
    }

    const double rawMB = double(md.rawBytes) / 1e6;
    const int n = int(md.entries.size());
    std::printf("\n== %s: %d messages, %.1f MB raw ==\n", qPrintable(title), n, rawMB);
    std::printf("  %-34s %16s %16s %9s\n", "", "postbag", "notmuch", "pb adv.");
    const double pbRate = n / ingest->wallS;
    const double nmRate = nm ? n / nm->newS : 0;
    row("ingest wall time", QString::number(ingest->wallS, 'f', 1) + QStringLiteral(" s"),
        nm ? QString::number(nm->newS, 'f', 1) + QStringLiteral(" s") : QStringLiteral("-"),
        nm ? ratio(ingest->wallS, nm->newS, false) : QStringLiteral("-"));
    row("ingest messages/s", QString::number(pbRate, 'f', 0),
        nm ? QString::number(nmRate, 'f', 0) : QStringLiteral("-"),
        nm ? ratio(pbRate, nmRate, true) : QStringLiteral("-"));
    row("ingest MB/s", QString::number(rawMB / ingest->wallS, 'f', 2),
        nm ? QString::number(rawMB / nm->newS, 'f', 2) : QStringLiteral("-"),
        nm ? ratio(rawMB / ingest->wallS, rawMB / nm->newS, true) : QStringLiteral("-"));
    row("messages in store / index",
        QString::number(n - ingest->duplicates) + QStringLiteral(" (") +
            QString::number(ingest->duplicates) + QStringLiteral(" dup)"),
        nm ? QString::number(nm->messages) : QStringLiteral("-"), QString());
    row("store: db+wal open / closed (MB)",
        QString::number(double(ingest->dbOpenBytes) / 1e6, 'f', 1) + QStringLiteral(" / ") +
            QString::number(double(ingest->dbClosedBytes) / 1e6, 'f', 1),
        nm ? mb(nm->indexBytes) + QStringLiteral(" idx") : QStringLiteral("-"), QString());
    const double pbSize = double(ingest->dbClosedBytes) / double(md.rawBytes);
    const double nmSize = nm ? double(md.rawBytes + nm->indexBytes) / double(md.rawBytes) : 0;
    row("on disk / raw (nm: mail + index)", QString::number(pbSize, 'f', 2) + u'x',
        nm ? QString::number(nmSize, 'f', 2) + u'x' : QStringLiteral("-"),
        nm ? ratio(pbSize, nmSize, false) : QStringLiteral("-"));
    const double pbP50 = percentile(pq->all, 50), pbP95 = percentile(pq->all, 95);
    const double nmP50 = nm ? percentile(nm->searchAll, 50) : 0;
    const double nmP95 = nm ? percentile(nm->searchAll, 95) : 0;
    const double floorP50 = nm ? percentile(nm->floorAll, 50) : 0;
    row("search p50, first page of 50", ms(pbP50), nm ? ms(nmP50) : QStringLiteral("-"),
        nm ? ratio(pbP50, nmP50, false) : QStringLiteral("-"));
    row("search p95, first page of 50", ms(pbP95), nm ? ms(nmP95) : QStringLiteral("-"),
        nm ? ratio(pbP95, nmP95, false) : QStringLiteral("-"));
    row("  postbag search CPU p50 / p95",
        ms(percentile(pq->cpuAll, 50)) + u'/' + ms(percentile(pq->cpuAll, 95)).chopped(3),
        QString(), QString());
    if (nm) {
        row("  notmuch --output=messages p50/p95", QString(),
            ms(percentile(nm->msgsAll, 50)) + u'/' + ms(percentile(nm->msgsAll, 95)).chopped(3),
            QString());
        row("  notmuch count p50/p95", QString(),
            ms(percentile(nm->countAll, 50)) + u'/' + ms(percentile(nm->countAll, 95)).chopped(3),
            QString());
        row("  notmuch process+open floor p50", QString(), ms(floorP50), QString());
        row("  notmuch search p95 minus floor", QString(), ms(std::max(0.0, nmP95 - floorP50)),
            ratio(pbP95, nmP95 - floorP50, false));
    }
    row("list page (50) p50 / p95", ms(percentile(pq->pageAll, 50)),
        ms(percentile(pq->pageAll, 95)), QString());
    row("list page max", ms(*std::max_element(pq->pageAll.begin(), pq->pageAll.end())), QString(),
        QString());
    row("unread counts() p50 / p95", ms(percentile(pq->counts, 50)), ms(percentile(pq->counts, 95)),
        QString());
    row("folder list p50 / p95", ms(percentile(pq->folders, 50)), ms(percentile(pq->folders, 95)),
        QString());
    std::printf(
        "  (list rows: p50 / p95 columns, postbag only; notmuch has no folders or paging)\n");

    std::printf("\n  ingest breakdown (postbag, s): read %.2f  parse %.2f  map %.2f  "
                "store insertBatch %.2f  (batches of 500, WAL, synchronous=FULL)\n",
                ingest->readS, ingest->parseS, ingest->mapS, ingest->storeS);

    std::printf("\n  %-2s %-11s %-42s %-40s %7s %7s %9s %9s %9s %9s %9s\n", "#", "kind",
                "postbag query", "notmuch query", "pb hits", "nm hits", "pb p50", "pb cpu",
                "nm srch", "nm msgs", "nm count");
    for (int i = 0; i < kQueryCount; ++i) {
        std::printf("  %-2d %-11s %-42s %-40s %7d %7s %9.2f %9.2f %9s %9s %9s\n", i + 1,
                    kQueries[i].kind, kQueries[i].postbag, kQueries[i].notmuch,
                    pq->matches[size_t(i)],
                    nm ? qPrintable(QString::number(nm->matches[size_t(i)])) : "-",
                    pq->p50[size_t(i)], pq->cpuP50[size_t(i)],
                    nm ? qPrintable(QString::number(nm->searchP50[size_t(i)], 'f', 2)) : "-",
                    nm ? qPrintable(QString::number(nm->msgsP50[size_t(i)], 'f', 2)) : "-",
                    nm ? qPrintable(QString::number(nm->countP50[size_t(i)], 'f', 2)) : "-");
    }
    std::printf(
        "  (p50 in ms over %d warm runs; postbag = parse + MessageSearch::search(limit 50) in "
        "process, rows with summaries and snippets, wall and process CPU time; nm srch = `notmuch "
        "search --limit=50` "
        "(50 threads, summary text), nm msgs = `--output=messages --limit=50`, nm count = "
        "`notmuch count`: whole processes incl. start-up and database open, %d warm runs)\n",
        cfg.runs, cfg.notmuchRuns);

    static const char* const kKeys[] = {"date", "received", "subject", "from", "size"};
    std::printf(
        "\n  list page p50 (ms)   desc: start    middle    end   |  asc: start    middle    end\n");
    for (int k = 0; k < 5; ++k) {
        std::printf("  %-18s %12.2f %9.2f %7.2f  | %11.2f %9.2f %7.2f\n", kKeys[k],
                    pq->pageP50[k][0][0], pq->pageP50[k][0][1], pq->pageP50[k][0][2],
                    pq->pageP50[k][1][0], pq->pageP50[k][1][1], pq->pageP50[k][1][2]);
    }

    const QString tag = u'[' + title + u']';
    if (nm) {
        targets.push_back(
            {tag + QStringLiteral(" ingest at least as fast as notmuch: %1 vs %2 msg/s")
                       .arg(pbRate, 0, 'f', 0)
                       .arg(nmRate, 0, 'f', 0),
             pbRate >= nmRate});
        targets.push_back({tag + QStringLiteral(" search p95 at most notmuch's: %1 vs %2 ms "
                                                "(notmuch minus process floor: %3 ms)")
                                     .arg(pbP95, 0, 'f', 2)
                                     .arg(nmP95, 0, 'f', 2)
                                     .arg(std::max(0.0, nmP95 - floorP50), 0, 'f', 2),
                           pbP95 <= nmP95});
    }
    if (large) {
        targets.push_back(
            {tag + QStringLiteral(" search p95 under 30 ms: %1 ms").arg(pbP95, 0, 'f', 2),
             pbP95 < 30});
        const double pageP95 = percentile(pq->pageAll, 95);
        const double pageMax = *std::max_element(pq->pageAll.begin(), pq->pageAll.end());
        targets.push_back({tag + QStringLiteral(" list page under 5 ms: p95 %1 ms, max %2 ms")
                                     .arg(pageP95, 0, 'f', 2)
                                     .arg(pageMax, 0, 'f', 2),
                           pageP95 < 5});
    }
    targets.push_back({tag + QStringLiteral(" store under 1.5x raw: %1x (%2 for %3)")
                                 .arg(pbSize, 0, 'f', 2)
                                 .arg(mb(ingest->dbClosedBytes), mb(md.rawBytes)),
                       pbSize < 1.5});
    return true;
}

// --store: the postbag query figures of an existing store, for iterating on search without
// generating, ingesting and indexing again.
int queriesOnly(const Config& cfg)
{
    const auto pq = postbagQueries(cfg.storePath, cfg);
    if (!pq) {
        return 1;
    }
    std::printf("\n== existing store %s ==\n", qPrintable(cfg.storePath));
    std::printf("  search p50 / p95 / max, first page of 50: %s / %s / %s (CPU %s / %s / %s)\n",
                qPrintable(ms(percentile(pq->all, 50))), qPrintable(ms(percentile(pq->all, 95))),
                qPrintable(ms(*std::max_element(pq->all.begin(), pq->all.end()))),
                qPrintable(ms(percentile(pq->cpuAll, 50))),
                qPrintable(ms(percentile(pq->cpuAll, 95))),
                qPrintable(ms(*std::max_element(pq->cpuAll.begin(), pq->cpuAll.end()))));
    std::printf("  list page (50) p50 / p95 / max: %s / %s / %s\n",
                qPrintable(ms(percentile(pq->pageAll, 50))),
                qPrintable(ms(percentile(pq->pageAll, 95))),
                qPrintable(ms(*std::max_element(pq->pageAll.begin(), pq->pageAll.end()))));
    for (int i = 0; i < kQueryCount; ++i) {
        std::printf("  %-2d %-42s %7d hits %9.2f ms p50 %9.2f ms CPU\n", i + 1, kQueries[i].postbag,
                    pq->matches[size_t(i)], pq->p50[size_t(i)], pq->cpuP50[size_t(i)]);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Config cfg;
    cfg.corpusDir = qEnvironmentVariable("POSTBAG_CORPUS");
    if (cfg.corpusDir.isEmpty()) {
        cfg.corpusDir = QStringLiteral(POSTBAG_SOURCE_DIR "/../shared/corpus");
    }
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == u"--smoke") {
            cfg.smoke = true;
        } else if (a == u"--no-notmuch") {
            cfg.notmuch = false;
        } else if (a == u"--no-corpus-run") {
            cfg.corpusRun = false;
        } else if (a == u"--keep") {
            cfg.keep = true;
        } else if (a == u"--count" && !next.isEmpty()) {
            cfg.count = next.toInt();
            ++i;
        } else if (a == u"--runs" && !next.isEmpty()) {
            cfg.runs = std::max(1, next.toInt());
            cfg.notmuchRuns = std::max(1, cfg.runs / 2);
            ++i;
        } else if (a == u"--corpus" && !next.isEmpty()) {
            cfg.corpusDir = next;
            ++i;
        } else if (a == u"--work" && !next.isEmpty()) {
            cfg.workDir = next;
            ++i;
        } else if (a == u"--rank-window" && !next.isEmpty()) {
            cfg.rankWindow = next.toInt();
            ++i;
        } else if (a == u"--store" && !next.isEmpty()) {
            cfg.storePath = next;
            ++i;
        } else {
            std::fprintf(stderr,
                         "usage: bench_store [--smoke] [--count N] [--runs N] [--corpus DIR] "
                         "[--work DIR] [--keep] [--no-notmuch] [--no-corpus-run] "
                         "[--store FILE] [--rank-window N]\n");
            return 2;
        }
    }
    if (!cfg.storePath.isEmpty()) {
        return queriesOnly(cfg);
    }
    if (cfg.smoke) {
        cfg.count = 300;
        cfg.runs = 2;
        cfg.notmuch = false;
        cfg.corpusRun = false;
    }
    if (cfg.notmuch && !notmuchAvailable()) {
        std::fprintf(stderr, "bench_store: notmuch not found; running without it\n");
        cfg.notmuch = false;
    }

    const QString mbox = cfg.corpusDir + QStringLiteral("/spamassassin-public-corpus.mboxrd.gz");
    QList<QByteArray> seeds;
    bool fromCorpus = false;
    if (QFileInfo::exists(mbox)) {
        seeds = loadMboxrdGz(mbox);
        fromCorpus = !seeds.isEmpty();
    }
    if (!fromCorpus) {
        if (!cfg.smoke) {
            std::fprintf(stderr, "bench_store: %s missing or unreadable (set POSTBAG_CORPUS)\n",
                         qPrintable(mbox));
            return 1;
        }
        seeds = builtinSeeds();
        cfg.corpusRun = false;
    }

    std::optional<QTemporaryDir> tmp;
    QString work = cfg.workDir;
    if (work.isEmpty()) {
        tmp.emplace(QDir::tempPath() + QStringLiteral("/postbag-bench-store-XXXXXX"));
        if (!tmp->isValid()) {
            std::fprintf(stderr, "bench_store: cannot create a work directory\n");
            return 1;
        }
        tmp->setAutoRemove(!cfg.keep);
        work = tmp->path();
    } else if (!QDir().mkpath(work)) {
        return 1;
    }

    std::printf("Postbag local store vs notmuch %s\n",
                cfg.notmuch ? "(notmuch new / search / count as processes, TZ=UTC)"
                            : "(notmuch not run)");
    std::printf("seeds: %lld messages from %s%s\n", qint64(seeds.size()),
                fromCorpus ? qPrintable(QFileInfo(mbox).fileName()) : "built-in samples",
                cfg.smoke ? "; --smoke: figures are not meaningful" : "");

    std::vector<Target> targets;
    if (cfg.corpusRun) {
        const QString dir = work + QStringLiteral("/spamassassin");
        const Maildir md = writeMaildir(dir + QStringLiteral("/Maildir"), seeds);
        if (md.root.isEmpty() ||
            !runCorpus(QStringLiteral("SpamAssassin corpus"), md, dir, cfg, false, targets)) {
            return 1;
        }
        if (!cfg.keep) {
            QDir(dir).removeRecursively();
        }
    }
    {
        const QString dir = work + QStringLiteral("/generated");
        std::fprintf(stderr, "bench_store: writing %d generated messages...\n", cfg.count);
        const Maildir md = generateMaildir(dir + QStringLiteral("/Maildir"), seeds, cfg.count);
        if (md.root.isEmpty()) {
            std::fprintf(stderr, "bench_store: cannot write the generated Maildir\n");
            return 1;
        }
        const QString title = QStringLiteral("generated %1").arg(cfg.count);
        if (!runCorpus(title, md, dir, cfg, !cfg.smoke, targets)) {
            return 1;
        }
        if (!cfg.keep) {
            QDir(dir).removeRecursively();
        }
    }

    std::printf("\nTargets%s\n", cfg.smoke ? " (--smoke: not evaluated)" : "");
    for (const Target& t : targets) {
        std::printf("  %-8s %s\n", cfg.smoke ? "-" : (t.met ? "met" : "NOT met"),
                    qPrintable(t.text));
    }
    return 0;
}
