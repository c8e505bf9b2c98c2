// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/DeletionPolicy.h"

#include <QTest>

using namespace postbag;
using namespace postbag::sync;

Q_DECLARE_METATYPE(postbag::sync::DeletionPolicy)

namespace {
const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

// One stored message of each kind the policy must tell apart.
QList<store::UidlEntry> stored()
{
    auto entry = [](const char* uidl, qint64 message, int ageDays, bool deletedLocally,
                    bool headersOnly, bool removedBefore = false) {
        store::UidlEntry e;
        e.removedFromServer = removedBefore;
        e.uidl = QString::fromLatin1(uidl);
        e.messageId = message;
        e.downloadedAt = kNow.addDays(-ageDays);
        e.deletedLocally = deletedLocally;
        e.headersOnly = headersOnly;
        return e;
    };
    return {
        entry("fresh", 1, 1, false, false),
        entry("old", 2, 30, false, false),
        entry("deleted-here", 0, 1, true, false),
        entry("old-deleted-here", 0, 30, true, false),
        entry("headers-only-old", 5, 30, false, true),
        entry("not-on-server", 6, 30, false, false),
        entry("seen-without-message", 0, 30, false, false),
        entry("exactly-7-days", 8, 7, false, false),
        // Deleted from the server by an earlier sync and listed again (a reused UIDL).
        entry("removed-and-listed-again", 9, 30, true, false, true),
    };
}
const QSet<QString> kOnServer{QStringLiteral("fresh"),
                              QStringLiteral("old"),
                              QStringLiteral("deleted-here"),
                              QStringLiteral("old-deleted-here"),
                              QStringLiteral("headers-only-old"),
                              QStringLiteral("seen-without-message"),
                              QStringLiteral("exactly-7-days"),
                              QStringLiteral("never-downloaded"),
                              QStringLiteral("removed-and-listed-again")};
} // namespace

class tst_DeletionPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<DeletionPolicy>("policy");
        QTest::addColumn<QStringList>("expected");
        auto list = [](std::initializer_list<const char*> l) {
            QStringList out;
            for (const char* s : l)
                out.append(QString::fromLatin1(s));
            return out;
        };
        QTest::newRow("leave, keep forever") << DeletionPolicy{true, 0, false} << QStringList();
        QTest::newRow("delete after download")
            << DeletionPolicy{false, 0, false}
            << list({"fresh", "old", "deleted-here", "old-deleted-here", "exactly-7-days"});
        QTest::newRow("leave, 7 days")
            << DeletionPolicy{true, 7, false} << list({"old", "old-deleted-here", "exactly-7-days"});
        QTest::newRow("leave, deleted locally")
            << DeletionPolicy{true, 0, true} << list({"deleted-here", "old-deleted-here"});
        QTest::newRow("leave, 7 days or deleted locally")
            << DeletionPolicy{true, 7, true}
            << list({"old", "deleted-here", "old-deleted-here", "exactly-7-days"});
        QTest::newRow("leave, 60 days") << DeletionPolicy{true, 60, false} << QStringList();
    }
    void matrix()
    {
        QFETCH(DeletionPolicy, policy);
        QFETCH(QStringList, expected);
        QCOMPARE(uidlsToDelete(policy, stored(), kOnServer, kNow), expected);
    }

    void keepsEverythingExactlyWhenNoRuleCanDelete()
    {
        // The sync skips the policy (and its store query) only when the matrix says "nothing".
        QVERIFY((DeletionPolicy{true, 0, false}.keepsEverything()));
        QVERIFY(uidlsToDelete({true, 0, false}, stored(), kOnServer, kNow).isEmpty());
        QVERIFY(!(DeletionPolicy{false, 0, false}.keepsEverything()));
        QVERIFY(!(DeletionPolicy{true, 7, false}.keepsEverything()));
        QVERIFY(!(DeletionPolicy{true, 0, true}.keepsEverything()));
    }

    void neverDeletesWhatTheStoreDoesNotHold()
    {
        // Whatever the policy, a UIDL the store has no record of is never a candidate.
        for (const DeletionPolicy& p : {DeletionPolicy{false, 0, false}, DeletionPolicy{true, 1, true}}) {
            const QStringList out = uidlsToDelete(p, stored(), kOnServer, kNow);
            QVERIFY(!out.contains(QStringLiteral("never-downloaded")));
            QVERIFY(!out.contains(QStringLiteral("headers-only-old")));
            QVERIFY(!out.contains(QStringLiteral("seen-without-message")));
            QVERIFY(!out.contains(QStringLiteral("not-on-server")));
            QVERIFY(!out.contains(QStringLiteral("removed-and-listed-again")));
        }
    }
};

QTEST_GUILESS_MAIN(tst_DeletionPolicy)
#include "tst_DeletionPolicy.moc"
