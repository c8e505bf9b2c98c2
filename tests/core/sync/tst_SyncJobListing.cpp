// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the server lists, against the scripted server: UIDLs shared by several messages, a UIDL
// reused after its message was removed, a message larger than announced, a count no mailbox has.
// Every listed message is downloaded or reported skipped; nothing is deleted that is not stored.
#include "ScriptedSync.h"
#include "SyncFixture.h"
#include "core/store/UidlStore.h"

#include <algorithm>

using namespace postbag;
using namespace postbag::testing;
using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray headersOf(const QByteArray& message)
{
    return message.left(message.indexOf("\r\n\r\n") + 4);
}

Pop3Script topAnswers(Pop3Script s, const QList<QByteArray>& messages, int upTo)
{
    for (int i = 1; i <= upTo; ++i)
        s.expect("TOP " + QByteArray::number(i) + " 0")
            .line("+OK")
            .send(headersOf(messages.at(i - 1)))
            .line(".");
    return s;
}

Pop3Script retrOf(Pop3Script s, int number, const QByteArray& message)
{
    return s.expect("RETR " + QByteArray::number(number)).line("+OK").send(message).line(".");
}

// Same header block, different bodies, no Message-ID: two messages the store keeps apart.
QByteArray twin(const char* body)
{
    return QByteArray("Subject: same headers\r\n\r\n") + body + "\r\n";
}
} // namespace

class tst_SyncJobListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeMessagesSharingAUidlAreAllStoredOnceAndRecognisedNextTime()
    {
        const QList<QByteArray> messages{message(1), message(2), message(3), message(4)};
        const QList<QByteArray> uids{"same", "same", "same", "uid-4"};
        ScriptedPop3Server server;
        Pop3Script first = topAnswers(
            Pop3Script::parse(QString(untilUidl(false, 4) + uidlLines(uids))), messages, 3);
        first.append(Pop3Script::parse(listLines(messages)));
        for (int i = 1; i <= 4; ++i)
            first = retrOf(first, i, messages.at(i - 1));
        server.addConnection(first.expect("QUIT").line("+OK"));
        // The next sync tells them apart again, finds all of them stored and fetches nothing.
        Pop3Script second = topAnswers(
            Pop3Script::parse(QString(untilUidl(false, 4) + uidlLines(uids))), messages, 3);
        server.addConnection(second.expect("QUIT").line("+OK"));

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("repeats"));
        const auto r = f.run(scripted(server, account, inbox));
        QVERIFY2(r.ok(), qPrintable(server.transcript()));
        QCOMPARE(r.onServer, 4);
        QCOMPARE(r.downloaded, 4);
        QCOMPARE(r.repeatedUidls, 3);
        QCOMPARE(r.skipped.total(), 0);
        QCOMPARE(r.keptOnServer, 4);
        QCOMPARE(f.countIn(inbox), 4);
        const auto again = f.run(scripted(server, account, inbox));
        QVERIFY2(again.ok(), qPrintable(server.transcript()));
        QCOMPARE(again.newOnServer, 0);
        QCOMPARE(again.downloaded, 0);
        QCOMPARE(again.repeatedUidls, 3);
        QCOMPARE(f.countIn(inbox), 4);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void messagesTheirHeadersCannotTellApartAreDeletedOnlyOnceAllAreStored()
    {
        // 1 and 2 share the UIDL and the header block; 3 shares only the UIDL. The first sync
        // cannot get 2: 1 and 2 are not certain to be which, so only 3 is deleted. Once 2 is
        // stored too, both go.
        const QList<QByteArray> messages{twin("first"), twin("second"), message(3)};
        const QList<QByteArray> uids{"dup", "dup", "dup"};
        ScriptedPop3Server server;
        Pop3Script first = topAnswers(
            Pop3Script::parse(QString(untilUidl(false, 3) + uidlLines(uids))), messages, 3);
        first.append(Pop3Script::parse(listLines(messages)));
        first = retrOf(first, 1, messages.at(0));
        first.expect("RETR 2").line("-ERR try later");
        first = retrOf(first, 3, messages.at(2));
        server.addConnection(first.expect("DELE 3").line("+OK").expect("QUIT").line("+OK"));
        const QList<QByteArray> left{messages.at(0), messages.at(1)};
        Pop3Script second = topAnswers(
            Pop3Script::parse(QString(untilUidl(false, 2) + uidlLines({"dup", "dup"}))), left, 2);
        second.append(Pop3Script::parse(listLines(left)));
        second = retrOf(second, 2, messages.at(1));
        server.addConnection(
            second.expect("DELE 1").line("+OK").expect("DELE 2").line("+OK").expect("QUIT").line(
                "+OK"));

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("twins"));
        auto request = scripted(server, account, inbox);
        request.policy = sync::DeletionPolicy{false, 0, false};
        const auto r = f.run(request);
        QVERIFY2(r.ok(), qPrintable(server.transcript()));
        QCOMPARE(r.downloaded, 2);
        QCOMPARE(r.skipped.refused, 1);
        QCOMPARE(r.deletionsRequested, 1);
        QCOMPARE(r.keptOnServer, 1); // message 1; message 2 is skipped, message 3 removed
        const auto again = f.run(request);
        QVERIFY2(again.ok(), qPrintable(server.transcript()));
        QCOMPARE(again.downloaded, 1);
        QCOMPARE(again.deletionsRequested, 2);
        QCOMPARE(f.countIn(inbox), 3);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aUidlTheServerReusesAfterRemovalIsNewMail()
    {
        const QByteArray fresh = "Subject: new mail, old UIDL\r\n\r\nfresh\r\n";
        ScriptedPop3Server server;
        Pop3Script first = Pop3Script::parse(opening(false, 1));
        first = retrAnswer(first.expect("RETR 1"), 1);
        server.addConnection(first.expect("DELE 1").line("+OK").expect("QUIT").line("+OK"));
        // The mailbox is empty: the record of uid-1 goes.
        Pop3Script empty = Pop3Script::parse(QString(untilUidl(false, 0) + uidlLines({})));
        server.addConnection(empty.expect("QUIT").line("+OK"));
        // The server gives uid-1 to a new message.
        Pop3Script reused = Pop3Script::parse(
            QString(untilUidl(false, 1) + uidlLines({"uid-1"}) + listLines({fresh})));
        server.addConnection(retrOf(reused, 1, fresh).expect("QUIT").line("+OK"));

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("reuse"));
        auto request = scripted(server, account, inbox);
        request.policy = sync::DeletionPolicy{false, 0, false};
        const auto r = f.run(request);
        QVERIFY2(r.ok() && r.deletionsConfirmed, qPrintable(server.transcript()));
        QCOMPARE(store::UidlStore(*f.db).entries(account).value().size(), 1);
        QVERIFY2(f.run(request).ok(), qPrintable(server.transcript()));
        QCOMPARE(store::UidlStore(*f.db).entries(account).value().size(), 0);
        request.policy = sync::DeletionPolicy{};
        const auto third = f.run(request);
        QVERIFY2(third.ok(), qPrintable(server.transcript()));
        QCOMPARE(third.downloaded, 1);
        QCOMPARE(f.countIn(inbox), 2);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aMessageLargerThanItsListSizeFailsAloneAndTheOthersArrive()
    {
        // LIST says message 2 has a few dozen bytes; RETR sends 3 MB. It is read to its end and
        // dropped; message 3 is read in step after it and the sync succeeds.
        QByteArray huge = "Subject: bigger than announced\r\n\r\n";
        const QByteArray line = QByteArray(998, 'x') + "\r\n";
        while (huge.size() < 3 * 1024 * 1024)
            huge += line;
        ScriptedPop3Server server;
        Pop3Script script = Pop3Script::parse(opening(false, 3));
        script = retrAnswer(script.expect("RETR 1"), 1);
        script.expect("RETR 2").line("+OK").send(huge).line(".");
        script = retrAnswer(script.expect("RETR 3"), 3);
        server.addConnection(script.expect("QUIT").line("+OK"));

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("huge"));
        const auto r = f.run(scripted(server, account, inbox));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toLogString() : server.transcript()));
        QCOMPARE(r.downloaded, 2);
        QCOMPARE(r.skipped.tooLarge, 1);
        QCOMPARE(r.skipped.total(), 1);
        QCOMPARE(r.keptOnServer, 2);
        QCOMPARE(f.countIn(inbox), 2);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aHugeCountWithoutUidlIsAskedForInWindowsOfTop()
    {
        // No UIDL, and STAT claims 2^31 - 1 messages. The server answers none of the TOPs: the
        // job must have sent one window of them, not one per claimed message.
        const QString caps = u"S: +OK\nS: USER\nS: TOP\nS: PIPELINING\nS: .\n"_s;
        Pop3Script script = Pop3Script::parse(
            QString(u"S: +OK ready\nC: CAPA\n"_s + caps +
                    u"C: USER u\nS: +OK\nC: PASS p\nS: +OK\nC: CAPA\n"_s + caps +
                    u"C: STAT\nS: +OK 2147483647 0\nC: UIDL\nS: -ERR unknown command\n"_s));
        for (int i = 1; i <= 64; ++i)
            script.expect("TOP " + QByteArray::number(i) + " 0");
        ScriptedPop3Server server;
        server.addConnection(script.expectClose());

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("claims"));
        auto request = scripted(server, account, inbox);
        request.login.responseTimeoutMs = 3000;
        const auto r = f.run(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, ErrorCode::ResponseTimeout);
        QTRY_VERIFY(server.isDone());
        const QList<QByteArray> lines = server.receivedLines();
        const auto tops = std::count_if(lines.cbegin(), lines.cend(),
                                        [](const QByteArray& l) { return l.startsWith("TOP "); });
        QCOMPARE(int(tops), 64);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }
};

QTEST_GUILESS_MAIN(tst_SyncJobListing)
#include "tst_SyncJobListing.moc"
