// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store_bench_common.h"

#include <QString>
#include <optional>
#include <vector>

namespace postbag::bench {

// Times the fixed search queries, folder list pages, counters and the folder list on a built
// store: the read side of the store benchmark, also run alone on a kept store (`--store FILE`).
struct PostbagQueries
{
    std::vector<int> matches;            // all matches (one untimed run without a page limit)
    std::vector<double> p50;             // per query, ms
    std::vector<double> all;             // every timed run, ms
    std::vector<double> cpuP50, cpuAll;  // the same in process CPU time (less load-dependent)
    std::vector<double> pageAll;         // every page() call, ms
    double pageP50[5][2][3] = {};        // key, order (desc, asc), offset (start, middle, end)
    std::vector<double> counts, folders; // counts(), FolderStore::list(), ms
};

[[nodiscard]] std::optional<PostbagQueries> postbagQueries(const QString& dbPath,
                                                           const Config& cfg);

} // namespace postbag::bench
