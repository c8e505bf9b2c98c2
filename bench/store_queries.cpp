// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_queries.h"

#include "core/store/AccountStore.h"
#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageSearch.h"
#include "core/store/MessageStore.h"
#include "core/store/SearchQuery.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

namespace postbag::bench {

std::optional<PostbagQueries> postbagQueries(const QString& dbPath, const Config& cfg)
{
    auto db = store::Database::open(dbPath);
    if (!db) {
        fail("open", db.error());
        return std::nullopt;
    }
    auto accounts = store::AccountStore(*db.value()).list();
    if (!accounts || accounts->isEmpty()) {
        std::fprintf(stderr, "bench_store: no account in the store\n");
        return std::nullopt;
    }
    const qint64 inbox = accounts->constFirst().inboxId;
    store::MessageSearch search(*db.value());
    store::MessageStore messages(*db.value());
    store::FolderStore folders(*db.value());
    store::MessageSearch::Options options;
    options.zone = QTimeZone::utc();
    options.now = QDateTime(QDate(2006, 1, 1), QTime(0, 0), Qt::UTC);
    if (cfg.rankWindow >= 0) {
        options.rankWindow = cfg.rankWindow;
    }

    PostbagQueries r;
    for (const Query& q : kQueries) {
        const QString text = QString::fromUtf8(q.postbag);
        const auto everything =
            search.search(store::SearchQuery::parse(text), 0, 10000000, options);
        if (!everything) {
            fail("search", everything.error());
            return std::nullopt;
        }
        r.matches.push_back(int(everything->size()));
        std::vector<double> samples, cpu;
        for (int run = 0; run < cfg.runs + 1; ++run) { // the first run only warms up
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuMs();
            const auto hits = search.search(store::SearchQuery::parse(text), 0, kPageSize, options);
            const double ms = msSince(t);
            if (!hits) {
                fail("search", hits.error());
                return std::nullopt;
            }
            if (run > 0) {
                samples.push_back(ms);
                cpu.push_back(cpuMs() - cpu0);
            }
        }
        r.p50.push_back(percentile(samples, 50));
        r.all.insert(r.all.end(), samples.begin(), samples.end());
        r.cpuP50.push_back(percentile(cpu, 50));
        r.cpuAll.insert(r.cpuAll.end(), cpu.begin(), cpu.end());
    }

    const auto c = messages.counts(inbox);
    if (!c) {
        fail("counts", c.error());
        return std::nullopt;
    }
    const int total = int(c->total);
    const int offsets[3] = {0, std::max(0, total / 2 - kPageSize / 2),
                            std::max(0, total - kPageSize)};
    const store::SortKey keys[5] = {store::SortKey::Date, store::SortKey::Received,
                                    store::SortKey::Subject, store::SortKey::From,
                                    store::SortKey::Size};
    // Self-check on small folders: consecutive pages give exactly the one-shot order.
    for (int k = 0; k < 5 && total <= 5000; ++k) {
        for (int o = 0; o < 2; ++o) {
            const Qt::SortOrder order = o == 0 ? Qt::DescendingOrder : Qt::AscendingOrder;
            const auto whole = messages.page(inbox, keys[k], order, 0, total);
            QList<qint64> paged, expected;
            for (int off = 0; off < total; off += kPageSize) {
                const auto page = messages.page(inbox, keys[k], order, off, kPageSize);
                for (const store::MessageSummary& m : page.value()) {
                    paged.append(m.id);
                }
            }
            for (const store::MessageSummary& m : whole.value()) {
                expected.append(m.id);
            }
            if (paged != expected || expected.size() != total) {
                std::fprintf(stderr, "bench_store: paging is inconsistent (key %d)\n", k);
                return std::nullopt;
            }
        }
    }
    for (int k = 0; k < 5; ++k) {
        for (int o = 0; o < 2; ++o) {
            for (int p = 0; p < 3; ++p) {
                std::vector<double> samples;
                for (int run = 0; run < cfg.runs + 1; ++run) {
                    QElapsedTimer t;
                    t.start();
                    const auto page = messages.page(
                        inbox, keys[k], o == 0 ? Qt::DescendingOrder : Qt::AscendingOrder,
                        offsets[p], kPageSize);
                    const double ms = msSince(t);
                    if (!page || page->size() != std::min(kPageSize, total)) {
                        std::fprintf(stderr, "bench_store: page failed or short\n");
                        return std::nullopt;
                    }
                    if (run > 0) {
                        samples.push_back(ms);
                    }
                }
                r.pageP50[k][o][p] = percentile(samples, 50);
                r.pageAll.insert(r.pageAll.end(), samples.begin(), samples.end());
            }
        }
    }
    for (int run = 0; run < 10 * cfg.runs; ++run) {
        QElapsedTimer t;
        t.start();
        const auto counts = messages.counts(inbox);
        r.counts.push_back(msSince(t));
        t.restart();
        const auto list = folders.list();
        r.folders.push_back(msSince(t));
        if (!counts || !list) {
            std::fprintf(stderr, "bench_store: counts or folder list failed\n");
            return std::nullopt;
        }
    }
    return r;
}

} // namespace postbag::bench
