// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/MboxReader.h"
#include "core/mailbox/MboxWriter.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag;
using namespace postbag::mailbox;

Q_DECLARE_METATYPE(postbag::mailbox::MboxVariant)

// Real mbox files written by other programs (MimeKit's, Thunderbird's and mime4j's test data in
// the shared corpus), read whole.
class tst_MboxFixtures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QList<MboxMessage> read(const QString& relative, MboxVariant variant)
    {
        QFile file(m_dir.filePath(relative));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning() << "missing fixture" << relative;
            return {};
        }
        MboxReader reader(file, variant);
        QList<MboxMessage> out;
        for (;;) {
            auto next = reader.next();
            if (!next) {
                qWarning() << next.error().toLogString();
                return {};
            }
            if (!next->has_value()) {
                return out;
            }
            out.append(next->value());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString corpus = qEnvironmentVariable("POSTBAG_CORPUS");
        const QString archive = corpus + u"/messy-mime-fixtures.tar.zst";
        if (corpus.isEmpty() || !QFile::exists(archive)) {
            QSKIP("POSTBAG_CORPUS with messy-mime-fixtures.tar.zst is not available");
        }
        QProcess tar;
        tar.setWorkingDirectory(m_dir.path());
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("--zstd"), QStringLiteral("-xf"), archive,
                   QStringLiteral("mimekit/UnitTests/TestData/mbox"),
                   QStringLiteral("thunderbird-comm-central/mailnews/test/data")});
        QVERIFY(tar.waitForFinished(120000));
        QCOMPARE(tar.exitCode(), 0);
    }

    void contentLengthMbox()
    {
        // 29 From_ lines, Netscape style ("From - "), no blank lines between some messages, and
        // Content-Length headers of which four are wrong: those messages are found by scanning.
        const auto messages =
            read(QStringLiteral("mimekit/UnitTests/TestData/mbox/content-length.mbox.txt"),
                 MboxVariant::MboxCl);
        QCOMPARE(messages.size(), 29);
        for (const MboxMessage& m : messages) {
            QVERIFY(m.fromLine.startsWith("From - "));
            QVERIFY(m.raw.contains("Content-Length: ")); // headers are kept as they are
            QVERIFY(!m.raw.startsWith("From "));
        }
        // The 747 KB message is whole: its last line is its closing boundary.
        bool big = false;
        for (const MboxMessage& m : messages) {
            big = big || (m.raw.size() > 740000 &&
                          m.raw.endsWith("--------------746A59DD382995F41B0947E--\n"));
        }
        QVERIFY(big);
    }

    void unmungedFromLines()
    {
        // "From Russia with love" after a blank line must not split the message (MimeKit's test).
        const auto messages =
            read(QStringLiteral("mimekit/UnitTests/TestData/mbox/unmunged.mbox.txt"),
                 MboxVariant::MboxRd);
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages[0].raw.contains("\nFrom Russia with love\n\nWhat does Thunderbird do?"));
        QVERIFY(messages[1].raw.contains("From Russia with love\nYear: 1963\n"));
    }

    void thunderbirdSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QByteArray>("firstBodyPart");
        QTest::newRow("mboxrd") << QStringLiteral("mbox_mboxrd") << 2
                                << QByteArray("This is the body.\nFrom (should be escaped).\n");
        QTest::newRow("unquoted") << QStringLiteral("mbox_unquoted") << 2
                                  << QByteArray("like this:\nFrom \nThis could cause problems");
        QTest::newRow("modern") << QStringLiteral("mbox_modern") << 2 << QByteArray();
    }

    void thunderbirdSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(QByteArray, firstBodyPart);
        const auto messages =
            read(u"thunderbird-comm-central/mailnews/test/data/" + file, MboxVariant::MboxRd);
        QCOMPARE(messages.size(), count);
        QVERIFY(messages[0].raw.contains(firstBodyPart));
    }

    void writeThenReadGivesTheSameMessages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<MboxVariant>("variant");
        QTest::newRow("simple") << QStringLiteral("mimekit/UnitTests/TestData/mbox/simple.mbox.txt")
                                << MboxVariant::MboxRd;
        QTest::newRow("issue1189")
            << QStringLiteral("mimekit/UnitTests/TestData/mbox/issue1189.mbox.txt")
            << MboxVariant::MboxRd;
        QTest::newRow("content-length")
            << QStringLiteral("mimekit/UnitTests/TestData/mbox/content-length.mbox.txt")
            << MboxVariant::MboxCl;
        QTest::newRow("thunderbird mboxrd")
            << QStringLiteral("thunderbird-comm-central/mailnews/test/data/mbox_mboxrd")
            << MboxVariant::MboxRd;
    }

    void writeThenReadGivesTheSameMessages()
    {
        // Whatever the variant read, the mboxrd written gives every message back exactly
        // (including the unquoted "From " lines that Content-Length protected).
        QFETCH(QString, file);
        QFETCH(MboxVariant, variant);
        const auto messages = read(file, variant);
        QVERIFY(!messages.isEmpty());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        MboxWriter writer(out);
        for (const MboxMessage& m : messages) {
            QVERIFY(writer.write(m.raw, m.fromLine).ok());
        }
        QBuffer in(&out.buffer());
        QVERIFY(in.open(QIODevice::ReadOnly));
        MboxReader reader(in);
        for (const MboxMessage& m : messages) {
            const auto back = reader.next();
            QVERIFY(back.ok() && back->has_value());
            // A message without a final line end (one Content-Length in the Netscape file stops
            // before it) gains one: an mbox cannot hold anything else.
            QCOMPARE(back->value().raw, m.raw.endsWith('\n') ? m.raw : QByteArray(m.raw + '\n'));
            QCOMPARE(back->value().fromLine, m.fromLine);
        }
        QVERIFY(!reader.next().value().has_value());
    }

    void wellFormedFileRoundTripsByteForByte()
    {
        // Thunderbird's mboxrd sample has a blank line between messages; only the one after the
        // last message is missing, and the writer always adds it.
        const QString file =
            QStringLiteral("thunderbird-comm-central/mailnews/test/data/mbox_mboxrd");
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        MboxWriter writer(out);
        for (const MboxMessage& m : read(file, MboxVariant::MboxRd)) {
            QVERIFY(writer.write(m.raw, m.fromLine).ok());
        }
        QFile original(m_dir.filePath(file));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(out.data(), original.readAll() + '\n');
    }
};

QTEST_GUILESS_MAIN(tst_MboxFixtures)
#include "tst_MboxFixtures.moc"
