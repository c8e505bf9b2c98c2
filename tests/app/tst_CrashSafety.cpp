// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kill -9 the command-line sync at random moments of a 2,000-message download that deletes from
// the server, again and again. Nothing may be lost, nothing duplicated, the store never damaged.
// The messages have no Message-ID, so the store's content check cannot hide a second download,
// and three in every ten share a UIDL (Dovecot takes it from their X-UIDL header).
#include "PostbagProcess.h"
#include "core/store/AccountStore.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "tests/support/DovecotServer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag;
using namespace postbag::testing;

namespace {
constexpr int kMessages = 2000;
constexpr int kKills = 20;

QByteArray mail(int i)
{
    // Realistic sizes: mostly a few KB, every 50th around 100 KB.
    const int body = i % 50 == 0 ? 100000 : 1500 + (i * 37) % 4000;
    const QByteArray repeated =
        i % 10 < 3 ? QByteArray("X-UIDL: shared-" + QByteArray::number(i / 10) + "\r\n")
                   : QByteArray();
    return "From: Load <load@example.org>\r\nTo: crash@example.org\r\nSubject: crash test " +
           QByteArray::number(i) + "\r\n" + repeated + "\r\n" +
           QByteArray(body, char('a' + i % 26)) + "\r\n";
}

// Subjects in the store, with how often each occurs.
QHash<QString, int> storedIds(const QString& profile)
{
    QHash<QString, int> ids;
    auto db = store::Database::open(profile + QStringLiteral("/postbag.sqlite"));
    if (!db.ok())
        return ids;
    const auto accounts = store::AccountStore(*db.value()).list();
    for (const store::Account& a : accounts.value()) {
        const auto rows = store::MessageStore(*db.value()).page(a.inboxId, store::SortKey::Date, Qt::AscendingOrder, 0, 1000000);
        for (const store::MessageSummary& m : rows.value())
            ids[m.subject]++;
    }
    return ids;
}

QString integrity(const QString& profile)
{
    auto db = store::Database::open(profile + QStringLiteral("/postbag.sqlite"));
    if (!db.ok())
        return db.error().toLogString();
    return db.value()->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString();
}
} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedAgainAndAgainLosesAndDuplicatesNothing()
    {
        DovecotServer dovecot;
        dovecot.setReuseXUidl(true);
        QVERIFY(dovecot.addUser(QStringLiteral("crash"), QStringLiteral("pw")));
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        // Mail arrives in waves of kMessages; a new wave comes whenever the server is empty, so
        // every kill hits a sync with real work left.
        int delivered = 0;
        auto deliverWave = [&] {
            for (int i = delivered + 1; i <= delivered + kMessages; ++i) {
                if (!dovecot.deliver(QStringLiteral("crash"), mail(i)))
                    return false;
            }
            delivered += kMessages;
            return true;
        };
        QVERIFY(deliverWave());
        QTemporaryDir profile;
        const auto added = runPostbag(profile.path(), {
            QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Crash"),
            QStringLiteral("--host"), dovecot.host(), QStringLiteral("--port"), QString::number(dovecot.tlsPort()),
            QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"), QStringLiteral("crash"),
            QStringLiteral("--password-command"), QStringLiteral("echo pw"),
            QStringLiteral("--pin-sha256"), QString::fromLatin1(dovecot.certificateSha256().toHex())});
        QVERIFY2(added.exitCode == 0, added.err.constData());

        // Kill moments are random within a window that adapts: it grows while kills land before
        // anything was stored and shrinks when a sync finishes first, so over the rounds the kills
        // fall into start-up, download, batch commits, DELE and QUIT alike.
        QRandomGenerator random(20261122);
        int windowMs = 2000;
        int killedMidway = 0;
        int killedWithPartialProgress = 0;
        int previousStored = 0;
        for (int round = 0; killedMidway < kKills && round < 4 * kKills; ++round) {
            if (dovecot.messagesOnServer(QStringLiteral("crash")).isEmpty())
                QVERIFY(deliverWave());
            QProcess sync;
            sync.setProgram(QStringLiteral(POSTBAG_EXECUTABLE));
            sync.setArguments({QStringLiteral("--profile"), profile.path(), QStringLiteral("sync")});
            sync.start();
            QVERIFY(sync.waitForStarted());
            const int delayMs = 20 + int(random.bounded(windowMs));
            QElapsedTimer t;
            t.start();
            QTRY_VERIFY_WITH_TIMEOUT(t.elapsed() >= delayMs || sync.state() == QProcess::NotRunning, 60000);
            const bool killed = sync.state() != QProcess::NotRunning;
            if (killed) {
                sync.kill(); // SIGKILL: no cleanup of any kind
                ++killedMidway;
                QVERIFY(sync.waitForFinished(10000));
            } else {
                QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
            }

            // After every crash: what left the server is in the store exactly once; the store is sound.
            const QHash<QString, int> stored = storedIds(profile.path());
            QSet<QByteArray> remaining;
            for (const QByteArray& m : dovecot.messagesOnServer(QStringLiteral("crash")))
                remaining.insert(m);
            for (int i = 1; i <= delivered; ++i) {
                const QString id = QStringLiteral("crash test %1").arg(i);
                QVERIFY2(stored.value(id) <= 1, qPrintable(id + QStringLiteral(" stored twice")));
                if (!remaining.contains(mail(i)))
                    QVERIFY2(stored.value(id) == 1, qPrintable(id + QStringLiteral(" left the server but is not stored")));
            }
            QCOMPARE(integrity(profile.path()), QStringLiteral("ok"));
            const int nowStored = int(stored.size());
            if (killed && nowStored > previousStored && nowStored < delivered)
                ++killedWithPartialProgress;
            qInfo("round %d: %s after %d ms (window %d); stored %d, still on the server %d", round,
                  killed ? "killed" : "finished", delayMs, windowMs, nowStored, int(remaining.size()));
            if (!killed)
                windowMs = qMax(200, windowMs / 2);
            else if (nowStored == previousStored && nowStored < delivered)
                windowMs = qMin(60000, windowMs * 2);
            previousStored = nowStored;
        }
        QVERIFY2(killedMidway >= kKills, "every round must be able to kill a running sync");
        QVERIFY2(killedWithPartialProgress >= 3, "kills must also land in the middle of downloads");

        // A clean run finishes the job; another one finds nothing new.
        const auto final = runPostbag(profile.path(), {QStringLiteral("sync")});
        QVERIFY2(final.exitCode == 0, final.err.constData());
        QCOMPARE(dovecot.messagesOnServer(QStringLiteral("crash")).size(), 0);
        const QHash<QString, int> stored = storedIds(profile.path());
        QCOMPARE(int(stored.size()), delivered);
        for (auto it = stored.begin(); it != stored.end(); ++it)
            QCOMPARE(it.value(), 1);
        const auto again = runPostbag(profile.path(), {QStringLiteral("sync")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(int(storedIds(profile.path()).size()), delivered);
        QCOMPARE(integrity(profile.path()), QStringLiteral("ok"));
        qInfo("killed %d times while syncing, %d of them mid-download", killedMidway, killedWithPartialProgress);
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_CrashSafety.moc"
