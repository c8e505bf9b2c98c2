// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The notmuch side of the store benchmark: notmuch run as the program a user or front end runs.
#include "store_bench_common.h"
#include "store_mailgen.h"

#include <optional>
#include <vector>

namespace postbag::bench {

struct NotmuchResult
{
    double newS = 0;
    qint64 indexBytes = 0;
    int messages = 0;
    std::vector<int> matches;
    std::vector<double> searchP50, msgsP50, countP50; // per query, ms
    std::vector<double> searchAll, msgsAll, countAll, floorAll;
};

[[nodiscard]] bool notmuchAvailable();
[[nodiscard]] std::optional<NotmuchResult> notmuchRun(const Maildir& md, const QString& work, const Config& cfg);

} // namespace postbag::bench
