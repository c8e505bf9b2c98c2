// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/RowDiff.h"

#include <QSet>

namespace postbag::models {

namespace {

// Inclusive runs of consecutive indices of `ids` whose id is not in `keep`.
QList<std::pair<int, int>> runsMissingFrom(const QList<qint64>& ids, const QSet<qint64>& keep)
{
    QList<std::pair<int, int>> runs;
    for (int i = 0; i < int(ids.size()); ++i) {
        if (keep.contains(ids.at(i))) {
            continue;
        }
        if (!runs.isEmpty() && runs.last().second == i - 1) {
            runs.last().second = i;
        } else {
            runs.append({i, i});
        }
    }
    return runs;
}

} // namespace

RowDiff RowDiff::compute(const QList<qint64>& before, const QList<qint64>& after)
{
    const QSet<qint64> beforeSet(before.cbegin(), before.cend());
    const QSet<qint64> afterSet(after.cbegin(), after.cend());
    // The shared rows must keep their relative order, else only a reset describes the change.
    QList<qint64> sharedBefore;
    QList<qint64> sharedAfter;
    for (const qint64 id : before) {
        if (afterSet.contains(id)) {
            sharedBefore.append(id);
        }
    }
    for (const qint64 id : after) {
        if (beforeSet.contains(id)) {
            sharedAfter.append(id);
        }
    }
    RowDiff diff;
    if (sharedBefore != sharedAfter) {
        diff.reset = true;
        return diff;
    }
    diff.removals = runsMissingFrom(before, afterSet);
    std::reverse(diff.removals.begin(), diff.removals.end());
    diff.insertions = runsMissingFrom(after, beforeSet);
    return diff;
}

} // namespace postbag::models
