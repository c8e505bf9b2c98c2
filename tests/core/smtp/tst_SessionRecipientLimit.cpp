// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A server's recipient limit (RFC 5321 section 4.5.3.1.10): the recipients it puts off with 452
// go in following transactions on the same connection, each with its own dot.
#include "SmtpTranscript.h"

#include <QTest>

using namespace postbag;
using namespace postbag::smtp;
using namespace postbag::smtp::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kAnn = QStringLiteral("ann@example.org");
const QString kCy = QStringLiteral("cy@example.org");
const QString kDee = QStringLiteral("dee@example.org");

Envelope envelope(QStringList to)
{
    return Envelope{QStringLiteral("bob@example.org"), std::move(to)};
}

const QByteArray kMessage = "From: bob@example.org\r\nTo: ann@example.org\r\nSubject: hi\r\n\r\n"
                            "Hello.\r\n";
const QByteArray kMessageLines =
    "C: From: bob@example.org\nC: To: ann@example.org\nC: Subject: hi\n"
    "C: \nC: Hello.\n";
const QByteArray kTooMany = "452 4.5.3 Error: too many recipients";

QStringList addresses(const QList<RecipientResult>& results)
{
    QStringList out;
    for (const RecipientResult& r : results)
        out.append(r.address);
    return out;
}

// What the hooks saw, in order: "answered ann,cy", "dot", "delivered ann".
struct HookLog
{
    QStringList events;
    Session::Hooks hooks()
    {
        Session::Hooks h;
        h.recipientsAnswered = [this](const QList<RecipientResult>& answered) {
            events << QStringLiteral("answered ") + addresses(answered).join(u',');
        };
        h.beforeDot = [this](std::function<void(Status)> go) {
            events << QStringLiteral("dot");
            go(Ok{});
        };
        h.partDelivered = [this](const QList<RecipientResult>& delivered,
                                 std::function<void(Status)> go) {
            events << QStringLiteral("delivered ") + addresses(delivered).join(u',');
            go(Ok{});
        };
        return h;
    }
};

} // namespace

class tst_SessionRecipientLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pipelinedRestGoesInTheNextTransaction_data() { addDeliveryRows(); }
    void pipelinedRestGoesInTheNextTransaction()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        HookLog log;
        Outcome<Delivery> out;
        s.send(envelope({kAnn, kCy, kDee}), MessageData(kMessage), log.hooks(), out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\n"
                        "C: RCPT TO:<cy@example.org>\nC: RCPT TO:<dee@example.org>\nC: DATA\n"
                        "S: 250 2.1.0 Ok\nS: 250 2.1.5 Ok\nS: " +
                        kTooMany + "\nS: " + kTooMany + "\nS: 354 go\n" + kMessageLines +
                        "C: .\nS: 250 2.0.0 Ok: queued as A1\n"
                        // the second transaction: only those put off, the same bytes
                        "C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<cy@example.org>\n"
                        "C: RCPT TO:<dee@example.org>\nC: DATA\n"
                        "S: 250 2.1.0 Ok\nS: 250 2.1.5 Ok\nS: " +
                        kTooMany + "\nS: 354 go\n" + kMessageLines +
                        "C: .\nS: 250 2.0.0 Ok: queued as B2\n"
                        // the third
                        "C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<dee@example.org>\nC: DATA\n"
                        "S: 250 2.1.0 Ok\nS: 250 2.1.5 Ok\nS: 354 go\n" +
                        kMessageLines + "C: .\nS: 250 2.0.0 Ok: queued as C3\n"),
                 QString());
        QVERIFY(out.ok());
        QCOMPARE(addresses(out.value().recipients), (QStringList{kAnn, kCy, kDee}));
        for (const RecipientResult& r : out.value().recipients)
            QVERIFY(!r.refusal);
        QCOMPARE(out.value().reply.text(), QStringLiteral("Ok: queued as C3"));
        QCOMPARE(
            log.events,
            (QStringList{u"answered ann@example.org"_s, u"dot"_s, u"delivered ann@example.org"_s,
                         u"answered cy@example.org"_s, u"dot"_s, u"delivered cy@example.org"_s,
                         u"answered dee@example.org"_s, u"dot"_s}));
        QVERIFY(t.unconsumed().isEmpty());
        QCOMPARE(s.phase(), Session::Phase::Idle);
    }

    void unpipelinedRestGoesInTheNextTransaction_data() { addDeliveryRows(); }
    void unpipelinedRestGoesInTheNextTransaction()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, QByteArray()), QString());
        HookLog log;
        Outcome<Delivery> out;
        s.send(envelope({kAnn, kCy}), MessageData(kMessage), log.hooks(), out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nS: 250 Ok\nC: RCPT TO:<ann@example.org>\n"
                        "S: 250 Ok\nC: RCPT TO:<cy@example.org>\nS: " +
                        kTooMany + "\nC: DATA\nS: 354 go\n" + kMessageLines +
                        "C: .\nS: 250 Ok\n"
                        "C: MAIL FROM:<bob@example.org>\nS: 250 Ok\nC: RCPT TO:<cy@example.org>\n"
                        "S: 250 Ok\nC: DATA\nS: 354 go\n" +
                        kMessageLines + "C: .\nS: 250 Ok\n"),
                 QString());
        QVERIFY(out.ok());
        QCOMPARE(log.events, (QStringList{u"answered ann@example.org"_s, u"dot"_s,
                                          u"delivered ann@example.org"_s,
                                          u"answered cy@example.org"_s, u"dot"_s}));
    }

    // RFC 5321 section 4.5.3.1.10: "552 5.5.3" is the same limit, and temporary.
    void a552TooManyIsTheSameLimit()
    {
        Session s;
        Transcript t(s, Feed::Whole);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        Outcome<Delivery> out;
        s.send(envelope({kAnn, kCy}), MessageData(kMessage), {}, out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\n"
                        "C: RCPT TO:<cy@example.org>\nC: DATA\nS: 250 Ok\nS: 250 Ok\n"
                        "S: 552 5.5.3 Too many recipients\nS: 354 go\n" +
                        kMessageLines +
                        "C: .\nS: 250 Ok\nC: MAIL FROM:<bob@example.org>\n"
                        "C: RCPT TO:<cy@example.org>\nC: DATA\nS: 250 Ok\nS: 250 Ok\n"
                        "S: 354 go\n" +
                        kMessageLines + "C: .\nS: 250 Ok\n"),
                 QString());
        QVERIFY(out.ok());
    }

    // A transaction whose every recipient is put off makes no progress: the message fails,
    // temporarily, with the earlier transactions delivered.
    void noProgressFailsTemporarily_data() { addDeliveryRows(); }
    void noProgressFailsTemporarily()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        HookLog log;
        Outcome<Delivery> out;
        s.send(envelope({kAnn, kCy}), MessageData(kMessage), log.hooks(), out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\n"
                        "C: RCPT TO:<cy@example.org>\nC: DATA\nS: 250 Ok\nS: 250 Ok\nS: " +
                        kTooMany + "\nS: 354 go\n" + kMessageLines +
                        "C: .\nS: 250 Ok\nC: MAIL FROM:<bob@example.org>\n"
                        "C: RCPT TO:<cy@example.org>\nC: DATA\nS: 250 Ok\nS: " +
                        kTooMany +
                        "\nS: 554 5.5.1 Error: no valid recipients\nC: RSET\n"
                        "S: 250 Ok\n"),
                 QString());
        QCOMPARE(out.code(), ErrorCode::ServerTemporary);
        QVERIFY(out.error().isTemporary());
        QCOMPARE(log.events.last(), u"answered "_s); // nobody in the second transaction
        QCOMPARE(s.state(), Session::State::Ready);
        QVERIFY(t.unconsumed().isEmpty());
    }

    // A drop after the second transaction's dot: uncertain, and the hooks have told the caller
    // that the first went to ann and that cy's dot went out.
    void dropAfterTheSecondDotIsUncertain_data() { addDeliveryRows(); }
    void dropAfterTheSecondDotIsUncertain()
    {
        QFETCH(Feed, delivery);
        Session s;
        Transcript t(s, delivery);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        HookLog log;
        Outcome<Delivery> out;
        s.send(envelope({kAnn, kCy}), MessageData(kMessage), log.hooks(), out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\n"
                        "C: RCPT TO:<cy@example.org>\nC: DATA\nS: 250 Ok\nS: 250 Ok\nS: " +
                        kTooMany + "\nS: 354 go\n" + kMessageLines +
                        "C: .\nS: 250 Ok\nC: MAIL FROM:<bob@example.org>\n"
                        "C: RCPT TO:<cy@example.org>\nC: DATA\nS: 250 Ok\nS: 250 Ok\n"
                        "S: 354 go\n" +
                        kMessageLines + "C: .\n"),
                 QString());
        QVERIFY(!out.done());
        s.connectionClosed();
        QCOMPARE(out.code(), ErrorCode::DeliveryUncertain);
        QCOMPARE(log.events, (QStringList{u"answered ann@example.org"_s, u"dot"_s,
                                          u"delivered ann@example.org"_s,
                                          u"answered cy@example.org"_s, u"dot"_s}));
    }

    // The caller could not note the first delivery: nothing more goes, the message fails with
    // the caller's error, and the connection stays usable.
    void partDeliveredCanStopTheRest()
    {
        Session s;
        Transcript t(s, Feed::Whole);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        std::function<void(Status)> proceed;
        Session::Hooks hooks;
        hooks.partDelivered = [&proceed](const QList<RecipientResult>&,
                                         std::function<void(Status)> go) {
            proceed = std::move(go);
        };
        Outcome<Delivery> out;
        s.send(envelope({kAnn, kCy}), MessageData(kMessage), hooks, out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\n"
                        "C: RCPT TO:<cy@example.org>\nC: DATA\nS: 250 Ok\nS: 250 Ok\nS: " +
                        kTooMany + "\nS: 354 go\n" + kMessageLines + "C: .\nS: 250 Ok\n"),
                 QString());
        QVERIFY(proceed);
        QVERIFY(!out.done());
        QVERIFY(t.unconsumed().isEmpty()); // the next MAIL waits for the caller
        proceed(Error::make(ErrorCode::StorageFailed));
        QCOMPARE(out.code(), ErrorCode::StorageFailed);
        QVERIFY(t.unconsumed().isEmpty());
        QCOMPARE(s.state(), Session::State::Ready);
        Outcome<Ok> noop;
        s.noop(noop.callback());
        QCOMPARE(t.play("C: NOOP\nS: 250 Ok\n"), QString());
        QVERIFY(noop.ok());
    }

    // A refused recipient and one put off in one transaction: the refusal is asked about for
    // that transaction only; with consent the rest still follows.
    void refusedAndPutOffTogether()
    {
        Session s;
        Transcript t(s, Feed::Whole);
        QCOMPARE(greet(s, t, "PIPELINING"), QString());
        QStringList asked;
        Session::Hooks hooks;
        hooks.refusedRecipients = [&asked](const QList<RecipientResult>& refused,
                                           std::function<void(bool)> decide) {
            asked << addresses(refused);
            decide(true);
        };
        Outcome<Delivery> out;
        s.send(envelope({kAnn, kCy, kDee}), MessageData(kMessage), hooks, out.callback());
        QCOMPARE(t.play("C: MAIL FROM:<bob@example.org>\nC: RCPT TO:<ann@example.org>\n"
                        "C: RCPT TO:<cy@example.org>\nC: RCPT TO:<dee@example.org>\nC: DATA\n"
                        "S: 250 Ok\nS: 250 Ok\nS: 550 5.1.1 unknown\nS: " +
                        kTooMany + "\nS: 354 go\n" + kMessageLines +
                        "C: .\nS: 250 Ok\nC: MAIL FROM:<bob@example.org>\n"
                        "C: RCPT TO:<dee@example.org>\nC: DATA\nS: 250 Ok\nS: 250 Ok\n"
                        "S: 354 go\n" +
                        kMessageLines + "C: .\nS: 250 Ok\n"),
                 QString());
        QVERIFY(out.ok());
        QCOMPARE(asked, QStringList{kCy});
        QVERIFY(!out.value().recipients[0].refusal);
        QCOMPARE(out.value().recipients[1].refusal->code, ErrorCode::RecipientRejected);
        QVERIFY(!out.value().recipients[2].refusal);
    }
};

QTEST_GUILESS_MAIN(tst_SessionRecipientLimit)
#include "tst_SessionRecipientLimit.moc"
