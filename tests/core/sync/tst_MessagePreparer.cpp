// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RawCodec.h"
#include "core/sync/MessagePreparer.h"

#include <QPointer>
#include <QTimeZone>
#include <QSignalSpy>
#include <QTest>

using namespace postbag;
using namespace postbag::sync;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray mail(int i)
{
    // Sizes differ a lot, so that workers finish out of order.
    QByteArray body;
    for (int line = 0; line < (i % 7) * 300; ++line)
        body += "Text of message " + QByteArray::number(i) + ", line " + QByteArray::number(line) + ".\r\n";
    return "From: Ann <ann@example.org>\r\nTo: bob@example.org\r\nSubject: Number " + QByteArray::number(i)
           + "\r\nDate: Sun, 22 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + QByteArray::number(i)
           + "@example.org>\r\n\r\n" + body;
}

intake::Origin origin(int i)
{
    return {7, 3, u"uid-"_s + QString::number(i), QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()),
            i % 5 == 0};
}

} // namespace

// Messages prepared on worker threads come back whole, once each and in order.
class tst_MessagePreparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handsOverInOrderExactlyOnce()
    {
        QList<store::NewMessage> got;
        MessagePreparer p([&](store::NewMessage m) { got.append(std::move(m)); }, 3);
        constexpr int kCount = 300;
        for (int i = 0; i < kCount; ++i)
            p.submit(mail(i), origin(i));
        QVERIFY(got.isEmpty()); // handed over later, on this thread, never within submit()
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), kCount, 30000);
        for (int i = 0; i < kCount; ++i) {
            const store::NewMessage& m = got.at(i);
            QCOMPARE(m.uidl, u"uid-"_s + QString::number(i));
            QCOMPARE(m.subject, u"Number "_s + QString::number(i));
            QCOMPARE(m.raw, mail(i));
            QCOMPARE(m.accountId, 7);
            QCOMPARE(m.folderId, 3);
            QCOMPARE(m.headersOnly, i % 5 == 0);
            QCOMPARE(m.fromAddress, u"ann@example.org"_s);
            QVERIFY(m.prepared.has_value());
            QCOMPARE(m.prepared->sha256, store::RawCodec::sha256(m.raw));
            const auto unpacked = store::RawCodec::decode(m.prepared->codec, m.prepared->packed, m.raw.size());
            QVERIFY(unpacked.ok());
            QCOMPARE(unpacked.value(), m.raw);
            QCOMPARE(m.prepared->subject, m.subject);
            QVERIFY(m.prepared->body.contains(u"Text of message "_s + QString::number(i)) || i % 7 == 0);
        }
        // Nothing comes twice: a turn of the event loop would deliver any stray hand-over that
        // was queued.
        QCoreApplication::processEvents();
        QCOMPARE(got.size(), kCount);
    }

    void destroyedWithWorkInProgressHandsNothingOver()
    {
        int handedOver = 0;
        {
            MessagePreparer p([&](store::NewMessage) { ++handedOver; }, 2);
            for (int i = 0; i < 200; ++i)
                p.submit(mail(i), origin(i));
        } // waits for the running work; queued hand-overs die with it
        // Every hand-over the workers made is in the event queue by now: deliver them.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(handedOver, 0);
    }

    void readyMayDeleteLater()
    {
        auto* p = new MessagePreparer(nullptr, 2);
        QPointer<MessagePreparer> alive(p);
        int handedOver = 0;
        MessagePreparer q(
            [&](store::NewMessage) {
                if (++handedOver == 1 && alive)
                    alive->deleteLater();
            },
            2);
        for (int i = 0; i < 20; ++i)
            q.submit(mail(i), origin(i));
        QTRY_COMPARE(handedOver, 20);
        QTRY_VERIFY(alive.isNull());
    }
};

QTEST_GUILESS_MAIN(tst_MessagePreparer)
#include "tst_MessagePreparer.moc"
