// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncPolicy.h"

#include <QTest>

using namespace postbag;
using namespace postbag::sync;

class tst_SyncPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<int>("code"); // -1: success
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("loginDelay"); // -1: none
        QTest::addColumn<int>("waitSecs");   // -1: wait for the user
        QTest::newRow("success waits the interval") << -1 << 0 << 10 << -1 << 600;
        QTest::newRow("success, manual only") << -1 << 0 << 0 << -1 << -2;
        QTest::newRow("success, LOGIN-DELAY longer than interval") << -1 << 0 << 5 << 900 << 900;
        QTest::newRow("success, manual only, LOGIN-DELAY") << -1 << 0 << 0 << 900 << -2;
        QTest::newRow("in-use, first") << int(ErrorCode::MailboxInUse) << 1 << 10 << -1 << 60;
        QTest::newRow("in-use, third") << int(ErrorCode::MailboxInUse) << 3 << 10 << -1 << 240;
        QTest::newRow("sys/temp capped by interval") << int(ErrorCode::ServerTemporary) << 6 << 10 << -1 << 600;
        QTest::newRow("timeout capped at an hour") << int(ErrorCode::ResponseTimeout) << 20 << 0 << -1 << 3600;
        QTest::newRow("login-delay respected") << int(ErrorCode::LoginDelay) << 1 << 10 << 900 << 900;
        QTest::newRow("disk full retried") << int(ErrorCode::DiskFull) << 1 << 10 << -1 << 60;
        QTest::newRow("wrong password waits for the user") << int(ErrorCode::WrongCredentials) << 1 << 10 << -1 << -1;
        QTest::newRow("untrusted certificate waits") << int(ErrorCode::CertificateUntrusted) << 1 << 10 << -1 << -1;
        QTest::newRow("no STLS waits") << int(ErrorCode::StlsUnavailable) << 1 << 10 << -1 << -1;
        QTest::newRow("cancelled keeps the schedule") << int(ErrorCode::Cancelled) << 0 << 10 << -1 << 600;
    }
    void table()
    {
        QFETCH(int, code);
        QFETCH(int, failures);
        QFETCH(int, interval);
        QFETCH(int, loginDelay);
        QFETCH(int, waitSecs);
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
        std::optional<Error> error;
        if (code >= 0)
            error = Error::make(ErrorCode(code));
        const RetryDecision d = nextAttempt(error, failures, interval,
                                            loginDelay >= 0 ? std::optional<int>(loginDelay) : std::nullopt, now);
        if (waitSecs == -1) {
            QVERIFY(d.needsUser);
            QVERIFY(!d.next);
        } else if (waitSecs == -2) {
            QVERIFY(!d.needsUser);
            QVERIFY(!d.next);
        } else {
            QVERIFY(!d.needsUser);
            QVERIFY(d.next.has_value());
            QCOMPARE(now.secsTo(*d.next), qint64(waitSecs));
        }
    }

    // The schedule asks the user exactly for the errors the one classification (Error::recovery)
    // says need the user, and backs off for every other one, temporary ones included.
    void theScheduleFollowsTheErrorsOwnClassification()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
        for (int c = 0; c <= int(ErrorCode::Cancelled); ++c) {
            const Error e = Error::make(ErrorCode(c));
            if (e.code == ErrorCode::Cancelled)
                continue;
            const RetryDecision d = nextAttempt(e, 1, 10, std::nullopt, now);
            QVERIFY2(d.needsUser == e.needsUser(), qPrintable(e.codeName()));
            QVERIFY2(d.next.has_value() != e.needsUser(), qPrintable(e.codeName()));
            QVERIFY2(!(e.isTemporary() && e.needsUser()), qPrintable(e.codeName()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SyncPolicy)
#include "tst_SyncPolicy.moc"
