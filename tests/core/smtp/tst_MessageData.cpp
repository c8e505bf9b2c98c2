// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/Envelope.h"
#include "core/smtp/MessageData.h"

#include <QTest>

using namespace postbag;
using namespace postbag::smtp;

class tst_MessageData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dotStuffingAndLineEnds_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("first line")
            << QByteArray(".first\r\nsecond\r\n") << QByteArray("..first\r\nsecond\r\n");
        QTest::newRow("embedded") << QByteArray("a\r\n.\r\n..b\r\n")
                                  << QByteArray("a\r\n..\r\n...b\r\n");
        QTest::newRow("bare LF") << QByteArray("a\n.b\nc") << QByteArray("a\r\n..b\r\nc\r\n");
        QTest::newRow("bare CR") << QByteArray("a\r.b\r\n") << QByteArray("a\r\n..b\r\n");
        QTest::newRow("CR LF split from LF")
            << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n");
        QTest::newRow("no dot mid-line") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void dotStuffingAndLineEnds()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, wire);
        const MessageData d(message);
        QCOMPARE(d.wire(), wire);
        QCOMPARE(d.canonicalSize(),
                 wire.size() - (wire.count("\n.") + (wire.startsWith('.') ? 1 : 0)));
        QVERIFY(!d.hasEightBit());
    }

    void eightBitIsNoticed()
    {
        QVERIFY(
            MessageData(QByteArray("Subject: x\r\n\r\nGr\xc3\xbc\xc3\x9f\x65\r\n")).hasEightBit());
        QVERIFY(!MessageData(QByteArray("Subject: x\r\n\r\nplain\r\n")).hasEightBit());
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("utf8");
        QTest::newRow("ascii") << QStringLiteral("bob@example.org") << QByteArray("bob@example.org")
                               << false;
        QTest::newRow("idn domain") << QStringLiteral("bob@b\u00fccher.example")
                                    << QByteArray("bob@xn--bcher-kva.example") << false;
        QTest::newRow("utf-8 local part") << QStringLiteral("j\u00f6rg@example.org")
                                          << QByteArray("j\xc3\xb6rg@example.org") << true;
        QTest::newRow("quoted @ in local part")
            << QStringLiteral("\"a@b\"@example.org") << QByteArray("\"a@b\"@example.org") << false;
    }
    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(QByteArray, wire);
        QFETCH(bool, utf8);
        const auto w = wireAddress(address, "RCPT");
        QVERIFY(w.ok());
        QCOMPARE(w->bytes, wire);
        QCOMPARE(w->needsSmtpUtf8, utf8);
    }

    void badAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("CRLF injection") << QStringLiteral("a@b.org>\r\nRCPT TO:<evil@x.org");
        QTest::newRow("angle bracket") << QStringLiteral("a@b.org> NOTIFY=NEVER");
        QTest::newRow("space") << QStringLiteral("a @b.org");
        QTest::newRow("no at") << QStringLiteral("localpart");
        QTest::newRow("empty domain") << QStringLiteral("a@");
        QTest::newRow("empty") << QString();
    }
    void badAddressesAreRefused()
    {
        QFETCH(QString, address);
        const auto w = wireAddress(address, "RCPT");
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, ErrorCode::UnsafeArgument);
        QCOMPARE(w.error().serverText, QStringLiteral("RCPT"));
    }

    void emptyReversePathOnlyWhereAllowed()
    {
        QVERIFY(wireAddress(QString(), "MAIL", true).ok());
        QVERIFY(wireAddress(QString(), "MAIL", true)->bytes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MessageData)
#include "tst_MessageData.moc"
