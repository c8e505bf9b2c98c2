// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpTranscript.h"

#include <QSignalSpy>
#include <QTest>

using namespace postbag;
using namespace postbag::smtp;
using namespace postbag::smtp::testing;

namespace {

Envelope envelope(QStringList to = {QStringLiteral("ann@example.org")})
{
    return Envelope{QStringLiteral("bob@example.org"), std::move(to)};
}

const QByteArray kMessage = "From: bob@example.org\r\nTo: ann@example.org\r\nSubject: hi\r\n\r\n"
                            "Hello.\r\n";
const QByteArray kMessageLines =
    "C: From: bob@example.org\nC: To: ann@example.org\nC: Subject: hi\n"
    "C: \nC: Hello.\n";

} // namespace

class tst_SessionTransaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pipelinedTransaction_data() { addDeliveryRows(); }
    void pipelinedTransaction()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "PIPELINING\nSIZE 10000\n8BITMIME"), QString());
        QList<Session::Phase> phases;
        connect(&s, &Session::phaseChanged, this, [&phases](Session::Phase p) { phases << p; });
        Outcome<Delivery> out;
        const MessageData data(kMessage);
        s.send(envelope({QStringLiteral("ann@example.org"), QStringLiteral("cy@example.org")}),
               data, {}, out.callback());
        QCOMPARE(t.commandsWaiting(), 4); // MAIL, RCPT, RCPT, DATA in one group
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org> SIZE=" +
                        QByteArray::number(data.canonicalSize()) +
                        "\nC: RCPT TO:<ann@example.org>\nC: RCPT TO:<cy@example.org>\nC: DATA\n"
                        "S: 250 2.1.0 Ok\nS: 250 2.1.5 Ok\nS: 250 2.1.5 Ok\n"
                        "S: 354 End data with <CR><LF>.<CR><LF>\n" +
                        kMessageLines + "C: .\nS: 250 2.0.0 Ok: queued as 4F2A\n"),
                 QString());
        QVERIFY(out.ok());
        QCOMPARE(out.value().recipients.size(), 2);
        QVERIFY(!out.value().recipients[1].refusal);
        QCOMPARE(out.value().reply.text(), QStringLiteral("Ok: queued as 4F2A"));
        QCOMPARE(phases, (QList<Session::Phase>{Session::Phase::Envelope, Session::Phase::Data,
                                                Session::Phase::DotSent, Session::Phase::Idle}));
        QVERIFY(t.unconsumed().isEmpty());
    }

    void unpipelinedTransaction_data() { addDeliveryRows(); }
    void unpipelinedTransaction()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "SIZE"), QString());
        Outcome<Delivery> out;
        const MessageData data(kMessage);
        s.send(envelope(), data, {}, out.callback());
        // One command at a time: each waits for the reply to the one before.
        QCOMPARE(t.commandsWaiting(), 1);
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org> SIZE=" +
                        QByteArray::number(data.canonicalSize()) + "\nS: 250 Ok\n"),
                 QString());
        QCOMPARE(t.commandsWaiting(), 1);
        QCOMPARE(t.play("C: RCPT TO:<ann@example.org>\nS: 250 Ok\n"), QString());
        QCOMPARE(t.commandsWaiting(), 1);
        QCOMPARE(t.play("C: DATA\nS: 354 go\n" + kMessageLines + "C: .\nS: 250 Ok\n"), QString());
        QVERIFY(out.ok());
    }

    void pipeliningCanBeTurnedOff()
    {
        Session s;
        s.setPipelining(false);
        Transcript t(s, Feed::Whole);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        Outcome<Delivery> out;
        s.send(envelope(), MessageData(kMessage), {}, out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nS: 250 Ok\nC: RCPT TO:<ann@example.org>\n"
                        "S: 250 Ok\nC: DATA\nS: 354 go\n" +
                        kMessageLines + "C: .\nS: 250 Ok\n"),
                 QString());
        QVERIFY(out.ok());
    }

    void dotStuffingOnTheWire_data() { addDeliveryRows(); }
    void dotStuffingOnTheWire()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        Outcome<Delivery> out;
        s.send(envelope(), MessageData(".first line\n\nmiddle\n.\n..two\nlast"), {},
               out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\nC: DATA\n"
                        "S: 250 Ok\nS: 250 Ok\nS: 354 go\n"
                        "C: ..first line\nC: \nC: middle\nC: ..\nC: ...two\nC: last\nC: .\n"
                        "S: 250 Ok\n"),
                 QString());
        QVERIFY(out.ok());
        QVERIFY(t.unconsumed().isEmpty());
    }

    void refusedRecipientIsNamedAndTheCallerDecides_data()
    {
        QTest::addColumn<Feed>("delivery");
        QTest::addColumn<bool>("goOn");
        for (const auto& [name, feed] : {std::pair{"whole", Feed::Whole},
                                         {"byte-by-byte", Feed::ByteByByte},
                                         {"lf-only", Feed::LfOnly}}) {
            QTest::addRow("%s, go on", name) << feed << true;
            QTest::addRow("%s, give up", name) << feed << false;
        }
    }
    void refusedRecipientIsNamedAndTheCallerDecides()
    {
        QFETCH(Feed, delivery);
        QFETCH(bool, goOn);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        QSignalSpy failed(&s, &Session::failed);
        QList<RecipientResult> asked;
        Session::Hooks hooks;
        hooks.refusedRecipients = [&](const QList<RecipientResult>& refused,
                                      std::function<void(bool)> decide) {
            asked = refused;
            decide(goOn);
        };
        Outcome<Delivery> out;
        s.send(envelope({QStringLiteral("ann@example.org"), QStringLiteral("nobody@example.org")}),
               MessageData(kMessage), hooks, out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\n"
                        "C: RCPT TO:<nobody@example.org>\nC: DATA\nS: 250 Ok\nS: 250 Ok\n"
                        "S: 550 5.1.1 <nobody@example.org>: Recipient address rejected\n"
                        "S: 354 go ahead\n"),
                 QString());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().address, QStringLiteral("nobody@example.org"));
        QCOMPARE(asked.first().refusal->code, ErrorCode::RecipientRejected);
        if (!goOn) {
            // 354 was given: only dropping the connection keeps the server from delivering.
            QCOMPARE(out.code(), ErrorCode::RecipientRejected);
            QVERIFY(out.error().serverText.startsWith(QStringLiteral("nobody@example.org: ")));
            QCOMPARE(failed.size(), 1);
            QVERIFY(t.unconsumed().isEmpty()); // no data, no dot
            return;
        }
        QCOMPARE(t.play(kMessageLines + "C: .\nS: 250 Ok\n"), QString());
        QVERIFY(out.ok());
        QVERIFY(!out.value().recipients[0].refusal);
        QCOMPARE(out.value().recipients[1].refusal->code, ErrorCode::RecipientRejected);
    }

    void refusedRecipientUnpipelinedDeclinedSendsRset_data() { addDeliveryRows(); }
    void refusedRecipientUnpipelinedDeclinedSendsRset()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, QByteArray()), QString());
        Outcome<Delivery> out;
        s.send(envelope({QStringLiteral("nobody@example.org"), QStringLiteral("ann@example.org")}),
               MessageData(kMessage), {}, out.callback()); // no hook: nothing goes
        QCOMPARE(
            t.play("C: MAIL FROM:<bob@example.org>\nS: 250 Ok\nC: RCPT TO:<nobody@example.org>\n"
                   "S: 550 5.1.1 unknown\nC: RCPT TO:<ann@example.org>\nS: 250 Ok\nC: RSET\n"
                   "S: 250 Ok\n"),
            QString());
        QCOMPARE(out.code(), ErrorCode::RecipientRejected);
        QCOMPARE(s.state(), Session::State::Ready);
    }

    // Postfix keeps the SIZE= of a refused MAIL until RSET: the next transaction starts clean.
    void refusedMailUnpipelinedSendsRset_data() { addDeliveryRows(); }
    void refusedMailUnpipelinedSendsRset()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, QByteArray()), QString());
        Outcome<Delivery> out;
        s.send(envelope(), MessageData(kMessage), {}, out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nS: 552 5.3.4 Message size exceeds "
                        "fixed limit\nC: RSET\nS: 250 Ok\n"),
                 QString());
        QCOMPARE(out.code(), ErrorCode::MessageTooBig);
        QCOMPARE(s.state(), Session::State::Ready);
    }

    void everyRecipientRefused354IsEndedAtOnce_data() { addDeliveryRows(); }
    void everyRecipientRefused354IsEndedAtOnce()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        int hookCalls = 0;
        Session::Hooks hooks;
        hooks.beforeDot = [&hookCalls](std::function<void(Status)> go) {
            ++hookCalls;
            go(Ok{});
        };
        Outcome<Delivery> out;
        s.send(envelope(), MessageData(kMessage), hooks, out.callback());
        QCOMPARE(
            t.play(
                "C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\nC: DATA\n"
                "S: 250 Ok\nS: 550 5.1.1 unknown\nS: 354 go\nC: .\nS: 554 no valid recipients\n"),
            QString());
        QCOMPARE(out.code(), ErrorCode::RecipientRejected);
        QCOMPARE(hookCalls, 0); // not the message's dot: nothing was delivered
        QCOMPARE(s.state(), Session::State::Ready);
    }

    void beforeDotIsTheLastWordBeforeTheDot_data() { addDeliveryRows(); }
    void beforeDotIsTheLastWordBeforeTheDot()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        std::function<void(Status)> proceed;
        Session::Hooks hooks;
        hooks.beforeDot = [&proceed, &s](std::function<void(Status)> go) {
            QCOMPARE(s.phase(), Session::Phase::Data);
            proceed = std::move(go);
        };
        Outcome<Delivery> out;
        s.send(envelope(), MessageData(kMessage), hooks, out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\nC: DATA\n"
                        "S: 250 Ok\nS: 250 Ok\nS: 354 go\n" +
                        kMessageLines),
                 QString());
        QVERIFY(proceed);
        QVERIFY(t.unconsumed().isEmpty()); // the dot waits for the caller
        proceed(Ok{});
        QCOMPARE(s.phase(), Session::Phase::DotSent);
        QCOMPARE(t.play("C: .\nS: 250 Ok\n"), QString());
        QVERIFY(out.ok());
    }

    void theNextEnvelopeJoinsTheDotsGroup_data() { addDeliveryRows(); }
    void theNextEnvelopeJoinsTheDotsGroup()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        QList<Session::Phase> phases;
        connect(&s, &Session::phaseChanged, this, [&phases](Session::Phase p) { phases << p; });
        Outcome<Delivery> first;
        Outcome<Delivery> second;
        s.send(envelope(), MessageData(kMessage), {}, first.callback());
        s.send(envelope({QStringLiteral("cy@example.org")}), MessageData(kMessage), {},
               second.callback());
        // RFC 2920 section 3.1: the second transaction's commands follow the first one's dot
        // before its reply, never its data (a 354 comes first), and a refused first dot leaves
        // the second transaction to stand on its own.
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\nC: DATA\n"
                        "S: 250 Ok\nS: 250 Ok\nS: 354 go\n" +
                        kMessageLines +
                        "C: .\nC: MAIL FROM:<bob@example.org>\nC: RCPT TO:<cy@example.org>\n"
                        "C: DATA\n"),
                 QString());
        QCOMPARE(s.phase(), Session::Phase::DotSent);
        QVERIFY(!first.done());
        QCOMPARE(t.play("S: 554 5.7.1 Rejected by policy\nS: 250 Ok\nS: 250 Ok\nS: 354 go\n" +
                        kMessageLines + "C: .\nS: 250 Ok: queued as 2B\n"),
                 QString());
        QVERIFY(first.done() && !first.ok());
        QVERIFY(first.code() != ErrorCode::DeliveryUncertain); // a refusal is certain
        QVERIFY(second.ok());
        QCOMPARE(second.value().reply.text(), QStringLiteral("Ok: queued as 2B"));
        QCOMPARE(phases, (QList<Session::Phase>{Session::Phase::Envelope, Session::Phase::Data,
                                                Session::Phase::DotSent, Session::Phase::Envelope,
                                                Session::Phase::Data, Session::Phase::DotSent,
                                                Session::Phase::Idle}));
        QVERIFY(t.unconsumed().isEmpty());
    }

    void dropAfterAPipelinedDotLeavesTheNextOneCertainlyUndelivered()
    {
        Session s;
        Transcript t(s, Feed::Whole);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        Outcome<Delivery> first;
        Outcome<Delivery> second;
        s.send(envelope(), MessageData(kMessage), {}, first.callback());
        s.send(envelope(), MessageData(kMessage), {}, second.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\nC: DATA\n"
                        "S: 250 Ok\nS: 250 Ok\nS: 354 go\n" +
                        kMessageLines +
                        "C: .\nC: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\n"
                        "C: DATA\n"),
                 QString());
        s.connectionClosed();
        QCOMPARE(first.code(), ErrorCode::DeliveryUncertain);
        QVERIFY(second.done());
        QVERIFY(!second.ok());
        QVERIFY(second.code() != ErrorCode::DeliveryUncertain);
    }

    void refusingTheDotEndsTheConnectionWithoutIt()
    {
        Session s;
        Transcript t(s, Feed::Whole);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        QSignalSpy failed(&s, &Session::failed);
        Session::Hooks hooks;
        hooks.beforeDot = [](std::function<void(Status)> go) {
            go(Error::make(ErrorCode::StorageFailed));
        };
        Outcome<Delivery> out;
        s.send(envelope(), MessageData(kMessage), hooks, out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\nC: DATA\n"
                        "S: 250 Ok\nS: 250 Ok\nS: 354 go\n" +
                        kMessageLines),
                 QString());
        QCOMPARE(out.code(), ErrorCode::StorageFailed);
        QCOMPARE(failed.size(), 1);
        QVERIFY(t.unconsumed().isEmpty());
    }

    void dropAfterTheDotIsUncertain_data() { addDeliveryRows(); }
    void dropAfterTheDotIsUncertain()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        Outcome<Delivery> out;
        s.send(envelope(), MessageData(kMessage), {}, out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\nC: DATA\n"
                        "S: 250 Ok\nS: 250 Ok\nS: 354 go\n" +
                        kMessageLines + "C: .\nS! 250 2.0.0 Ok: que"),
                 QString());
        QVERIFY(!out.done());
        s.connectionClosed();
        QCOMPARE(out.code(), ErrorCode::DeliveryUncertain);
    }

    void timeoutAfterTheDotIsUncertainButBeforeItIsNot()
    {
        for (const bool afterDot : {false, true}) {
            Session s;
            Transcript t(s, Feed::Whole);
            QCOMPARE(greet(s, t, "PIPELINING"), QString());
            Outcome<Delivery> out;
            s.send(envelope(), MessageData(kMessage), {}, out.callback());
            QCOMPARE(t.play(afterDot ? "S: 250 Ok\nS: 250 Ok\nS: 354 go\n" : "S: 250 Ok\n"),
                     QString());
            s.abort(Error::make(ErrorCode::ResponseTimeout));
            QCOMPARE(out.code(),
                     afterDot ? ErrorCode::DeliveryUncertain : ErrorCode::ResponseTimeout);
        }
    }

    void negativeReplyToTheDotIsCertain_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("452") << QByteArray("452 4.3.1 Insufficient system storage")
                             << ErrorCode::ServerTemporary;
        QTest::newRow("552") << QByteArray("552 5.3.4 Message too big") << ErrorCode::MessageTooBig;
        QTest::newRow("554") << QByteArray("554 5.7.1 spam") << ErrorCode::ServerPermanent;
        QTest::newRow("421") << QByteArray("421 4.3.2 shutting down") << ErrorCode::ServerTemporary;
    }
    void negativeReplyToTheDotIsCertain()
    {
        QFETCH(QByteArray, reply);
        QFETCH(ErrorCode, code);
        for (Feed feed : {Feed::Whole, Feed::ByteByByte, Feed::LfOnly}) {
            Session s;
            Transcript t(s, feed);
            QCOMPARE(greet(s, t, "PIPELINING"), QString());
            Outcome<Delivery> out;
            s.send(envelope(), MessageData(kMessage), {}, out.callback());
            QCOMPARE(t.play("S: 250 Ok\nS: 250 Ok\nS: 354 go\nS: " + reply + '\n'), QString());
            QCOMPARE(out.code(), code);
        }
    }

    // Every step of the envelope refused, temporarily and permanently.
    void refusalsAtEveryStep_data()
    {
        QTest::addColumn<QByteArray>("replies");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("MAIL 553")
            << QByteArray("553 5.7.1 not owned\n503 5.5.1 need MAIL\n503 5.5.1 no rcpt")
            << ErrorCode::SenderRejected;
        QTest::newRow("MAIL 451") << QByteArray("451 4.3.0 try later\n503 need MAIL\n503 no")
                                  << ErrorCode::ServerTemporary;
        QTest::newRow("MAIL 452 rate")
            << QByteArray("450 4.2.1 slow down\n503 x\n503 y") << ErrorCode::RateLimited;
        QTest::newRow("RCPT 450") << QByteArray(
                                         "250 Ok\n450 4.2.0 greylisted\n554 no valid recipients")
                                  << ErrorCode::ServerTemporary;
        QTest::newRow("DATA 451") << QByteArray("250 Ok\n250 Ok\n451 4.3.0 no")
                                  << ErrorCode::ServerTemporary;
        QTest::newRow("DATA 554") << QByteArray("250 Ok\n250 Ok\n554 5.5.1 no")
                                  << ErrorCode::ServerPermanent;
    }
    void refusalsAtEveryStep()
    {
        QFETCH(QByteArray, replies);
        QFETCH(ErrorCode, code);
        for (Feed feed : {Feed::Whole, Feed::ByteByByte, Feed::LfOnly}) {
            Session s;
            Transcript t(s, feed);
            QCOMPARE(greet(s, t, "PIPELINING"), QString());
            Outcome<Delivery> out;
            s.send(envelope(), MessageData(kMessage), {}, out.callback());
            QCOMPARE(
                t.play(
                    "C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\nC: DATA\nS: " +
                    QByteArray(replies).replace("\n", "\nS: ") + "\nC: RSET\nS: 250 Ok\n"),
                QString());
            QCOMPARE(out.code(), code);
            QCOMPARE(s.state(), Session::State::Ready);
        }
    }

    void the421AtAnyStepEndsEverything_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::newRow("to MAIL") << QByteArray();
        QTest::newRow("to RCPT") << QByteArray("250 Ok\n");
        QTest::newRow("to DATA") << QByteArray("250 Ok\n250 Ok\n");
    }
    void the421AtAnyStepEndsEverything()
    {
        QFETCH(QByteArray, before);
        for (Feed feed : {Feed::Whole, Feed::ByteByByte, Feed::LfOnly}) {
            Session s;
            Transcript t(s, feed);
            QCOMPARE(greet(s, t, "PIPELINING"), QString());
            Outcome<Delivery> out;
            Outcome<Ok> quit;
            s.send(envelope(), MessageData(kMessage), {}, out.callback());
            s.quit(quit.callback());
            QByteArray script;
            for (const QByteArray& l : before.split('\n'))
                if (!l.isEmpty())
                    script += "S: " + l + '\n';
            QCOMPARE(t.play(script + "S: 421 4.3.2 Service shutting down\n"), QString());
            QCOMPARE(out.code(), ErrorCode::ServerTemporary);
            QCOMPARE(quit.code(), ErrorCode::ServerTemporary);
            QCOMPARE(s.state(), Session::State::Failed);
        }
    }

    void refusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QByteArray>("extensions");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("to");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("too big") << QByteArray("SIZE 20") << kMessage << QStringLiteral("a@x.org")
                                 << ErrorCode::MessageTooBig;
        QTest::newRow("8-bit without 8BITMIME")
            << QByteArray("SIZE") << QByteArray("Subject: \xc3\xa4\r\n\r\nx\r\n")
            << QStringLiteral("a@x.org") << ErrorCode::EightBitUnsupported;
        QTest::newRow("utf-8 local part without SMTPUTF8")
            << QByteArray("8BITMIME") << kMessage << QStringLiteral("j\u00f6rg@x.org")
            << ErrorCode::Utf8AddressUnsupported;
        QTest::newRow("injection")
            << QByteArray("8BITMIME") << kMessage << QStringLiteral("a@x.org>\r\nDATA")
            << ErrorCode::UnsafeArgument;
    }
    void refusedBeforeAnythingIsSent()
    {
        QFETCH(QByteArray, extensions);
        QFETCH(QByteArray, message);
        QFETCH(QString, to);
        QFETCH(ErrorCode, code);
        Session s;
        Transcript t(s, Feed::Whole);
        QCOMPARE(greet(s, t, extensions), QString());
        Outcome<Delivery> out;
        s.send(envelope({to}), MessageData(message), {}, out.callback());
        QCOMPARE(out.code(), code);
        QVERIFY(t.unconsumed().isEmpty());
        QCOMPARE(s.state(), Session::State::Ready);
    }

    void eightBitAndSmtpUtf8OnlyWhenNeeded_data() { addDeliveryRows(); }
    void eightBitAndSmtpUtf8OnlyWhenNeeded()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "8BITMIME\nSMTPUTF8"), QString());
        Outcome<Delivery> first;
        s.send(envelope({QStringLiteral("ann@b\u00fccher.example")}), MessageData(kMessage), {},
               first.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nS: 250 Ok\nC: RCPT "
                        "TO:<ann@xn--bcher-kva.example>\n"
                        "S: 250 Ok\nC: DATA\nS: 354 go\n" +
                        kMessageLines + "C: .\nS: 250 Ok\n"),
                 QString());
        QVERIFY(first.ok());
        Outcome<Delivery> second;
        s.send(envelope({QStringLiteral("j\u00f6rg@example.org")}),
               MessageData("Subject: x\r\n\r\n\xc3\xa4\r\n"), {}, second.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org> BODY=8BITMIME SMTPUTF8\nS: 250 Ok\n"
                        "C: RCPT TO:<j\\xc3\\xb6rg@example.org>\nS: 250 Ok\nC: DATA\nS: 354 go\n"
                        "C: Subject: x\nC: \nC: \\xc3\\xa4\nC: .\nS: 250 Ok\n"),
                 QString());
        QVERIFY(second.ok());
    }
};

QTEST_GUILESS_MAIN(tst_SessionTransaction)
#include "tst_SessionTransaction.moc"
