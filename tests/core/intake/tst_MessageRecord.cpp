// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/MessageRecord.h"
#include "core/mime/MessageParser.h"

#include <QTest>

using namespace postbag;

class tst_MessageRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapsEveryField()
    {
        const QByteArray raw = "From: =?utf-8?q?J=C3=B6rg?= <joerg@example.org>\r\n"
                               "To: Ann <ann@example.org>, bob@example.org\r\n"
                               "Cc: \"Carl\" <carl@example.org>\r\n"
                               "Subject: =?iso-8859-1?q?caf=E9?=\r\n"
                               "Date: Tue, 3 Mar 2020 10:00:00 +0100\r\n"
                               "Message-ID: <m1@example.org>\r\nIn-Reply-To: <m0@example.org>\r\n"
                               "References: <a@x> <m0@example.org>\r\nList-Id: Dev <dev.example.org>\r\n"
                               "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                               "--b\r\nContent-Type: text/plain\r\n\r\nhello body\r\n"
                               "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=r.pdf\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n";
        const QDateTime received = QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC);
        const auto parsed = mime::MessageParser::parse(raw, received);
        intake::Origin origin{7, 9, QStringLiteral("uid-1"), received, false};
        const store::NewMessage m = intake::toNewMessage(parsed, raw, origin);
        QCOMPARE(m.raw, raw);
        QCOMPARE(m.accountId, qint64(7));
        QCOMPARE(m.folderId, qint64(9));
        QCOMPARE(m.uidl, QStringLiteral("uid-1"));
        QCOMPARE(m.fromName, QString::fromUtf8("Jörg"));
        QCOMPARE(m.fromAddress, QStringLiteral("joerg@example.org"));
        QCOMPARE(m.toText, QStringLiteral("Ann <ann@example.org>, bob@example.org"));
        QCOMPARE(m.ccText, QStringLiteral("Carl <carl@example.org>"));
        QVERIFY(m.recipientAddresses.contains(QStringLiteral("carl@example.org")));
        QCOMPARE(m.subject, QString::fromUtf8("café"));
        QCOMPARE(m.date.toUTC(), QDateTime(QDate(2020, 3, 3), QTime(9, 0), Qt::UTC));
        QCOMPARE(m.receivedAt, received);
        QCOMPARE(m.messageId, QStringLiteral("m1@example.org"));
        QCOMPARE(m.inReplyTo, QStringLiteral("m0@example.org"));
        QCOMPARE(m.references, QStringLiteral("a@x m0@example.org"));
        QCOMPARE(m.listId, QStringLiteral("dev.example.org"));
        QVERIFY(m.bodyText.contains(QStringLiteral("hello body")));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments[0].fileName, QStringLiteral("r.pdf"));
        QCOMPARE(m.attachments[0].partPath, QStringLiteral("2"));
    }

    void missingDateFallsBackToReceived()
    {
        const QDateTime received = QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC);
        const auto parsed = mime::MessageParser::parse("Subject: x\r\n\r\nbody\r\n", received);
        const auto m = intake::toNewMessage(parsed, "Subject: x\r\n\r\nbody\r\n", {0, 1, {}, received, false});
        QCOMPARE(m.date.toUTC(), received);
    }
};

QTEST_GUILESS_MAIN(tst_MessageRecord)
#include "tst_MessageRecord.moc"
