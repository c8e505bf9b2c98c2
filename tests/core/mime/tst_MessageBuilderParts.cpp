// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuiltMessageChecks.h"
#include "MimeFixtures.h"
#include "core/mailbox/FileProblem.h"
#include "core/mime/MessageBuilder.h"
#include "core/mime/MessageParser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace postbag;
using namespace postbag::mime;
using namespace postbag::mime::test;
using namespace Qt::StringLiterals;

namespace {

OutgoingMessage note()
{
    OutgoingMessage m;
    m.from = {u"Jane"_s, u"jane@example.org"_s};
    m.to = {{u"Bob"_s, u"bob@example.net"_s}};
    m.subject = u"Files"_s;
    m.date = QDateTime(QDate(2026, 12, 7), QTime(22, 0), QTimeZone::utc());
    m.text = u"See attached.\n"_s;
    m.messageId = u"parts.1@example.org"_s;
    return m;
}

QByteArray everyByte(int repeat)
{
    QByteArray bytes;
    for (int r = 0; r < repeat; ++r) {
        for (int b = 0; b < 256; ++b)
            bytes.append(char(b));
    }
    return bytes;
}

// An original with raw UTF-8 in its headers and an 8bit body, as some servers deliver them.
const QByteArray kEightBitOriginal = "From: Jörg Müller <joerg@example.org>\n"
                                     "To: Zoë <zoe@example.net>\n"
                                     "Bcc: secret-watcher@example.com\n"
                                     "Subject: Grüße aus Köln\n"
                                     "Date: Mon, 07 Dec 2026 10:00:00 +0100\n"
                                     "Message-ID: <orig.8bit@example.org>\n"
                                     "MIME-Version: 1.0\n"
                                     "Content-Type: multipart/mixed; boundary=\"inner\"\n"
                                     "\n"
                                     "Präambel, die niemand liest\n"
                                     "--inner\n"
                                     "Content-Type: text/plain; charset=utf-8\n"
                                     "Content-Transfer-Encoding: 8bit\n"
                                     "\n"
                                     "Schöne Grüße, straße\n"
                                     "--inner\n"
                                     "Content-Type: text/plain; name=\"Übersicht.txt\"\n"
                                     "Content-Disposition: attachment; filename=\"Übersicht.txt\"\n"
                                     "Content-Transfer-Encoding: 8bit\n"
                                     "\n"
                                     "Zeile mit ä\n"
                                     "--inner--\n";

const QByteArray kSevenBitOriginal = "From: Bob <bob@example.net>\n"
                                     "To: Jane <jane@example.org>\n"
                                     "Subject: plain\n"
                                     "Date: Mon, 07 Dec 2026 10:00:00 +0100\n"
                                     "Message-ID: <orig.7bit@example.net>\n"
                                     "\n"
                                     "Just ASCII.\n"
                                     ".leading dot\n";

} // namespace

class tst_MessageBuilderParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void attachmentsByteExact();
    void typeByContent();
    void unreadableAttachmentIsNamed();
    void forwardInline();
    void forwardAttachedSevenBitAsIs();
    void forwardAttachedEightBitReencoded();
    void forwardOfNothingFails();
    void forwardOfNonMessageAttachesItAsIs();
};

void tst_MessageBuilderParts::cleanup()
{
    const QStringList warnings = takeParseWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u", ")));
}

void tst_MessageBuilderParts::attachmentsByteExact()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"report.csv"_s);
    const QByteArray csv = "a;b\nc;d\r\n\xff\x00 end"_ba;
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(csv), csv.size());
    }
    const QString longName = u"Überweisungsbestätigung für die Müller-Lüdenscheidt GmbH & Co. KG — "
                             u"Rechnung Nr. 2026-12-07 (endgültig, 日本語).pdf"_s;
    OutgoingMessage m = note();
    m.attachments = {{longName, everyByte(40), {}, {}},
                     {{}, {}, path, {}},
                     {u"empty.txt"_s, {}, {}, u"text/plain"_s},
                     {u"notes.txt"_s, "line one\nline two\n", {}, {}}};
    const Result<BuiltMessage> built = MessageBuilder::build(m);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().toLogString()));
    QVERIFY2(wireProblem(built->sendBytes).isEmpty(), qPrintable(wireProblem(built->sendBytes)));
    QVERIFY(built->sendBytes.contains("filename*0*=UTF-8''"));
    QCOMPARE(built->sendBytes.count("Content-Transfer-Encoding: base64"), 4);

    const ParsedMessage p = parseBuilt(built->sendBytes);
    QCOMPARE(p.textPlain, m.text);
    QCOMPARE(p.attachments.size(), 4);
    const QList<QByteArray> expected = {everyByte(40), csv, QByteArray(), "line one\nline two\n"};
    const QStringList names = {longName, u"report.csv"_s, u"empty.txt"_s, u"notes.txt"_s};
    for (qsizetype i = 0; i < 4; ++i) {
        const Attachment& a = p.attachments[i];
        QCOMPARE(a.fileName, names[i]);
        QVERIFY(!a.isInline);
        const Result<QByteArray> data = MessageParser::attachmentData(built->sendBytes, a.partPath);
        QVERIFY(data.ok());
        QCOMPARE(data.value(), expected[i]);
    }
    QCOMPARE(p.attachments[2].mimeType, u"text/plain"_s);
}

void tst_MessageBuilderParts::typeByContent()
{
    const QByteArray png =
        QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwA"
                               "BBAEAwS2OUAAAAABJRU5ErkJggg==");
    OutgoingMessage m = note();
    m.attachments = {{u"picture"_s, png, {}, {}},
                     {u"data.bin"_s, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"_ba, {}, {}},
                     {u"given.dat"_s, "x", {}, u"Application/X-Custom"_s}};
    const Result<BuiltMessage> built = MessageBuilder::build(m);
    QVERIFY(built.ok());
    const ParsedMessage p = parseBuilt(built->sendBytes);
    QCOMPARE(p.attachments.size(), 3);
    QCOMPARE(p.attachments[0].mimeType, u"image/png"_s);
    QCOMPARE(p.attachments[1].mimeType, u"application/pdf"_s);
    QCOMPARE(p.attachments[2].mimeType, u"application/x-custom"_s);
}

void tst_MessageBuilderParts::unreadableAttachmentIsNamed()
{
    QTemporaryDir dir;
    OutgoingMessage m = note();
    const QString missing = dir.filePath(u"gone.pdf"_s);
    m.attachments = {{{}, {}, missing, {}}};
    Result<BuiltMessage> built = MessageBuilder::build(m);
    QVERIFY(!built.ok());
    QCOMPARE(mailbox::problemOf(built.error()), mailbox::FileProblem::Missing);
    QVERIFY(built.error().serverText.contains(missing));

    m.attachments = {{{}, {}, dir.path(), {}}}; // a folder cannot be read as a file
    built = MessageBuilder::build(m);
    QVERIFY(!built.ok());
    QCOMPARE(mailbox::problemOf(built.error()), mailbox::FileProblem::Unreadable);
}

void tst_MessageBuilderParts::forwardInline()
{
    OutgoingMessage m = note();
    m.text = u"FYI, see below."_s;
    m.forward.mode = Forward::Mode::Inline;
    m.forward.headerBlock = u"-------- Forwarded Message --------\nSubject: plain\nFrom: Bob"_s;
    m.forward.originalText =
        u"Just ASCII.\n> an older quote\n\nFrom here on "_s + QString(90, u'ä') + u"\n-- \nBob\n"_s;
    const Result<BuiltMessage> built = MessageBuilder::build(m);
    QVERIFY(built.ok());
    QVERIFY2(wireProblem(built->sendBytes).isEmpty(), qPrintable(wireProblem(built->sendBytes)));
    const ParsedMessage p = parseBuilt(built->sendBytes);
    QCOMPARE(p.textPlain, u"FYI, see below.\n\n"
                          u"-------- Forwarded Message --------\nSubject: plain\nFrom: Bob\n\n"
                          u"> Just ASCII.\n>> an older quote\n> \n> From here on "_s +
                              QString(90, u'ä') + u"\n> -- \n> Bob\n"_s);
    QVERIFY(p.attachments.isEmpty());
}

void tst_MessageBuilderParts::forwardAttachedSevenBitAsIs()
{
    OutgoingMessage m = note();
    m.forward.mode = Forward::Mode::Attached;
    m.forward.original = kSevenBitOriginal;
    m.forward.fileName = u"plain.eml"_s;
    const Result<BuiltMessage> built = MessageBuilder::build(m);
    QVERIFY(built.ok());
    QVERIFY2(wireProblem(built->sendBytes).isEmpty(), qPrintable(wireProblem(built->sendBytes)));
    QByteArray crlf = kSevenBitOriginal;
    crlf.replace("\n", "\r\n");
    QVERIFY(built->sendBytes.contains(QByteArray("\r\n\r\n" + crlf)));
    const ParsedMessage p = parseBuilt(built->sendBytes);
    QCOMPARE(p.embedded.size(), 1);
    QCOMPARE(p.embedded[0].subject, u"plain"_s);
    QCOMPARE(p.embedded[0].textPlain, u"Just ASCII.\n.leading dot\n"_s);
    QCOMPARE(p.attachments.value(0).mimeType, u"message/rfc822"_s);
    QCOMPARE(p.attachments.value(0).fileName, u"plain.eml"_s);
}

void tst_MessageBuilderParts::forwardAttachedEightBitReencoded()
{
    OutgoingMessage m = note();
    m.bcc = {{QString(), u"mine@example.org"_s}};
    m.forward.mode = Forward::Mode::Attached;
    m.forward.original = kEightBitOriginal;
    m.forward.fileName = u"Grüße aus Köln.eml"_s;
    const Result<BuiltMessage> built = MessageBuilder::build(m);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().toLogString()));
    for (const QByteArray& bytes : {built->sendBytes, built->sentCopy}) {
        QVERIFY2(wireProblem(bytes).isEmpty(), qPrintable(wireProblem(bytes)));
        QVERIFY(!bytes.contains("secret-watcher"));
    }
    QVERIFY(built->sentCopy.contains("mine@example.org"));
    QVERIFY(built->sendBytes.contains("filename*=UTF-8''Gr%C3%BC%C3%9Fe%20aus%20K%C3%B6ln.eml"));

    const ParsedMessage p = parseBuilt(built->sendBytes);
    QCOMPARE(p.embedded.size(), 1);
    const EmbeddedMessage& inner = p.embedded[0];
    QCOMPARE(inner.subject, u"Grüße aus Köln"_s);
    QCOMPARE(inner.from, (QList<Address>{{u"Jörg Müller"_s, u"joerg@example.org"_s}}));
    QCOMPARE(inner.to, (QList<Address>{{u"Zoë"_s, u"zoe@example.net"_s}}));
    QCOMPARE(inner.messageId, u"orig.8bit@example.org"_s);
    QCOMPARE(inner.textPlain, u"Schöne Grüße, straße"_s); // the last CRLF is the boundary's
    QCOMPARE(p.attachments.size(), 2);
    QCOMPARE(p.attachments[0].mimeType, u"message/rfc822"_s);
    QCOMPARE(p.attachments[0].fileName, u"Grüße aus Köln.eml"_s);
    QCOMPARE(p.attachments[1].fileName, u"Übersicht.txt"_s);
    const Result<QByteArray> data =
        MessageParser::attachmentData(built->sendBytes, p.attachments[1].partPath);
    QVERIFY(data.ok());
    QCOMPARE(data.value(), "Zeile mit \xc3\xa4"_ba); // the last CRLF is the boundary's
}

void tst_MessageBuilderParts::forwardOfNothingFails()
{
    OutgoingMessage m = note();
    m.forward.mode = Forward::Mode::Attached;
    m.forward.original = " \r\n";
    const Result<BuiltMessage> built = MessageBuilder::build(m);
    QVERIFY(!built.ok());
    QCOMPARE(built.error().code, ErrorCode::MimeUnparseable);
}

// GMime reads no message from bytes that do not start with a header: they go as a file, unchanged.
void tst_MessageBuilderParts::forwardOfNonMessageAttachesItAsIs()
{
    OutgoingMessage m = note();
    m.forward.mode = Forward::Mode::Attached;
    m.forward.original = QByteArray(200, ' ') + "\nDelivered-To: a@example.org\n\nbody \xff\n";
    m.forward.fileName = u"odd.eml"_s;
    const Result<BuiltMessage> built = MessageBuilder::build(m);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().toLogString()));
    QVERIFY2(wireProblem(built->sendBytes).isEmpty(), qPrintable(wireProblem(built->sendBytes)));
    const ParsedMessage p = parseBuilt(built->sendBytes);
    QVERIFY(p.embedded.isEmpty());
    QCOMPARE(p.attachments.size(), 1);
    QCOMPARE(p.attachments[0].mimeType, u"application/octet-stream"_s);
    QCOMPARE(p.attachments[0].fileName, u"odd.eml"_s);
    const Result<QByteArray> data =
        MessageParser::attachmentData(built->sendBytes, p.attachments[0].partPath);
    QVERIFY(data.ok());
    QCOMPARE(data.value(), m.forward.original);
}

QTEST_GUILESS_MAIN(tst_MessageBuilderParts)
#include "tst_MessageBuilderParts.moc"
