// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/RowDiff.h"

#include <QTest>

using postbag::models::RowDiff;
using Ids = QList<qint64>;

// Applying a RowDiff to `before` must give exactly `after`, for every kind of change.
class tst_RowDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<Ids>("before");
        QTest::addColumn<Ids>("after");
        QTest::addColumn<bool>("reset");
        QTest::newRow("same") << Ids{1, 2, 3} << Ids{1, 2, 3} << false;
        QTest::newRow("new mail on top") << Ids{5, 4, 3} << Ids{8, 7, 5, 4, 3} << false;
        QTest::newRow("inserted in the middle") << Ids{5, 4, 3} << Ids{5, 9, 4, 3, 1} << false;
        QTest::newRow("removed") << Ids{5, 4, 3, 2, 1} << Ids{5, 2} << false;
        QTest::newRow("both") << Ids{5, 4, 3, 2, 1} << Ids{9, 5, 3, 7, 1, 0} << false;
        QTest::newRow("from empty") << Ids{} << Ids{1, 2} << false;
        QTest::newRow("to empty") << Ids{1, 2} << Ids{} << false;
        QTest::newRow("reordered") << Ids{1, 2, 3} << Ids{3, 2, 1} << true;
    }

    void apply()
    {
        QFETCH(Ids, before);
        QFETCH(Ids, after);
        QFETCH(bool, reset);
        const RowDiff diff = RowDiff::compute(before, after);
        QCOMPARE(diff.reset, reset);
        if (reset) {
            return;
        }
        Ids rows = before;
        for (const auto& [first, last] : diff.removals) {
            rows.remove(first, last - first + 1);
        }
        for (const auto& [first, last] : diff.insertions) {
            for (int i = first; i <= last; ++i) {
                rows.insert(i, after.at(i));
            }
        }
        QCOMPARE(rows, after);
    }
};

QTEST_GUILESS_MAIN(tst_RowDiff)
#include "tst_RowDiff.moc"
