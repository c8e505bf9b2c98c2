// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync job when things go wrong: a server that drops mid-sync, one that breaks under
// pipelining, and a full disk. Nothing may be lost, duplicated or deleted from the server early.
#include "ScriptedSync.h"
#include "SyncFixture.h"
#include "tests/support/UnsyncedCommits.h"

#include <optional>

using namespace postbag;
using namespace postbag::testing;
using namespace Qt::Literals::StringLiterals;

class tst_SyncJobFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverDropsMidSyncNothingLostNothingDuplicated()
    {
        ScriptedPop3Server server;
        Pop3Script first = Pop3Script::parse(opening(false));
        first.expect("RETR 1");
        first = retrAnswer(first, 1);
        first.expect("RETR 2");
        first = retrAnswer(first, 2);
        first.expect("RETR 3").line("+OK").send("Subject: message 3\r\n\r\nhalf of it").close();
        server.addConnection(first);
        Pop3Script second = Pop3Script::parse(opening(false));
        for (int i = 3; i <= 5; ++i) {
            second.expect("RETR " + QByteArray::number(i));
            second = retrAnswer(second, i);
        }
        second.expect("QUIT").line("+OK");
        server.addConnection(second);

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("drop"));
        const auto broken = f.run(scripted(server, account, inbox));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error->code, ErrorCode::UnexpectedEnd);
        QCOMPARE(broken.downloaded, 2); // the complete ones are kept
        QCOMPARE(f.countIn(inbox), 2);
        const auto resumed = f.run(scripted(server, account, inbox));
        QVERIFY2(resumed.ok(), qPrintable(server.transcript()));
        QCOMPARE(resumed.newOnServer, 3);
        QCOMPARE(resumed.downloaded, 3);
        QCOMPARE(f.countIn(inbox), 5);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    // Ids outside RFC 1939's range (8-bit bytes) still name one message each: both are
    // downloaded once, and recognised on the next sync (they used to be left on the server).
    void uidlsOutsideTheRfcRangeAreStillIdentities()
    {
        const auto listing = [](Pop3Script s) {
            s.line("+OK ready").expect("CAPA").line("+OK").line("USER").line("UIDL").line(".");
            s.expect("USER u").line("+OK").expect("PASS p").line("+OK");
            s.expect("CAPA").line("+OK").line("USER").line("UIDL").line(".");
            s.expect("STAT").line("+OK 2 200").expect("UIDL").line("+OK");
            s.send("1 caf\xe9\r\n2 \xfc\xe9\r\n").line(".");
            return s;
        };
        ScriptedPop3Server server;
        Pop3Script first = listing({});
        first.expect("LIST")
            .line("+OK")
            .line("1 " + QByteArray::number(message(1).size()))
            .line("2 " + QByteArray::number(message(2).size()))
            .line(".");
        first.expect("RETR 1");
        first = retrAnswer(first, 1);
        first.expect("RETR 2");
        first = retrAnswer(first, 2);
        server.addConnection(first.expect("QUIT").line("+OK"));
        server.addConnection(listing({}).expect("QUIT").line("+OK"));
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("odd"));
        const auto r = f.run(scripted(server, account, inbox));
        QVERIFY2(r.ok(), qPrintable(server.transcript()));
        QCOMPARE(r.downloaded, 2);
        QCOMPARE(r.skipped.total(), 0);
        const auto again = f.run(scripted(server, account, inbox));
        QVERIFY2(again.ok(), qPrintable(server.transcript()));
        QCOMPARE(again.newOnServer, 0);
        QCOMPARE(f.countIn(inbox), 2);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aMessageThatVanishedIsLookedForAgainInTheSameListing()
    {
        // Message 3 is gone when RETR asks for it (another client deleted it meanwhile): the sync
        // succeeds with it skipped, and must not remember this listing as fully recorded, or the
        // next check of the same listing would never fetch it.
        ScriptedPop3Server server;
        Pop3Script first = Pop3Script::parse(opening(false));
        for (int i = 1; i <= 5; ++i) {
            first.expect("RETR " + QByteArray::number(i));
            first = i == 3 ? first.line("-ERR no such message") : retrAnswer(first, i);
        }
        first.expect("QUIT").line("+OK");
        server.addConnection(first);
        Pop3Script second = Pop3Script::parse(opening(false));
        second.expect("RETR 3");
        second = retrAnswer(second, 3);
        second.expect("QUIT").line("+OK");
        server.addConnection(second);

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("vanish"));
        const auto skipped = f.run(scripted(server, account, inbox));
        QVERIFY2(skipped.ok(), qPrintable(server.transcript()));
        QCOMPARE(skipped.skipped.refused, 1);
        QCOMPARE(skipped.downloaded, 4);
        const auto again = f.run(scripted(server, account, inbox));
        QVERIFY2(again.ok(), qPrintable(server.transcript()));
        QVERIFY(!again.listingRecognised);
        QCOMPARE(again.newOnServer, 1);
        QCOMPARE(again.downloaded, 1);
        QCOMPARE(f.countIn(inbox), 5);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void brokenPipeliningIsRetriedOneCommandAtATime()
    {
        ScriptedPop3Server server;
        Pop3Script first = Pop3Script::parse(opening(true));
        for (int i = 1; i <= 5; ++i)
            first.expect("RETR " + QByteArray::number(i)); // all five arrive before any answer
        first = retrAnswer(first, 1);
        first.send("\x01\x02 the server lost track\r\n").expectClose();
        server.addConnection(first);
        Pop3Script second = Pop3Script::parse(opening(false));
        for (int i = 2; i <= 5; ++i) {
            second.expect("RETR " + QByteArray::number(i));
            second = retrAnswer(second, i);
        }
        second.expect("QUIT").line("+OK");
        server.addConnection(second);

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("pipe"));
        QList<sync::SyncProgress> progress;
        const auto r = f.run(scripted(server, account, inbox), &progress);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toLogString() + u'\n' + server.transcript() : QString()));
        QVERIFY(r.pipeliningRetried);
        QCOMPARE(r.newOnServer, 5); // the one stored before the retry was new too
        QCOMPARE(r.downloaded, 5);
        // The retry's progress counts what is left (4 messages), never past its totals.
        QVERIFY(!progress.isEmpty());
        for (const sync::SyncProgress& p : std::as_const(progress)) {
            QVERIFY2(p.current <= p.total, qPrintable(u"%1 of %2"_s.arg(p.current).arg(p.total)));
            QVERIFY2(p.bytes <= p.totalBytes,
                     qPrintable(u"%1 of %2 bytes"_s.arg(p.bytes).arg(p.totalBytes)));
        }
        QCOMPARE(progress.constLast().current, 4);
        QCOMPARE(progress.constLast().total, 4);
        QCOMPARE(f.countIn(inbox), 5);
        QTRY_VERIFY(server.isDone());
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aSlowLinkGetsTheWholeFetchWindowInFlight()
    {
        // On a long round trip the download is as fast as the RETRs outstanding: this server
        // answers none until all 600 have arrived, which a window of 256 would never send.
        constexpr int kCount = 600;
        ScriptedPop3Server server;
        Pop3Script script = Pop3Script::parse(opening(true, kCount));
        for (int i = 1; i <= kCount; ++i)
            script.expect("RETR " + QByteArray::number(i));
        for (int i = 1; i <= kCount; ++i)
            script = retrAnswer(script, i);
        script.expect("QUIT").line("+OK");
        server.addConnection(script);

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("window"));
        sync::SyncRequest request = scripted(server, account, inbox);
        request.login.responseTimeoutMs = 5000;
        const auto r = f.run(request);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toLogString() + u'\n' + server.transcript()
                                            : QString()));
        QCOMPARE(r.downloaded, kCount);
        QCOMPARE(f.countIn(inbox), kCount);
        QTRY_VERIFY(server.isDone());
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void capaStatAndUidlShareARoundTrip()
    {
        // The CAPA after login is answered only once STAT and UIDL have arrived too: one round
        // trip for the three, and the LOGIN-DELAY it announces still reaches the report.
        ScriptedPop3Server server;
        Pop3Script script = Pop3Script::parse(opening(true, 1, true));
        script.expect("RETR 1");
        script = retrAnswer(script, 1);
        script.expect("QUIT").line("+OK");
        server.addConnection(script);

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("together"));
        sync::SyncRequest request = scripted(server, account, inbox);
        request.login.responseTimeoutMs = 5000;
        const auto r = f.run(request);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toLogString() + u'\n' + server.transcript()
                                            : QString()));
        QCOMPARE(r.downloaded, 1);
        QCOMPARE(r.loginDelaySeconds, 900);
        QTRY_VERIFY(server.isDone());
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void serverWithoutUidlIsIdentifiedByHeaders()
    {
        // No UIDL: TOP n 0 gives each message an identity from its header block, so the second
        // sync recognises everything and fetches nothing.
        auto noUidl = [](bool fetch) {
            QString s = QStringLiteral("S: +OK old server\nC: CAPA\nS: -ERR what\nC: USER u\nS: +OK\nC: PASS p\nS: +OK\n"
                                       "C: CAPA\nS: -ERR what\nC: STAT\nS: +OK 3 300\nC: UIDL\nS: -ERR unknown command\n");
            Pop3Script script = Pop3Script::parse(s);
            for (int i = 1; i <= 3; ++i) {
                const QByteArray m = message(i);
                script.expect("TOP " + QByteArray::number(i) + " 0").line("+OK").send(m.left(m.indexOf("\r\n\r\n") + 4)).line(".");
            }
            if (fetch) {
                script.expect("LIST").line("+OK");
                for (int i = 1; i <= 3; ++i)
                    script.line(QByteArray::number(i) + ' ' + QByteArray::number(message(i).size()));
                script.line(".");
                for (int i = 1; i <= 3; ++i) {
                    script.expect("RETR " + QByteArray::number(i));
                    script = retrAnswer(script, i);
                }
            }
            return script.expect("QUIT").line("+OK");
        };
        ScriptedPop3Server server;
        server.addConnection(noUidl(true));
        server.addConnection(noUidl(false));
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("old"));
        const auto first = f.run(scripted(server, account, inbox));
        QVERIFY2(first.ok(), qPrintable(first.error ? first.error->toLogString() + u'\n' + server.transcript() : QString()));
        QCOMPARE(first.downloaded, 3);
        const auto second = f.run(scripted(server, account, inbox));
        QVERIFY2(second.ok(), qPrintable(server.transcript()));
        QCOMPARE(second.newOnServer, 0);
        QCOMPARE(f.countIn(inbox), 3);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aServerWithoutUidlAndTopGetsWholeMessagesWhateverTheSizeLimit_data()
    {
        QTest::addColumn<QString>("capa");
        QTest::addRow("CAPA without TOP") << u"S: +OK\nS: USER\nS: .\n"_s;
        QTest::addRow("no CAPA") << u"S: -ERR what\n"_s;
    }

    void aServerWithoutUidlAndTopGetsWholeMessagesWhateverTheSizeLimit()
    {
        // Without TOP a message cannot be fetched headers first, and without UIDL its identity
        // is its bytes: whatever its size it comes whole, not "skipped" sync after sync.
        QFETCH(QString, capa);
        QString s = u"S: +OK old server\nC: CAPA\n"_s + capa +
                    u"C: USER u\nS: +OK\nC: PASS p\nS: +OK\nC: CAPA\n"_s + capa +
                    u"C: STAT\nS: +OK 2 200\nC: UIDL\nS: -ERR unknown command\n"
                    "C: TOP 1 0\nS: -ERR unknown command\nC: TOP 2 0\nS: -ERR unknown command\n"_s;
        Pop3Script script = Pop3Script::parse(s);
        script.expect("LIST").line("+OK");
        for (int i = 1; i <= 2; ++i)
            script.line(QByteArray::number(i) + ' ' + QByteArray::number(message(i).size()));
        script.line(".");
        for (int i = 1; i <= 2; ++i) {
            script.expect("RETR " + QByteArray::number(i));
            script = retrAnswer(script, i);
        }
        script.expect("QUIT").line("+OK");
        ScriptedPop3Server server;
        server.addConnection(script);
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("older"));
        auto request = scripted(server, account, inbox);
        request.sizeLimitBytes = 10;
        const auto r = f.run(request);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toLogString() + u'\n' + server.transcript()
                                            : QString()));
        QCOMPARE(r.downloaded, 2);
        QCOMPARE(r.headersOnly, 0);
        QCOMPARE(r.skipped.total(), 0);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aRefusedUidlFromAServerThatListsItIsAFailureNotANewIdentity()
    {
        // CAPA says UIDL, yet UIDL gets -ERR this once: identifying every message by TOP
        // instead would give them all new identities and download the mailbox again.
        QString s = opening(false, 2);
        s = s.left(s.indexOf(u"C: UIDL\n"_s)) + u"C: UIDL\nS: -ERR try again later\n"_s;
        Pop3Script script = Pop3Script::parse(s);
        ScriptedPop3Server server;
        server.addConnection(script);
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("refused"));
        const auto r = f.run(scripted(server, account, inbox));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, ErrorCode::ServerRejected);
        QCOMPARE(r.downloaded, 0);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aSizeLimitWhereTopIsMissingOrRefused_data()
    {
        QTest::addColumn<QString>("capa");
        QTest::addColumn<QByteArray>("topAnswer"); // empty: TOP is not sent
        QTest::addColumn<bool>("retr");
        // Headers first needs TOP: without it a large message comes whole, not "skipped" on
        // every sync (and never deleted, and the listing never remembered).
        QTest::addRow("CAPA without TOP")
            << u"S: +OK\nS: USER\nS: UIDL\nS: .\n"_s << QByteArray() << true;
        QTest::addRow("no CAPA, TOP refused")
            << u"S: -ERR what\n"_s << QByteArray("-ERR unknown command") << true;
        // A server with TOP refused it once: the size limit still keeps the body out, and the
        // message waits for the next sync.
        QTest::addRow("CAPA with TOP, refused once")
            << u"S: +OK\nS: USER\nS: UIDL\nS: TOP\nS: .\n"_s
            << QByteArray("-ERR [SYS/TEMP] try later") << false;
    }

    void aSizeLimitWhereTopIsMissingOrRefused()
    {
        QFETCH(QString, capa);
        QFETCH(QByteArray, topAnswer);
        QFETCH(bool, retr);
        QString s = u"S: +OK old server\nC: CAPA\n"_s + capa +
                    u"C: USER u\nS: +OK\nC: PASS p\nS: +OK\nC: CAPA\n"_s + capa +
                    u"C: STAT\nS: +OK 1 100\nC: UIDL\nS: +OK\nS: 1 uid-1\nS: .\n"_s;
        Pop3Script script = Pop3Script::parse(s);
        script.expect("LIST")
            .line("+OK")
            .line("1 " + QByteArray::number(message(1).size()))
            .line(".");
        if (!topAnswer.isEmpty())
            script.expect("TOP 1 0").line(topAnswer);
        if (retr) {
            script.expect("RETR 1");
            script = retrAnswer(script, 1);
        }
        script.expect("QUIT").line("+OK");
        ScriptedPop3Server server;
        server.addConnection(script);
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("notop"));
        auto request = scripted(server, account, inbox);
        request.sizeLimitBytes = 10;
        const auto r = f.run(request);
        QVERIFY2(r.ok(), qPrintable(server.transcript()));
        QCOMPARE(r.downloaded, retr ? 1 : 0);
        QCOMPARE(r.headersOnly, 0);
        QCOMPARE(r.skipped.refused, retr ? 0 : 1);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    // Bodies asked for that a successful sync could not fetch are named in its report (the reader
    // says so): one the server no longer lists, one it refuses to send.
    void bodiesTheServerNoLongerHasAreReported()
    {
        ScriptedPop3Server server;
        const QString script =
            opening(false, 1) +
            u"C: RETR 1\nS: -ERR no such message\nC: QUIT\nS: +OK bye\n!close\n"_s;
        server.addConnection(Pop3Script::parse(script));
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("gone"));
        sync::SyncRequest request = scripted(server, account, inbox);
        request.completeBodies = {{QStringLiteral("uid-1"), 11}, {QStringLiteral("uid-9"), 19}};
        const auto r = f.run(request);
        QVERIFY2(r.ok(), qPrintable(server.transcript()));
        QCOMPARE(r.completed, 0);
        QCOMPARE(r.skipped.refused, 1);
        QCOMPARE(r.bodiesUnavailable, (QList<qint64>{11, 19}));
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    // The rest of a headers-only message is stored like every message, by the writer's thread:
    // while another connection holds the profile's write lock, the sync thread goes on (other
    // accounts, the socket) and the body is written once the lock is free. Stored on the sync
    // thread, the job would wait out the busy timeout there and fail.
    void aBodyAskedForIsStoredOffTheSyncThread()
    {
        ScriptedPop3Server server;
        const QString script = opening(false, 1) + u"C: RETR 1\n"_s;
        Pop3Script s = retrAnswer(Pop3Script::parse(script), 1);
        server.addConnection(s.expect("QUIT").line("+OK"));
        store::Database::Options options;
        options.busyTimeoutMs = 30000; // longer than any wait below
        SyncFixture f;
        QVERIFY(f.open(options));
        auto [account, inbox] = f.addAccount(QStringLiteral("busy"));
        store::NewMessage headers;
        headers.accountId = account;
        headers.folderId = inbox;
        headers.uidl = QStringLiteral("uid-1");
        headers.raw = message(1).left(message(1).indexOf("\r\n\r\n") + 4);
        headers.headersOnly = true;
        const auto stored = store::MessageStore(*f.db).insert(headers);
        QVERIFY(stored.ok());
        auto other = store::Database::open(f.db->path(), options);
        QVERIFY(other.ok());

        sync::SyncRequest request = scripted(server, account, inbox);
        request.completeBodies.insert(QStringLiteral("uid-1"), stored->id);
        sync::SyncJob job(*f.db, SyncFixture::transports(), request);
        std::optional<sync::SyncReport> report;
        bool locked = false;
        bool fetched = false;
        connect(&job, &sync::SyncJob::finished, this,
                [&report](const sync::SyncReport& r) { report = r; });
        connect(&job, &sync::SyncJob::progress, this, [&](const sync::SyncProgress& p) {
            if (p.phase == sync::SyncPhase::Fetching && !locked)
                locked = other.value()->execute(QStringLiteral("BEGIN IMMEDIATE")).ok();
            fetched = fetched || p.current == 1;
        });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(fetched, 10000);
        QVERIFY(locked);
        QVERIFY(!report.has_value()); // waiting for the store, not failed by it
        QVERIFY(store::MessageStore(*f.db).summary(stored->id).value().headersOnly);
        QVERIFY(other.value()->execute(QStringLiteral("ROLLBACK")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000);
        QVERIFY2(report->ok(), qPrintable(server.transcript()));
        QCOMPARE(report->completed, 1);
        QCOMPARE(report->downloaded, 0);
        QVERIFY(job.pendingCompletions().isEmpty());
        QCOMPARE(store::MessageStore(*f.db).raw(stored->id).value(), message(1));
        QVERIFY(!store::MessageStore(*f.db).summary(stored->id).value().headersOnly);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aLoginRefusedForLoginDelayReportsTheAnnouncedDelay()
    {
        ScriptedPop3Server server;
        server.addConnection(
            Pop3Script::parse(u"S: +OK ready\n"
                              "C: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: LOGIN-DELAY 900\nS: .\n"
                              "C: USER u\nS: +OK\n"
                              "C: PASS p\nS: -ERR [LOGIN-DELAY] wait a quarter of an hour\n"));
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("delay"));
        const auto r = f.run(scripted(server, account, inbox));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, ErrorCode::LoginDelay);
        QCOMPARE(r.loginDelaySeconds, 900); // SyncManager waits that long, not a minute
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aServerThatHangsUpWhileTheClientWaitsForTheStoreIsAFailureNotACrash()
    {
        // Message 1 fills the fetch window's bytes on its own, so nothing else is asked for until
        // it is stored; meanwhile the server hangs up with no command outstanding. The next RETR
        // then fails at once, inside the call that asks for it.
        QByteArray big = "Subject: big\r\nMessage-ID: <big@example.org>\r\n\r\n";
        while (big.size() < 17 * 1024 * 1024)
            big += QByteArray(76, 'x') + "\r\n";
        const QString listing = QStringLiteral("S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: .\n"
                                               "C: USER u\nS: +OK\nC: PASS p\nS: +OK\n"
                                               "C: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: .\n"
                                               "C: STAT\nS: +OK 2 %1\nC: UIDL\nS: +OK\nS: 1 uid-1\n"
                                               "S: 2 uid-2\nS: .\nC: LIST\nS: +OK\nS: 1 %2\nS: 2 %3\nS: .\n")
                                    .arg(big.size() + message(2).size())
                                    .arg(big.size())
                                    .arg(message(2).size());
        ScriptedPop3Server server;
        Pop3Script first = Pop3Script::parse(listing);
        first.expect("RETR 1").line("+OK").send(big).line(".").close();
        server.addConnection(first);

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("hang-up"));
        const auto r = f.run(scripted(server, account, inbox));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, ErrorCode::ConnectionClosed);
        QCOMPARE(r.downloaded, 1);
        QCOMPARE(f.countIn(inbox), 1);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void noDeleUntilTheWritersOwnCommitsAreDurable()
    {
        // The writer's connection does not sync each commit (the job's does), and a reader holding
        // an old snapshot keeps a checkpoint from finishing: both messages are committed but not
        // durable, so nothing may be deleted. A check of the job's own connection would pass.
        ScriptedPop3Server server;
        Pop3Script script = Pop3Script::parse(opening(false, 2));
        for (int i = 1; i <= 2; ++i)
            script = retrAnswer(script.expect("RETR " + QByteArray::number(i)), i);
        server.addConnection(script.expectClose());
        SyncFixture f;
        store::Database::Options options;
        options.busyTimeoutMs = 100;
        QVERIFY(f.open(options));
        const UnsyncedCommits unsynced; // from here on: the writer's connection, not the job's
        auto [account, inbox] = f.addAccount(QStringLiteral("durable"));
        auto reader = store::Database::open(f.db->path());
        QVERIFY(reader.ok());
        QVERIFY(reader.value()->execute(QStringLiteral("BEGIN")).ok());
        QVERIFY(reader.value()->scalar(QStringLiteral("SELECT count(*) FROM messages")).ok());
        auto request = scripted(server, account, inbox);
        request.policy = sync::DeletionPolicy{false, 0, false};
        const auto r = f.run(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, ErrorKind::Storage);
        QCOMPARE(r.deletionsRequested, 0);
        QTRY_VERIFY(server.isDone());
        for (const QByteArray& line : server.receivedLines())
            QVERIFY2(!line.startsWith("DELE"), qPrintable(server.transcript()));
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
        QVERIFY(reader.value()->execute(QStringLiteral("ROLLBACK")).ok());
    }

    void fullDiskStopsWithAClearErrorAndNoDele()
    {
        DovecotServer dovecot;
        QVERIFY(dovecot.addUser(QStringLiteral("full"), QStringLiteral("pw-full")));
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        for (int i = 1; i <= 40; ++i) {
            QByteArray body;
            for (int l = 0; l < 800; ++l)
                body += QByteArray::number(qint64(i) * 1000003 * (l + 7), 36) + QByteArray::number(l * 7919 + i, 16) + "\r\n";
            QVERIFY(dovecot.deliver(QStringLiteral("full"), "Subject: big " + QByteArray::number(i) +
                                                                "\r\nMessage-ID: <big" + QByteArray::number(i) + "@x>\r\n\r\n" + body));
        }
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("full"));
        // The "disk" holds a few more pages than the empty store: SQLite's own quota, which the
        // sync's writer connection opens with too.
        const qint64 pages = f.db->scalar(QStringLiteral("PRAGMA page_count")).value().toLongLong();
        QVERIFY(f.db->setPageLimit(pages + 60).ok());
        auto request = f.request(dovecot, QStringLiteral("full"), account, inbox, {false, 0, false});
        request.batchMessages = 5;
        const auto r = f.run(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, ErrorCode::DiskFull);
        QCOMPARE(r.deletionsRequested, 0);
        QCOMPARE(dovecot.messagesOnServer(QStringLiteral("full")).size(), 40); // nothing deleted
        const int kept = f.countIn(inbox);
        QVERIFY(kept < 40);
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
        // Space again: the rest arrives once, then the server is emptied.
        QVERIFY(f.db->setPageLimit(0).ok());
        const auto again = f.run(request);
        QVERIFY2(again.ok(), again.error ? qPrintable(again.error->toLogString()) : "");
        QCOMPARE(again.downloaded, 40 - kept);
        QCOMPARE(f.countIn(inbox), 40);
        QCOMPARE(dovecot.messagesOnServer(QStringLiteral("full")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SyncJobFaults)
#include "tst_SyncJobFaults.moc"
