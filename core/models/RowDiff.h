// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <utility>

namespace postbag::models {

// How to turn one ordered list of row ids into another with row removals and insertions only.
// Why: when sync adds mail while a list is open, the view must keep its selection, current row
// and scroll position, which a model reset destroys. Guarantees: applying `removals` (inclusive
// ranges of the old list, highest first) and then `insertions` (inclusive ranges of the new list,
// lowest first) in that order turns `before` into `after` exactly; when the rows both lists share
// are not in the same relative order (the sort key of a row changed), `reset` is true instead.
// Ids must be unique within each list.
struct RowDiff
{
    bool reset = false;
    QList<std::pair<int, int>> removals;
    QList<std::pair<int, int>> insertions;

    [[nodiscard]] static RowDiff compute(const QList<qint64>& before, const QList<qint64>& after);
};

} // namespace postbag::models
