// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/PreparedMessage.h"

#include <QTest>

using namespace postbag;
using namespace postbag::mime;

namespace {
const QByteArray kMessage = "From: Ann <ann@example.org>\n"
                            "To: Bob <bob@example.org>, team: carol@example.org, Dan@Example.org;\n"
                            "Cc: bob@example.org\n"
                            "Bcc: eve@example.org,\n"
                            "\tfrank@example.org\n"
                            "Subject: =?UTF-8?q?Gr=C3=BC=C3=9Fe?=\n"
                            "Message-ID: <kept.1@example.org>\n"
                            "\n"
                            "Bcc: a body line, not a header\n"
                            ".a leading dot\n";
} // namespace

class tst_PreparedMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsTheBytesButBccAndLineEnds()
    {
        const auto built = PreparedMessage::take(kMessage);
        QVERIFY(built.ok());
        QCOMPARE(built->messageId, QStringLiteral("kept.1@example.org"));
        QCOMPARE(built->envelopeSender, QStringLiteral("ann@example.org"));
        QCOMPARE(
            built->recipients,
            QStringList({QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org"),
                         QStringLiteral("Dan@example.org"), QStringLiteral("eve@example.org"),
                         QStringLiteral("frank@example.org")}));
        QByteArray crlf = kMessage;
        crlf.replace("\n", "\r\n");
        QCOMPARE(built->sentCopy, crlf);
        QByteArray expected = crlf;
        expected.replace("Bcc: eve@example.org,\r\n\tfrank@example.org\r\n", "");
        QCOMPARE(built->sendBytes, expected);
        QVERIFY(built->sendBytes.contains("\r\n\r\nBcc: a body line, not a header\r\n"));
        QVERIFY(!built->sendBytes.contains("eve@"));
    }

    void crlfInputAndAnMboxLineAreHandled()
    {
        QByteArray crlf = kMessage;
        crlf.replace("\n", "\r\n");
        const auto built =
            PreparedMessage::take("From ann@example.org Mon Jan  1 00:00:00 2024\n" + crlf);
        QVERIFY(built.ok());
        QCOMPARE(built->sentCopy, crlf);
        QVERIFY(built->sendBytes.startsWith("From: Ann"));
    }

    void aMissingMessageIdIsAddedFromTheFromDomain()
    {
        const auto built = PreparedMessage::take("From: ann@example.org\nTo: bob@example.org\n"
                                                 "Subject: x\n\nbody");
        QVERIFY(built.ok());
        QVERIFY(built->messageId.endsWith(QStringLiteral("@example.org")));
        const QByteArray start = QByteArray("Message-ID: <") + built->messageId.toLatin1() +
                                 ">\r\nFrom: ann@example.org\r\n";
        QVERIFY(built->sendBytes.startsWith(start));
        QVERIFY(built->sendBytes.endsWith("\r\n\r\nbody\r\n"));
    }

    void unusableAddressesFailByName_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("named");
        QTest::newRow("no From") << QByteArray("To: bob@example.org\n\nx\n")
                                 << QStringLiteral("From");
        QTest::newRow("no recipient")
            << QByteArray("From: ann@example.org\n\nx\n") << QStringLiteral("To");
        QTest::newRow("bad recipient")
            << QByteArray("From: ann@example.org\nTo: bob@@x\n\nx\n") << QString();
    }
    void unusableAddressesFailByName()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, named);
        const auto built = PreparedMessage::take(raw);
        QVERIFY(!built.ok());
        QCOMPARE(built.error().code, ErrorCode::InvalidAddress);
        if (!named.isEmpty())
            QCOMPARE(built.error().serverText, named);
    }
};

QTEST_GUILESS_MAIN(tst_PreparedMessage)
#include "tst_PreparedMessage.moc"
