// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <algorithm>

// How the side-by-side benchmarks (bench_sync, bench_send) sum up repeated runs, in one place so
// that their tables read alike.
namespace postbag::bench {

// The median of run times; 0 when there is none.
[[nodiscard]] inline double medianOf(QList<double> seconds)
{
    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    return n == 0 ? 0 : (n % 2 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2);
}

// "1.234 (3)" or "~12.3 (1)": a median, "~" when any run was extrapolated, and how many runs.
[[nodiscard]] inline QString medianText(double median, qsizetype runs, bool estimated)
{
    const QString v =
        median < 10 ? QString::number(median, 'f', 3) : QString::number(median, 'f', 1);
    return (estimated ? QStringLiteral("~") : QString()) + v + QStringLiteral(" (%1)").arg(runs);
}

} // namespace postbag::bench
