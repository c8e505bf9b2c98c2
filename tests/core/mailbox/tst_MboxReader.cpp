// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/FileProblem.h"
#include "core/mailbox/MboxFromLine.h"
#include "core/mailbox/MboxReader.h"

#include <QBuffer>
#include <QTest>

using namespace postbag;
using namespace postbag::mailbox;

Q_DECLARE_METATYPE(postbag::mailbox::MboxVariant)

namespace {

// Every message of `mbox`, read with the given chunk size; fails the test on an error.
QList<MboxMessage> readAll(const QByteArray& mbox, MboxVariant variant, qsizetype chunk)
{
    QBuffer buffer;
    buffer.setData(mbox);
    buffer.open(QIODevice::ReadOnly);
    MboxReader reader(buffer, variant, chunk);
    QList<MboxMessage> out;
    for (;;) {
        auto next = reader.next();
        if (!next) {
            qWarning() << next.error().toLogString();
            return {};
        }
        if (!next->has_value()) {
            break;
        }
        out.append(next->value());
    }
    return out;
}

const QByteArray env1 = "From alice@example.org Thu Aug 22 12:36:23 2002";
const QByteArray env2 = "From bob@example.org  Mon Jun  3 12:50:27 1996";

} // namespace

class tst_MboxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messages_data()
    {
        QTest::addColumn<QByteArray>("mbox");
        QTest::addColumn<MboxVariant>("variant");
        QTest::addColumn<QList<QByteArray>>("expected");
        const auto rd = MboxVariant::MboxRd;
        QTest::newRow("empty file") << QByteArray() << rd << QList<QByteArray>{};
        QTest::newRow("one message") << QByteArray(env1 + "\nSubject: a\n\nbody\n\n") << rd
                                     << QList<QByteArray>{"Subject: a\n\nbody\n"};
        QTest::newRow("no trailing newline") << QByteArray(env1 + "\nSubject: a\n\nbody") << rd
                                             << QList<QByteArray>{"Subject: a\n\nbody"};
        QTest::newRow("one trailing newline only")
            << QByteArray(env1 + "\nSubject: a\n\nbody\n") << rd
            << QList<QByteArray>{"Subject: a\n\nbody\n"};
        QTest::newRow("two messages")
            << QByteArray(env1 + "\nSubject: a\n\nbody a\n\n" + env2 +
                          "\nSubject: b\nTo: x\n\nb\n\n")
            << rd << QList<QByteArray>{"Subject: a\n\nbody a\n", "Subject: b\nTo: x\n\nb\n"};
        QTest::newRow("crlf") << QByteArray(env1 + "\r\nSubject: a\r\n\r\nbody\r\n\r\n" + env2 +
                                            "\r\nSubject: b\r\n\r\nb\r\n\r\n")
                              << rd
                              << QList<QByteArray>{"Subject: a\r\n\r\nbody\r\n",
                                                   "Subject: b\r\n\r\nb\r\n"};
        QTest::newRow("crlf, no trailing newline")
            << QByteArray(env1 + "\r\nSubject: a\r\n\r\nbody") << rd
            << QList<QByteArray>{"Subject: a\r\n\r\nbody"};
        QTest::newRow("From in body after a blank line is not a separator")
            << QByteArray(env1 + "\nSubject: a\n\nMy favourite film:\n\nFrom Russia with love\n"
                                 "Year: 1963\n\nbye\n\n")
            << rd
            << QList<QByteArray>{"Subject: a\n\nMy favourite film:\n\nFrom Russia with love\n"
                                 "Year: 1963\n\nbye\n"};
        QTest::newRow("From in body mid-paragraph")
            << QByteArray(env1 + "\nSubject: a\n\nwords\nFrom here on\nmore\n\n") << rd
            << QList<QByteArray>{"Subject: a\n\nwords\nFrom here on\nmore\n"};
        QTest::newRow("separator without blank line (Netscape)")
            << QByteArray(env1 + "\nSubject: a\n\nbody\n" + env2 + "\nSubject: b\nTo: x\n\nb\n")
            << rd << QList<QByteArray>{"Subject: a\n\nbody\n", "Subject: b\nTo: x\n\nb\n"};
        QTest::newRow("message of one header line")
            << QByteArray(env1 + "\nSubject: a\n\nx\n\n" + env2 + "\nSubject: b\n\ny\n\n") << rd
            << QList<QByteArray>{"Subject: a\n\nx\n", "Subject: b\n\ny\n"};
        QTest::newRow("empty message") << QByteArray(env1 + "\n\n" + env2 + "\nSubject: b\n\ny\n\n")
                                       << rd << QList<QByteArray>{"", "Subject: b\n\ny\n"};
        QTest::newRow("byte order mark")
            << QByteArray("\xEF\xBB\xBF" + env1 + "\nSubject: a\n\nx\n") << rd
            << QList<QByteArray>{"Subject: a\n\nx\n"};
        const QByteArray quoted = env1 + "\nSubject: q\n\n>From a\n>>From b\n>>>From c\n> From d\n"
                                         ">Fromage\nFrom e\n\n";
        QTest::newRow("mboxrd unquotes every >+From")
            << quoted << rd
            << QList<QByteArray>{"Subject: q\n\nFrom a\n>From b\n>>From c\n> From d\n>Fromage\n"
                                 "From e\n"};
        QTest::newRow("mboxo unquotes >From only")
            << quoted << MboxVariant::MboxO
            << QList<QByteArray>{"Subject: q\n\nFrom a\n>>From b\n>>>From c\n> From d\n>Fromage\n"
                                 "From e\n"};
        QTest::newRow("mboxcl2 unquotes nothing")
            << quoted << MboxVariant::MboxCl
            << QList<QByteArray>{"Subject: q\n\n>From a\n>>From b\n>>>From c\n> From d\n"
                                 ">Fromage\nFrom e\n"};
        // Content-Length covers a body with an unquoted separator-looking "From " line.
        const QByteArray body = "x\n\nFrom bob Thu Aug 22 12:36:23 2002\nSubject: inner\nTo: y\n\n";
        QTest::newRow("content-length trusted")
            << QByteArray(env1 + "\nContent-Length: " + QByteArray::number(body.size()) + "\n\n" +
                          body + "\n" + env2 + "\nSubject: b\n\ny\n")
            << MboxVariant::MboxCl
            << QList<QByteArray>{"Content-Length: " + QByteArray::number(body.size()) + "\n\n" +
                                     body,
                                 "Subject: b\n\ny\n"};
        QTest::newRow("content-length wrong: scanned")
            << QByteArray(env1 + "\nContent-Length: 3\n\nbody text\n\n" + env2 +
                          "\nSubject: b\n\ny\n")
            << MboxVariant::MboxCl
            << QList<QByteArray>{"Content-Length: 3\n\nbody text\n", "Subject: b\n\ny\n"};
        QTest::newRow("content-length beyond the end")
            << QByteArray(env1 + "\nContent-Length: 99999\n\nbody\n") << MboxVariant::MboxCl
            << QList<QByteArray>{"Content-Length: 99999\n\nbody\n"};
    }

    void messages()
    {
        QFETCH(QByteArray, mbox);
        QFETCH(MboxVariant, variant);
        QFETCH(QList<QByteArray>, expected);
        for (const qsizetype chunk : {qsizetype(65536), qsizetype(1), qsizetype(7)}) {
            const QList<MboxMessage> got = readAll(mbox, variant, chunk);
            QList<QByteArray> raws;
            for (const MboxMessage& m : got) {
                raws.append(m.raw);
            }
            QCOMPARE(raws, expected);
        }
    }

    void envelope()
    {
        // Lines without a date are separators when two header fields follow (Netscape style).
        const auto got =
            readAll(QByteArray(env2 + "\nSubject: a\n\nx\n\nFrom -\nSubject: b\nTo: t\n"
                                      "\ny\n\nFrom \nSubject: c\nTo: t\n\nz\n"),
                    MboxVariant::MboxRd, 65536);
        QCOMPARE(got.size(), 3);
        QCOMPARE(got[0].fromLine, env2);
        QCOMPARE(got[0].sender, QByteArray("bob@example.org"));
        QCOMPARE(got[0].date, QDateTime(QDate(1996, 6, 3), QTime(12, 50, 27), Qt::UTC));
        QCOMPARE(got[0].offset, 0);
        QCOMPARE(got[1].fromLine, QByteArray("From -"));
        QCOMPARE(got[1].sender, QByteArray("-"));
        QVERIFY(!got[1].date.isValid());
        QCOMPARE(got[2].fromLine, QByteArray("From "));
        QVERIFY(got[2].sender.isEmpty());
    }

    void fromLineFormats()
    {
        const auto a = MboxFromLine::parse("From MAILER-DAEMON Thu Jan  1 00:00:00 1970");
        QCOMPARE(a.sender, QByteArray("MAILER-DAEMON"));
        QCOMPARE(a.date, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        const auto b = MboxFromLine::parse("From x@y Sat Mar  1 10:00:00 +0100 2003\r\n");
        QCOMPARE(b.date, QDateTime(QDate(2003, 3, 1), QTime(9, 0), Qt::UTC));
        const auto c = MboxFromLine::parse("From Thu Aug 22 12:36:23 2002");
        QVERIFY(c.sender.isEmpty());
        QVERIFY(c.date.isValid());
    }

    void notAnMbox()
    {
        QBuffer buffer;
        buffer.setData("Subject: an .eml, not an mbox\n\nhello\n");
        buffer.open(QIODevice::ReadOnly);
        MboxReader reader(buffer);
        const auto next = reader.next();
        QVERIFY(!next.ok());
        QCOMPARE(problemOf(next.error()), FileProblem::NotMailbox);
    }

    void positionAdvances()
    {
        const QByteArray mbox = env1 + "\nSubject: a\n\nx\n\n" + env2 + "\nSubject: b\n\ny\n";
        QBuffer buffer;
        buffer.setData(mbox);
        buffer.open(QIODevice::ReadOnly);
        MboxReader reader(buffer);
        QVERIFY(reader.next().value().has_value());
        QCOMPARE(reader.position(), mbox.indexOf(env2));
        QVERIFY(reader.next().value().has_value());
        QCOMPARE(reader.position(), mbox.size());
        QVERIFY(!reader.next().value().has_value());
    }
};

QTEST_GUILESS_MAIN(tst_MboxReader)
#include "tst_MboxReader.moc"
