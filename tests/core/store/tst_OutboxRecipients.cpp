// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/store/OutboxRecipients.h"
#include "core/store/OutboxStore.h"

#include <QTest>

using namespace postbag;
using namespace postbag::store;
using namespace postbag::store::test;
using namespace Qt::StringLiterals;

// What each recipient of an outbox item had of it, kept with the row on a real SQLite file: the
// text form, the sender's per-transaction marks and the user's "send to the others".
class tst_OutboxRecipients : public QObject
{
    Q_OBJECT

    std::unique_ptr<StoreFixture> m_fx;

    qint64 queue(const QStringList& to)
    {
        NewOutboxItem item;
        item.accountId = m_fx->account.id;
        item.sendBytes = "Subject: s\r\nTo: a@example.net\r\n\r\nhi\r\n";
        item.envelopeSender = u"me@example.org"_s;
        item.recipients = to;
        item.messageId = u"s@example.org"_s;
        NewMessage copy = makeMessage(m_fx->account.id, 0, {}, u"s"_s);
        copy.raw = item.sendBytes;
        const auto id = OutboxStore(*m_fx->db).enqueue(item, copy);
        return id ? id.value() : 0;
    }

    OutboxItem item(qint64 id) { return OutboxStore(*m_fx->db).item(id).value(); }

    QList<RecipientState> states(qint64 id)
    {
        QList<RecipientState> out;
        for (const OutboxRecipient& r : item(id).recipientStates) {
            out.append(r.state);
        }
        return out;
    }

    static Error refusal(const QString& text)
    {
        Error e = Error::make(ErrorCode::RecipientRejected, text);
        e.responseCode = "5.1.1";
        return e;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<StoreFixture>();
        QVERIFY(m_fx->setUp());
    }
    void cleanup() { m_fx.reset(); }

    void theTextFormKeepsEverything()
    {
        const QList<OutboxRecipient> all = {
            {u"a@example.net"_s, RecipientState::Owed, {}},
            {u"b@example.net"_s, RecipientState::DotOut, {}},
            {u"c@example.net"_s, RecipientState::Delivered, {}},
            {u"d@example.net"_s, RecipientState::Refused,
             refusal(u"<d@example.net>:\tno % such\nuser – ünknown"_s)},
            {u"e@example.net"_s, RecipientState::Dropped, {}},
        };
        const QString text = OutboxRecipients::encode(all);
        QCOMPARE(text.count(u'\n'), 4); // one line each, whatever the server said
        const QList<OutboxRecipient> back = OutboxRecipients::decode(text);
        QCOMPARE(back.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(back[i].address, all[i].address);
            QCOMPARE(back[i].state, all[i].state);
            QCOMPARE(back[i].refusal.has_value(), all[i].refusal.has_value());
        }
        QCOMPARE(back[3].refusal->code, ErrorCode::RecipientRejected);
        QCOMPARE(back[3].refusal->responseCode, QByteArray("5.1.1"));
        QCOMPARE(back[3].refusal->serverText, all[3].refusal->serverText);
        // The form rows were queued in, and a state this build does not know, read as owed.
        const QList<OutboxRecipient> old = OutboxRecipients::decode(u"x@y.org\nz@y.org\t9"_s);
        QCOMPARE(old.size(), 2);
        QCOMPARE(old[0].state, RecipientState::Owed);
        QCOMPARE(old[1].state, RecipientState::Owed);
    }

    void aRecipientWithATabIsRefusedAtTheDoor() { QCOMPARE(queue({u"a@example.net\t2"_s}), 0); }

    // Two transactions (a recipient limit), the second refused: the first stays delivered, the
    // refused one is named, and a retry goes to the second's recipients only.
    void eachTransactionIsNotedPerRecipient()
    {
        OutboxStore outbox(*m_fx->db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 id = queue({u"a@example.net"_s, u"b@example.net"_s, u"c@example.net"_s});
        QVERIFY(outbox.claim(id, now));
        QVERIFY(!outbox.markDelivered(id, {u"a@example.net"_s})); // no dot went out
        STORE_OK(outbox.markDotGoingOut(id, {u"a@example.net"_s}));
        QCOMPARE(states(id), (QList<RecipientState>{RecipientState::DotOut, RecipientState::Owed,
                                                    RecipientState::Owed}));
        STORE_OK(outbox.markDelivered(id, {u"a@example.net"_s}));
        QVERIFY(!item(id).dotOut);
        QCOMPARE(outbox.markDotGoingOut(id, {u"a@example.net"_s}).error().code,
                 ErrorCode::InvalidAddress); // delivered: never a second dot for it
        STORE_OK(outbox.markDotGoingOut(id, {u"b@example.net"_s}));
        STORE_OK(outbox.markFailed(id, Error::make(ErrorCode::ServerTemporary), now,
                                   {{u"c@example.net"_s, RecipientState::Refused,
                                     Error::make(ErrorCode::ServerTemporary, u"later"_s)}}));
        QCOMPARE(states(id), (QList<RecipientState>{RecipientState::Delivered, RecipientState::Owed,
                                                    RecipientState::Refused}));
        QCOMPARE(item(id).recipientStates[2].refusal->serverText, u"later"_s);
        const OutboxItem retry = outbox.claim(id, now).value();
        QCOMPARE(retry.owedRecipients(), (QStringList{u"b@example.net"_s, u"c@example.net"_s}));
        QCOMPARE(states(id), (QList<RecipientState>{RecipientState::Delivered, RecipientState::Owed,
                                                    RecipientState::Owed}));
        STORE_OK(outbox.markDotGoingOut(id));
        STORE_OK(outbox.markSent(id, now));
        QCOMPARE(states(id),
                 (QList<RecipientState>{RecipientState::Delivered, RecipientState::Delivered,
                                        RecipientState::Delivered}));
    }

    void sendingToTheOthers()
    {
        OutboxStore outbox(*m_fx->db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 id = queue({u"a@example.net"_s, u"b@example.net"_s, u"c@example.net"_s});
        QVERIFY(outbox.claim(id, now));
        QCOMPARE(outbox.dropRecipients(id, {u"b@example.net"_s}).error().code,
                 ErrorCode::InvalidSetting); // not while it is being sent
        STORE_OK(outbox.markDotGoingOut(id, {u"a@example.net"_s}));
        STORE_OK(outbox.markDelivered(id, {u"a@example.net"_s}));
        STORE_OK(
            outbox.markFailed(id, refusal(u"no"_s), {},
                              {{u"b@example.net"_s, RecipientState::Refused, refusal(u"no"_s)}}));
        const QList<RecipientState> failed = states(id);
        QCOMPARE(outbox.dropRecipients(id, {u"nobody@example.net"_s}).error().code,
                 ErrorCode::InvalidAddress);
        QCOMPARE(outbox.dropRecipients(id, {u"b@example.net"_s, u"a@example.net"_s}).error().code,
                 ErrorCode::InvalidAddress); // a has it already
        QCOMPARE(states(id), failed);        // nothing changed
        QCOMPARE(item(id).state, OutboxState::Failed);

        STORE_OK(outbox.dropRecipients(id, {u"B@Example.NET"_s}));
        QCOMPARE(item(id).state, OutboxState::Queued);
        QCOMPARE(item(id).errorCode, QString());
        QCOMPARE(item(id).owedRecipients(), QStringList{u"c@example.net"_s});
        QCOMPARE(outbox.due(m_fx->account.id, now).value(), QList<qint64>{id});

        // Only one who has it left: that is sent, filed in Sent.
        STORE_OK(outbox.dropRecipients(id, {u"c@example.net"_s}));
        QCOMPARE(item(id).state, OutboxState::Sent);
        QCOMPARE(MessageStore(*m_fx->db).summary(item(id).messageRow).value().folderId,
                 FolderStore(*m_fx->db).special(FolderKind::Sent).value());

        // Nobody left at all: that is discard(), not this.
        const qint64 other = queue({u"x@example.net"_s});
        QCOMPARE(outbox.dropRecipients(other, {u"x@example.net"_s}).error().code,
                 ErrorCode::InvalidSetting);
        QCOMPARE(item(other).state, OutboxState::Queued);
        QCOMPARE(item(other).owedRecipients(), QStringList{u"x@example.net"_s});
    }
};

QTEST_GUILESS_MAIN(tst_OutboxRecipients)
#include "tst_OutboxRecipients.moc"
