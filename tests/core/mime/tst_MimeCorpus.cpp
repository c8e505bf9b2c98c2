// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Parses every message of the shared real-world corpus (POSTBAG_CORPUS): nothing may crash, hang,
// trip a sanitizer or break the result's limits; a few known messages are checked field by field.
#include "core/mime/MessageBuilder.h"
#include "core/mime/MessageParser.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag::mime;
using namespace Qt::StringLiterals;

namespace {

const char* const kArchives[] = {"spamassassin-public-corpus.tar.zst",
                                 "messy-mime-fixtures.tar.zst"};

// Files in the archives that are not messages (see the corpus README).
bool isMessageFile(const QString& relativePath)
{
    const QString name = relativePath.section(u'/', -1);
    return !(name == u"SOURCE.txt" || name.startsWith(u"LICENSE") || name.startsWith(u"NOTICE") ||
             relativePath.startsWith(u"mailkit-pop3-transcripts/"));
}

} // namespace

class tst_MimeCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseEveryMessage();
    void spotCheck_data();
    void spotCheck();
    void spotCheckAttachments();
    void forwardEveryMessage();

private:
    QByteArray read(const QString& relativePath);

    QTemporaryDir m_dir;
};

void tst_MimeCorpus::initTestCase()
{
    const QString corpus = qEnvironmentVariable("POSTBAG_CORPUS");
    if (corpus.isEmpty())
        QSKIP("POSTBAG_CORPUS is not set");
    for (const char* archive : kArchives) {
        if (!QFile::exists(corpus + u'/' + QLatin1String(archive)))
            QSKIP(qPrintable(u"corpus archive missing: "_s + QLatin1String(archive)));
    }
    if (QStandardPaths::findExecutable(u"tar"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"zstd"_s).isEmpty())
        QSKIP("tar and zstd are needed to unpack the corpus");
    QVERIFY(m_dir.isValid());

    for (const char* archive : kArchives) {
        QProcess tar;
        tar.setWorkingDirectory(m_dir.path());
        tar.start(u"tar"_s, {u"--zstd"_s, u"-xf"_s, corpus + u'/' + QLatin1String(archive)});
        QVERIFY(tar.waitForFinished(120000));
        QVERIFY2(tar.exitStatus() == QProcess::NormalExit && tar.exitCode() == 0,
                 tar.readAllStandardError().constData());
    }
}

QByteArray tst_MimeCorpus::read(const QString& relativePath)
{
    QFile f(m_dir.filePath(relativePath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void tst_MimeCorpus::parseEveryMessage()
{
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int parsed = 0;
    int withAttachments = 0;
    int fetched = 0;
    qint64 slowestMs = 0;
    QString slowest;
    QMap<QString, int> warningCounts;
    QElapsedTimer total;
    total.start();

    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(m_dir.path()).relativeFilePath(path);
        if (!isMessageFile(rel))
            continue;
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(rel));
        const QByteArray raw = f.readAll();

        QElapsedTimer timer;
        timer.start();
        const ParsedMessage m = MessageParser::parse(raw, receivedAt);
        const qint64 ms = timer.elapsed();
        if (ms > slowestMs) {
            slowestMs = ms;
            slowest = rel;
        }
        ++parsed;

        QVERIFY2(m.date.isValid(), qPrintable(rel));
        QVERIFY2(m.parts.size() <= MessageParser::MaxParts, qPrintable(rel));
        QVERIFY2(m.textPlain.size() + m.textHtml.size() <= MessageParser::MaxTextChars,
                 qPrintable(rel));
        for (const Attachment& a : m.attachments)
            QVERIFY2(!a.partPath.isEmpty() && a.size >= 0, qPrintable(rel));
        for (const ParseWarning& w : m.warnings)
            ++warningCounts[warningName(w.code)];
        (void)m.searchableText();

        // Every reported attachment must be fetchable again by its path (first one per message
        // in the fixtures; the SpamAssassin set has few attachments, so all of them there).
        if (!m.attachments.isEmpty()) {
            ++withAttachments;
            const qsizetype n = rel.startsWith(u"spamassassin") ? m.attachments.size() : 1;
            for (qsizetype i = 0; i < n; ++i) {
                const Attachment& a = m.attachments[i];
                const auto data = MessageParser::attachmentData(raw, a.partPath);
                QVERIFY2(data.ok(), qPrintable(rel + u' ' + QString::fromLatin1(a.partPath)));
                if (a.mimeType != u"message/rfc822")
                    QCOMPARE(qint64(data.value().size()), a.size);
                ++fetched;
            }
        }
    }
    QVERIFY2(parsed > 7000, qPrintable(QString::number(parsed)));
    QStringList counts;
    for (auto i = warningCounts.cbegin(); i != warningCounts.cend(); ++i)
        counts << i.key() + u'=' + QString::number(i.value());
    qInfo("parsed %d messages in %lld ms (slowest %lld ms: %s); %d with attachments, %d fetched",
          parsed, total.elapsed(), slowestMs, qPrintable(slowest), withAttachments, fetched);
    qInfo("warnings: %s", qPrintable(counts.join(u", ")));
}

void tst_MimeCorpus::spotCheck_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("fromAddress");
    QTest::addColumn<QString>("textContains");
    QTest::addColumn<int>("utcOffset");

    // RFC 2047 B-encoded ISO-2022-JP subject; +0900 date.
    QTest::newRow("sa-iso2022jp-subject")
        << u"spamassassin-public-corpus/data/spam-1/00320.20dcbb5b047b8e2f212ee78267ee27ad.txt"_s
        << u"しじみともものコラボレーション"_s << u"sous1@aa.alles.or.jp"_s
        << u"http://book-i.net/mutou"_s << 9 * 3600;
    // KOI8-R body and subject, HTML alternative.
    QTest::newRow("mailcore2-koi8r")
        << u"mailcore2/unittest/data/summary/input/989-encoding-4.eml"_s
        << u"услуги перевода в Турции"_s << u"law@gc-osnova.ru"_s << u"Добрый день, Марина."_s
        << 4 * 3600;
    // ISO-2022-JP body; display name in To.
    QTest::newRow("mikel-iso2022jp-body")
        << u"mikel-mail/spec/fixtures/emails/multi_charset/japanese_iso_2022.eml"_s
        << u"まみむめも"_s << u"raasdnil@gmail.com"_s << u"すみません。"_s << -1;
    // Shift_JIS body.
    QTest::newRow("mikel-shift-jis")
        << u"mikel-mail/spec/fixtures/emails/multi_charset/japanese_shift_jis.eml"_s << u"test"_s
        << u"xxxxxxx@docomo.ne.jp"_s << u"このメールはテスト用のメールです。"_s << 9 * 3600;
    // ks_c_5601-1987 body (a Microsoft alias, resolved by GMime's charset table).
    QTest::newRow("mikel-ks_c_5601")
        << u"mikel-mail/spec/fixtures/emails/multi_charset/ks_c_5601-1987.eml"_s << u"test"_s
        << u"from@example.com"_s << u"스티해"_s << 9 * 3600;
    // A To: header made of thousands of encoded words (MimeKit's stack-overflow case).
    QTest::newRow("mimekit-stack-overflow")
        << u"mimekit/UnitTests/TestData/messages/stack-overflow.txt"_s << u"Message Subject"_s
        << u"test@test.com"_s << u"Message Body"_s << -8 * 3600;
}

void tst_MimeCorpus::spotCheck()
{
    QFETCH(QString, file);
    QFETCH(QString, subject);
    QFETCH(QString, fromAddress);
    QFETCH(QString, textContains);
    QFETCH(int, utcOffset);
    const QByteArray raw = read(file);
    QVERIFY2(!raw.isEmpty(), qPrintable(file));
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    const ParsedMessage m = MessageParser::parse(raw, receivedAt);
    QCOMPARE(m.subject, subject);
    const QString from = m.from.isEmpty() ? QString() : m.from[0].address;
    // The SpamAssassin sample has an encoded word as its From local part; Reply-To is the real one.
    QCOMPARE(m.from.isEmpty() || from.contains(u"=?") ? m.replyTo.value(0).address : from,
             fromAddress);
    QVERIFY2(m.searchableText().contains(textContains), qPrintable(m.searchableText().left(300)));
    if (utcOffset == -1) {
        QVERIFY(!m.dateFromHeader);
        QCOMPARE(m.date, receivedAt);
        QVERIFY(m.hasWarning(Warning::MissingDate));
    } else {
        QVERIFY(m.dateFromHeader);
        QCOMPARE(m.date.offsetFromUtc(), utcOffset);
    }
}

void tst_MimeCorpus::spotCheckAttachments()
{
    {
        // RFC 2231 file name with charset and continuations.
        const ParsedMessage m = MessageParser::parse(
            read(
                u"mikel-mail/spec/fixtures/emails/multi_charset/japanese_attachment_long_name.eml"_s),
            QDateTime::currentDateTimeUtc());
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments[0].fileName, u"かきくけこ"_s.repeated(5) + u".txt");
    }
    {
        // A forwarded message: listed as an attachment, its own text and attachment reachable.
        const QByteArray raw = read(
            u"mikel-mail/spec/fixtures/emails/attachment_emails/attachment_message_rfc822.eml"_s);
        const ParsedMessage m = MessageParser::parse(raw, QDateTime::currentDateTimeUtc());
        QCOMPARE(m.embedded.size(), 1);
        QCOMPARE(m.embedded[0].subject, u"Another PDF"_s);
        QVERIFY(m.embedded[0].textPlain.startsWith(u"Just attaching another PDF"));
        QCOMPARE(m.attachments.size(), 2);
        QCOMPARE(m.attachments[0].mimeType, u"message/rfc822"_s);
        QCOMPARE(m.attachments[1].fileName, u"broken.pdf"_s);
        QCOMPARE(m.attachments[1].partPath, QByteArray("2.2"));
        const auto pdf = MessageParser::attachmentData(raw, m.attachments[1].partPath);
        QVERIFY(pdf.ok());
        QVERIFY(pdf.value().startsWith("%PDF"));
    }
}

// Every message of the corpus, 8-bit, broken or huge, can be forwarded as an attachment: the
// result is a valid 7-bit message whose embedded message reads like the original.
void tst_MimeCorpus::forwardEveryMessage()
{
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    OutgoingMessage out;
    out.from = {u"Jane"_s, u"jane@example.org"_s};
    out.to = {{u"Bob"_s, u"bob@example.net"_s}};
    out.date = receivedAt;
    out.messageId = u"forward@example.org"_s;
    out.forward.mode = Forward::Mode::Attached;
    QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int forwarded = 0;
    QStringList failures;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(m_dir.path()).relativeFilePath(path);
        if (!isMessageFile(rel))
            continue;
        out.forward.original = read(rel);
        const ParsedMessage original = MessageParser::parse(out.forward.original, receivedAt);
        const postbag::Result<BuiltMessage> built = MessageBuilder::build(out);
        if (!built.ok()) {
            if (!out.forward.original.trimmed().isEmpty())
                failures << rel + u": "_s + built.error().toLogString();
            continue;
        }
        ++forwarded;
        const ParsedMessage m = MessageParser::parse(built->sendBytes, receivedAt);
        // Header text in an undeclared or wrong charset may read differently once re-encoded.
        const bool garbled = original.hasWarning(Warning::Unencoded8BitHeader) ||
                             original.hasWarning(Warning::BadCharset) ||
                             original.hasWarning(Warning::BrokenEncoding);
        if (original.hasWarning(Warning::NoHeaders)) { // maybe not a message: at least a file
            if (m.attachments.isEmpty())
                failures << rel + u": nothing attached"_s;
        } else if (m.embedded.isEmpty() ||
                   (!garbled && m.embedded[0].subject != original.subject)) {
            failures << rel + u": embedded message differs: "_s +
                            (m.embedded.isEmpty() ? QString() : m.embedded[0].subject);
        }
    }
    QVERIFY2(failures.isEmpty(),
             qPrintable(QString::number(failures.size()) + u" failed, first: "_s +
                        failures.mid(0, 10).join(u"\n"_s)));
    QVERIFY(forwarded > 7000);
}

QTEST_GUILESS_MAIN(tst_MimeCorpus)
#include "tst_MimeCorpus.moc"
