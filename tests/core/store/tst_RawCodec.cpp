// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/store/RawCodec.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace postbag;
using namespace postbag::store;
using namespace postbag::store::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray textMail(int lines)
{
    QByteArray m = "From: Ann <ann@example.org>\r\nSubject: minutes\r\n\r\n";
    for (int i = 0; i < lines; ++i)
        m += "Line " + QByteArray::number(i) + " of the minutes of the meeting.\r\n";
    return m;
}

QByteArray noise(int size)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char& c : b)
        c = char(gen.bounded(256));
    return b;
}

} // namespace

// The raw bytes' packing: exact round trips, old zlib blobs still read, damage reported.
class tst_RawCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("codec");
        QTest::newRow("empty") << QByteArray() << int(RawCodec::Stored);
        QTest::newRow("short") << QByteArray("Subject: hi\r\n\r\nhi\r\n") << int(RawCodec::Stored);
        QTest::newRow("text") << textMail(200) << int(RawCodec::Zstd);
        QTest::newRow("incompressible") << noise(64 * 1024) << int(RawCodec::Stored);
        QTest::newRow("nul and 8-bit") << QByteArray(5000, '\0') + textMail(10) + "\xff\xfe\x80"
                                       << int(RawCodec::Zstd);
    }
    void roundTrips()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, codec);
        const RawCodec::Packed packed = RawCodec::encode(raw);
        QCOMPARE(packed.codec, codec);
        if (codec == RawCodec::Zstd)
            QVERIFY2(packed.data.size() < raw.size() / 2, QByteArray::number(packed.data.size()));
        const auto back = RawCodec::decode(packed.codec, packed.data, raw.size());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), raw);
    }

    void digestIsSha256()
    {
        for (const QByteArray& raw : {QByteArray(), QByteArray("abc"), textMail(500), noise(100000)}) {
            QCOMPARE(RawCodec::sha256(raw).toHex(),
                     QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
        }
        QCOMPARE(RawCodec::sha256("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void readsZlibBlobsOfEarlierVersions()
    {
        const QByteArray raw = textMail(100);
        const auto back = RawCodec::decode(RawCodec::Zlib, qCompress(raw, 6), raw.size());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), raw);
    }

    void damageIsReportedNotReturned()
    {
        const QByteArray raw = textMail(100);
        const RawCodec::Packed packed = RawCodec::encode(raw);
        QCOMPARE(packed.codec, int(RawCodec::Zstd));

        QByteArray flipped = packed.data;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
        QByteArray truncated = packed.data.left(packed.data.size() - 3);
        for (const QByteArray& bad : {flipped, truncated, QByteArray("not zstd at all")}) {
            const auto r = RawCodec::decode(RawCodec::Zstd, bad, raw.size());
            if (r.ok()) // a flipped literal byte may still decode: it must not pass as the original
                QVERIFY(r.value() != raw);
            else
                QCOMPARE(r.error().code, ErrorCode::StoreCorrupt);
        }
        const auto wrongSize = RawCodec::decode(RawCodec::Zstd, packed.data, raw.size() + 1);
        QVERIFY(!wrongSize.ok());
        QCOMPARE(wrongSize.error().code, ErrorCode::StoreCorrupt);
        const auto badZlib = RawCodec::decode(RawCodec::Zlib, QByteArray("\0\0\0\x10xx", 6), 16);
        QVERIFY(!badZlib.ok());
        QCOMPARE(badZlib.error().code, ErrorCode::StoreCorrupt);
        const auto unknown = RawCodec::decode(7, packed.data, raw.size());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::StoreCorrupt);
    }

    void storeReadsBothCodecs()
    {
        // A profile written by an earlier version holds zlib blobs next to the new zstd ones.
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        NewMessage fresh = makeMessage(f.account.id, f.account.inboxId, u"U1"_s, u"fresh"_s);
        fresh.raw = textMail(300);
        const qint64 freshId = store.insert(fresh)->id;
        NewMessage old = makeMessage(f.account.id, f.account.inboxId, u"U2"_s, u"old"_s);
        old.raw = textMail(301);
        const qint64 oldId = store.insert(old)->id;
        STORE_OK(run(*f.db,
                     u"UPDATE blobs SET codec = 1, data = ? WHERE id = "
                     "(SELECT blob_id FROM messages WHERE id = ?)"_s,
                     {qCompress(old.raw, 6), oldId}));
        const auto codecs = rows(*f.db, u"SELECT codec FROM blobs ORDER BY codec"_s, 1);
        STORE_OK(codecs);
        QCOMPARE(codecs->size(), 2);
        QCOMPARE(codecs->at(0).value(0).toInt(), int(RawCodec::Zlib));
        QCOMPARE(codecs->at(1).value(0).toInt(), int(RawCodec::Zstd));
        QCOMPARE(store.raw(freshId).value(), fresh.raw);
        QCOMPARE(store.raw(oldId).value(), old.raw);
    }
};

QTEST_GUILESS_MAIN(tst_RawCodec)
#include "tst_RawCodec.moc"
