// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/FileProblem.h"
#include "core/mailbox/MboxFromLine.h"
#include "core/mailbox/MboxReader.h"
#include "core/mailbox/MboxWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace postbag;
using namespace postbag::mailbox;

namespace {

QList<QByteArray> readBack(const QByteArray& mbox)
{
    QBuffer buffer;
    buffer.setData(mbox);
    buffer.open(QIODevice::ReadOnly);
    MboxReader reader(buffer);
    QList<QByteArray> out;
    while (auto next = reader.next()) {
        if (!next->has_value()) {
            break;
        }
        out.append(next->value().raw);
    }
    return out;
}

} // namespace

class tst_MboxWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotingBothWays()
    {
        const QByteArray raw = "Subject: q\n\nFrom a\n>From b\n>>From c\n> From d\nFromage\n";
        QCOMPARE(MboxWriter::quoted(raw),
                 QByteArray("Subject: q\n\n>From a\n>>From b\n>>>From c\n> From d\nFromage\n"));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        MboxWriter writer(out);
        QVERIFY(writer.write(raw, "From x@y Thu Aug 22 12:36:23 2002").ok());
        QCOMPARE(readBack(out.data()), QList<QByteArray>{raw});
    }

    void fromLine()
    {
        const QDateTime when(QDate(2024, 5, 1), QTime(9, 5, 3), Qt::UTC);
        QCOMPARE(MboxFromLine::format("bob@example.org", when),
                 QByteArray("From bob@example.org Wed May  1 09:05:03 2024"));
        QCOMPARE(MboxFromLine::format("", when),
                 QByteArray("From MAILER-DAEMON Wed May  1 09:05:03 2024"));
        QCOMPARE(MboxFromLine::format("two words", when),
                 QByteArray("From MAILER-DAEMON Wed May  1 09:05:03 2024"));
        QCOMPARE(MboxFromLine::format("x@y", QDateTime()),
                 QByteArray("From x@y Thu Jan  1 00:00:00 1970"));
        const QDateTime local(QDate(2024, 12, 24), QTime(23, 30), QTimeZone(3600));
        QCOMPARE(MboxFromLine::format("x@y", local),
                 QByteArray("From x@y Tue Dec 24 22:30:00 2024"));
    }

    void layout()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        MboxWriter writer(out);
        QVERIFY(
            writer.write("A: 1\n\none\n", "x@y", QDateTime::fromSecsSinceEpoch(0, Qt::UTC)).ok());
        QVERIFY(writer.write("A: 2\n\nno newline", "From z Thu Jan  1 00:00:00 1970").ok());
        QVERIFY(writer.write("A: 3\r\n\r\ncrlf\r\n", "From c Thu Jan  1 00:00:00 1970").ok());
        QCOMPARE(out.data(),
                 QByteArray("From x@y Thu Jan  1 00:00:00 1970\nA: 1\n\none\n\n"
                            "From z Thu Jan  1 00:00:00 1970\nA: 2\n\nno newline\n\n"
                            "From c Thu Jan  1 00:00:00 1970\r\nA: 3\r\n\r\ncrlf\r\n\r\n"));
        QCOMPARE(writer.messagesWritten(), 3);
        QCOMPARE(writer.bytesWritten(), out.data().size());
        // Read back: exact, except that the unterminated message gained its line end.
        QCOMPARE(readBack(out.data()), (QList<QByteArray>{"A: 1\n\none\n", "A: 2\n\nno newline\n",
                                                          "A: 3\r\n\r\ncrlf\r\n"}));
    }

    void roundTripOfAwkwardMessages()
    {
        const QList<QByteArray> messages = {
            "Subject: a\n\nFrom the start\n>From quoted\n\nFrom Thu Aug 22 12:36:23 2002\n",
            "Subject: b\n\n\n\n", // ends with blank lines of its own
            "",                   // empty
            "Subject: c\r\n\r\n>>>From deep\r\n",
            "X-Mozilla-Status: 0001\nSubject: d\n\nlast\n",
        };
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        MboxWriter writer(out);
        for (const QByteArray& m : messages) {
            QVERIFY(writer.write(m, "From a@b Thu Aug 22 12:36:23 2002").ok());
        }
        QCOMPARE(readBack(out.data()), messages);
    }

    void diskFull()
    {
        QFile full(QStringLiteral("/dev/full"));
        if (!full.exists()) {
            QSKIP("no /dev/full here");
        }
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        MboxWriter writer(full);
        const Status s = writer.write(QByteArray(100000, 'x'), "From a Thu Jan  1 00:00:00 1970");
        QVERIFY(!s.ok());
        QCOMPARE(problemOf(s.error()), FileProblem::DiskFull);
        QCOMPARE(s.error().code, ErrorCode::DiskFull);
    }
};

QTEST_GUILESS_MAIN(tst_MboxWriter)
#include "tst_MboxWriter.moc"
