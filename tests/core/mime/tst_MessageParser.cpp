// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeFixtures.h"
#include "core/mime/MessageParser.h"

#include <QTest>
#include <thread>
#include <vector>

using namespace postbag::mime;
using namespace Qt::StringLiterals;
using namespace postbag::mime::test;

namespace {

ParsedMessage parse(const QByteArray& raw)
{
    return MessageParser::parse(raw, receivedAt());
}

QByteArray headersOnly(const QByteArray& headers)
{
    return bare("From: a@example.org\nDate: Tue, 01 Jul 2003 10:52:37 +0200\n" + headers, "body\n");
}

QString warningsOf(const ParsedMessage& m)
{
    QStringList names;
    for (const ParseWarning& w : m.warnings)
        names << warningName(w.code) + u':' + w.detail;
    return names.join(u", ");
}

} // namespace

class tst_MessageParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subject_data();
    void subject();
    void addresses();
    void encodedWordInQuotedDisplayName();
    void date_data();
    void date();
    void missingDateFallsBackToReceivedTime();
    void badDateFallsBackToReceivedTime();
    void identifiers();
    void inReplyToSkipsMalformedIds();
    void bodyCharset_data();
    void bodyCharset();
    void formatFlowed();
    void formatFlowedDelSp();
    void htmlOnly();
    void multipartAlternative();
    void inlineCidImage();
    void rfc2231FileName();
    void rfc2047FileName();
    void nestedMessage();
    void uuencodedAttachment();
    void attachmentDataUnknownPath();
    void parallelParsing();
};

void tst_MessageParser::subject_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray("Subject: Hello world") << u"Hello world"_s;
    QTest::newRow("q-latin1") << QByteArray("Subject: =?iso-8859-1?Q?Caf=E9_cr=E8me?=")
                              << u"Caf\u00e9 cr\u00e8me"_s;
    QTest::newRow("b-utf8") << QByteArray("Subject: =?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4=?=")
                            << u"Gr\u00fc\u00dfe aus K\u00f6ln"_s;
    QTest::newRow("adjacent-words-joined")
        << QByteArray("Subject: =?utf-8?q?Hello?= =?utf-8?q?_world?=") << u"Hello world"_s;
    QTest::newRow("adjacent-words-split-utf8-char")
        << QByteArray("Subject: =?UTF-8?Q?Caf=C3?= =?UTF-8?Q?=A9?=") << u"Caf\u00e9"_s;
    QTest::newRow("folded") << QByteArray("Subject: =?utf-8?q?one?=\n =?utf-8?q?_two?=")
                            << u"one two"_s;
    QTest::newRow("mixed-text-and-word")
        << QByteArray("Subject: Re: =?iso-8859-15?q?=A4uro?= prices") << u"Re: \u20acuro prices"_s;
    QTest::newRow("koi8-r") << QByteArray("Subject: =?koi8-r?B?8NLJ18XU?=") << u"Привет"_s;
    QTest::newRow("iso-2022-jp") << QByteArray("Subject: =?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=")
                                 << u"日本語"_s;
    QTest::newRow("raw-8bit-latin1")
        << QByteArray("Subject: Caf\xe9 cr\xe8me") << u"Caf\u00e9 cr\u00e8me"_s;
    QTest::newRow("raw-8bit-windows1252")
        << QByteArray("Subject: \x93quoted\x94 \x80") << u"\u201cquoted\u201d \u20ac"_s;
    QTest::newRow("raw-8bit-utf8") << QByteArray("Subject: Caf\xc3\xa9") << u"Caf\u00e9"_s;
    QTest::newRow("word-inside-text-loose")
        << QByteArray("Subject: abc=?utf-8?q?d=C3=A9f?=") << u"abcd\u00e9f"_s;
    QTest::newRow("lowercase-encoding")
        << QByteArray("Subject: =?utf-8?b?w6l0w6k=?=") << u"\u00e9t\u00e9"_s;
    QTest::newRow("unterminated-word-kept")
        << QByteArray("Subject: =?utf-8?q?broken") << u"=?utf-8?q?broken"_s;
    QTest::newRow("unknown-charset-ascii")
        << QByteArray("Subject: =?x-unknown?q?plain_text?=") << u"plain text"_s;
    QTest::newRow("missing") << QByteArray("X-Nothing: here") << QString();
}

void tst_MessageParser::subject()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    const ParsedMessage m = parse(headersOnly(header + "\n"));
    QCOMPARE(m.subject, expected);
}

void tst_MessageParser::addresses()
{
    const ParsedMessage m = parse(bare("From: \"Doe, Jane\" <jane@example.org>\n"
                                       "To: Bob <bob@example.org>, carol@example.org,\n"
                                       " =?utf-8?q?J=C3=BCrgen?= <juergen@example.de>\n"
                                       "Cc: Team: dave@example.org, Eve <eve@example.org>;\n"
                                       "Reply-To: list@example.org\n"
                                       "Date: Tue, 01 Jul 2003 10:52:37 +0200\n",
                                       "x\n"));
    QCOMPARE(m.from.size(), 1);
    QCOMPARE(m.from[0].name, u"Doe, Jane"_s);
    QCOMPARE(m.from[0].address, u"jane@example.org"_s);
    QCOMPARE(m.to.size(), 3);
    QCOMPARE(m.to[0], (Address{u"Bob"_s, u"bob@example.org"_s}));
    QCOMPARE(m.to[1], (Address{QString(), u"carol@example.org"_s}));
    QCOMPARE(m.to[2], (Address{u"J\u00fcrgen"_s, u"juergen@example.de"_s}));
    QCOMPARE(m.cc.size(), 2); // group flattened
    QCOMPARE(m.cc[1], (Address{u"Eve"_s, u"eve@example.org"_s}));
    QCOMPARE(m.replyTo.size(), 1);
    QCOMPARE(m.replyTo[0].address, u"list@example.org"_s);
}

void tst_MessageParser::encodedWordInQuotedDisplayName()
{
    const ParsedMessage m = parse(headersOnly(
        "To: \"=?iso-8859-1?q?J=F6rg_M=FCller?=\" <jm@example.de>, Raw \xc4rger <r@example.de>\n"));
    QCOMPARE(m.to.size(), 2);
    QCOMPARE(m.to[0].name, u"J\u00f6rg M\u00fcller"_s);
    QCOMPARE(m.to[1].name, u"Raw \u00c4rger"_s);
}

void tst_MessageParser::date_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<int>("offset");

    const QDateTime base(QDate(2003, 7, 1), QTime(8, 52, 37), QTimeZone::utc());
    QTest::newRow("plus-0200") << QByteArray("Tue, 01 Jul 2003 10:52:37 +0200") << base << 7200;
    QTest::newRow("minus-0500") << QByteArray("Tue, 1 Jul 2003 03:52:37 -0500") << base << -18000;
    QTest::newRow("half-hour") << QByteArray("Tue, 01 Jul 2003 14:22:37 +0530") << base << 19800;
    QTest::newRow("gmt") << QByteArray("Tue, 01 Jul 2003 08:52:37 GMT") << base << 0;
    QTest::newRow("obsolete-zone-EST")
        << QByteArray("Tue, 01 Jul 2003 03:52:37 EST") << base << -18000;
    QTest::newRow("no-weekday") << QByteArray("1 Jul 2003 08:52:37 +0000") << base << 0;
    QTest::newRow("comment") << QByteArray("Tue, 01 Jul 2003 10:52:37 +0200 (CEST)") << base
                             << 7200;
    QTest::newRow("two-digit-year") << QByteArray("Tue, 01 Jul 03 10:52:37 +0200") << base << 7200;
}

void tst_MessageParser::date()
{
    QFETCH(QByteArray, header);
    QFETCH(QDateTime, utc);
    QFETCH(int, offset);
    const ParsedMessage m = parse(bare("From: a@example.org\nDate: " + header + "\n", "x\n"));
    QVERIFY2(m.dateFromHeader, qPrintable(warningsOf(m)));
    QCOMPARE(m.date.toUTC(), utc);
    QCOMPARE(m.date.offsetFromUtc(), offset);
    QVERIFY(!m.hasWarning(Warning::BadDate));
}

void tst_MessageParser::missingDateFallsBackToReceivedTime()
{
    const ParsedMessage m = parse(bare("From: a@example.org\nSubject: no date\n", "x\n"));
    QVERIFY(!m.dateFromHeader);
    QCOMPARE(m.date, receivedAt());
    QVERIFY(m.hasWarning(Warning::MissingDate));
}

void tst_MessageParser::badDateFallsBackToReceivedTime()
{
    const ParsedMessage m = parse(bare("From: a@example.org\nDate: yesterday at noon\n", "x\n"));
    QVERIFY(!m.dateFromHeader);
    QCOMPARE(m.date, receivedAt());
    QVERIFY2(m.hasWarning(Warning::BadDate), qPrintable(warningsOf(m)));
}

void tst_MessageParser::identifiers()
{
    const ParsedMessage m = parse(
        headersOnly("Message-ID: <abc.123@example.org>\n"
                    "In-Reply-To: <parent@example.org> (Bob's message)\n"
                    "References: <root@example.org>\n <mid@example.org>  <parent@example.org>\n"
                    "List-Id: Postbag developers <dev.postbag.example.org>\n"));
    QCOMPARE(m.messageId, u"abc.123@example.org"_s);
    QCOMPARE(m.inReplyTo, u"parent@example.org"_s);
    QCOMPARE(m.references, (QStringList{u"root@example.org"_s, u"mid@example.org"_s,
                                        u"parent@example.org"_s}));
    QCOMPARE(m.listId, u"dev.postbag.example.org"_s);
}

void tst_MessageParser::inReplyToSkipsMalformedIds()
{
    // Threading follows In-Reply-To when there are no References: the last id that can name a
    // parent counts, not the mailer's junk or the sender's address before it.
    const ParsedMessage mh = parse(headersOnly(
        "In-Reply-To: Message from \"Eh\" <eh@example.org>\n of \"Thu, 29 Aug 2002 03:58:03 EDT.\""
        " <20020829.1@example.org>\n"));
    QCOMPARE(mh.inReplyTo, u"20020829.1@example.org"_s); // the MH form names the sender first
    const ParsedMessage junk = parse(headersOnly("In-Reply-To: <no-at-sign>\n"));
    QCOMPARE(junk.inReplyTo, u"no-at-sign"_s); // kept as written when nothing is valid
}

void tst_MessageParser::bodyCharset_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("transferEncoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("expectBadCharset");

    QTest::newRow("latin1") << QByteArray("text/plain; charset=iso-8859-1") << QByteArray("8bit")
                            << QByteArray("Caf\xe9\n") << u"Caf\u00e9\n"_s << false;
    QTest::newRow("latin1-qp") << QByteArray("text/plain; charset=\"ISO-8859-1\"")
                               << QByteArray("quoted-printable") << QByteArray("Caf=E9 =\n!\n")
                               << u"Caf\u00e9 !\n"_s << false;
    QTest::newRow("koi8-r") << QByteArray("text/plain; charset=koi8-r") << QByteArray("8bit")
                            << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2\n")
                            << u"Привет, мир\n"_s << false;
    QTest::newRow("iso-2022-jp") << QByteArray("text/plain; charset=ISO-2022-JP")
                                 << QByteArray("7bit") << QByteArray("\x1b$BF|K\\8l\x1b(B\n")
                                 << u"日本語\n"_s << false;
    QTest::newRow("shift_jis") << QByteArray("text/plain; charset=shift_jis") << QByteArray("8bit")
                               << QByteArray("\x93\xfa\x96{\x8c\xea\x83\x65\x83L\x83X\x83g\n")
                               << u"日本語テキスト\n"_s << false;
    QTest::newRow("utf8-base64") << QByteArray("text/plain; charset=utf-8") << QByteArray("base64")
                                 << QByteArray("R3LDvMOfZSBhdXMgS8O2bG4=\n")
                                 << u"Gr\u00fc\u00dfe aus K\u00f6ln"_s << false;
    QTest::newRow("alias-latin1") << QByteArray("text/plain; charset=latin1") << QByteArray("8bit")
                                  << QByteArray("Caf\xe9\n") << u"Caf\u00e9\n"_s << false;
    // GMime maps "x-unknown" to the locale charset, so only wrong-for-the-bytes is predictable.
    QTest::newRow("x-unknown-latin1")
        << QByteArray("text/plain; charset=x-unknown") << QByteArray("8bit")
        << QByteArray("Caf\xe9\n") << u"Caf\u00e9\n"_s << true;
    QTest::newRow("default-but-utf8")
        << QByteArray("text/plain; charset=\"default\"") << QByteArray("8bit")
        << QByteArray("Caf\xc3\xa9\n") << u"Caf\u00e9\n"_s << true;
    QTest::newRow("default-latin1")
        << QByteArray("text/plain; charset=default") << QByteArray("8bit")
        << QByteArray("Caf\xe9 \x80\n") << u"Caf\u00e9 \u20ac\n"_s << true;
    QTest::newRow("ascii-declared-8bit")
        << QByteArray("text/plain; charset=us-ascii") << QByteArray("8bit")
        << QByteArray("na\xefve\n") << u"na\u00efve\n"_s << true;
    QTest::newRow("no-charset-utf8") << QByteArray("text/plain") << QByteArray("8bit")
                                     << QByteArray("na\xc3\xafve\n") << u"na\u00efve\n"_s << true;
    QTest::newRow("utf8-declared-but-latin1")
        << QByteArray("text/plain; charset=utf-8") << QByteArray("8bit")
        << QByteArray("\xe0 bient\xf4t\n") << u"\u00e0 bient\u00f4t\n"_s << true;
    QTest::newRow("cp1252-undefined-byte")
        << QByteArray("text/plain; charset=bogus") << QByteArray("8bit")
        << QByteArray("a\x81z\xe9\n") << u"a\u0081z\u00e9\n"_s << true;
    QTest::newRow("crlf-normalised")
        << QByteArray("text/plain; charset=us-ascii") << QByteArray("7bit")
        << QByteArray("a\r\nb\r\n") << u"a\nb\n"_s << false;
}

void tst_MessageParser::bodyCharset()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, transferEncoding);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QFETCH(bool, expectBadCharset);
    const ParsedMessage m =
        parse(message("Content-Transfer-Encoding: " + transferEncoding + "\n", body, contentType));
    QCOMPARE(m.textPlain, expected);
    QCOMPARE(m.hasWarning(Warning::BadCharset), expectBadCharset);
    QVERIFY(m.attachments.isEmpty());
}

void tst_MessageParser::formatFlowed()
{
    const ParsedMessage m = parse(message({},
                                          "This is a long \n"
                                          "paragraph that \n"
                                          "flows.\n"
                                          "\n"
                                          "> quoted and \n"
                                          "> flowed\n"
                                          ">> deeper\n"
                                          " From space-stuffed\n"
                                          "-- \n"
                                          "sig\n",
                                          "text/plain; charset=utf-8; format=flowed"));
    QCOMPARE(m.textPlain, u"This is a long paragraph that flows.\n"
                          u"\n"
                          u"> quoted and flowed\n"
                          u">> deeper\n"
                          u"From space-stuffed\n"
                          u"-- \n"
                          u"sig\n"_s);
}

void tst_MessageParser::formatFlowedDelSp()
{
    const ParsedMessage m = parse(message({}, "\xe6\x97\xa5\xe6\x9c\xac \n\xe8\xaa\x9e\n",
                                          "text/plain; charset=utf-8; format=flowed; delsp=yes"));
    QCOMPARE(m.textPlain, u"日本語\n"_s);
}

void tst_MessageParser::htmlOnly()
{
    const ParsedMessage m = parse(message(
        {},
        "<html><head><title>T</title><style>p{}</style></head><body><p>Hello&nbsp;<b>HTML</b> "
        "&amp; friends</p><script>alert(1)</script><div>caf&#233; &#x263A; &euro;</div></body>"
        "</html>\n",
        "text/html; charset=utf-8"));
    QVERIFY(m.textPlain.isEmpty());
    QVERIFY(m.textHtml.contains(u"<b>HTML</b>"));
    QCOMPARE(m.searchableText(), u"Hello HTML & friends\ncaf\u00e9 \u263a \u20ac"_s);
    QVERIFY(m.attachments.isEmpty());
}

void tst_MessageParser::multipartAlternative()
{
    const ParsedMessage m = parse(message({},
                                          "preamble\n"
                                          "--b1\n"
                                          "Content-Type: text/plain; charset=iso-8859-1\n"
                                          "Content-Transfer-Encoding: quoted-printable\n"
                                          "\n"
                                          "Gr=FC=DFe\n"
                                          "--b1\n"
                                          "Content-Type: text/html; charset=utf-8\n"
                                          "\n"
                                          "<p>Gr\xc3\xbc\xc3\x9f"
                                          "e</p>\n"
                                          "--b1--\n"
                                          "epilogue\n",
                                          "multipart/alternative; boundary=b1"));
    QCOMPARE(m.textPlain, u"Gr\u00fc\u00dfe"_s); // the line break before a boundary belongs to it
    QCOMPARE(m.textHtml, u"<p>Gr\u00fc\u00dfe</p>"_s);
    QVERIFY(m.attachments.isEmpty());
    QCOMPARE(m.parts.size(), 3);
    QCOMPARE(m.parts[1].partPath, QByteArray("1"));
    QCOMPARE(m.parts[2].mimeType, u"text/html"_s);
    QVERIFY2(m.warnings.isEmpty(), qPrintable(warningsOf(m)));
}

void tst_MessageParser::inlineCidImage()
{
    const QByteArray raw = message({},
                                   "--rel\n"
                                   "Content-Type: text/html; charset=us-ascii\n"
                                   "\n"
                                   "<img src=\"cid:logo@example.org\">\n"
                                   "--rel\n"
                                   "Content-Type: image/png\n"
                                   "Content-Transfer-Encoding: base64\n"
                                   "Content-ID: <logo@example.org>\n"
                                   "\n"
                                   "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJw==\n"
                                   "--rel--\n",
                                   "multipart/related; boundary=rel; type=\"text/html\"");
    const ParsedMessage m = parse(raw);
    QCOMPARE(m.attachments.size(), 1);
    const Attachment& a = m.attachments[0];
    QCOMPARE(a.mimeType, u"image/png"_s);
    QCOMPARE(a.contentId, u"logo@example.org"_s);
    QVERIFY(a.isInline);
    QCOMPARE(a.size, 40);
    QCOMPARE(a.partPath, QByteArray("2"));
    const auto data = MessageParser::attachmentData(raw, a.partPath);
    QVERIFY(data.ok());
    QByteArray expected;
    for (int i = 0; i < 40; ++i)
        expected.append(char(i));
    QCOMPARE(data.value(), expected);

    // Kept only when asked for, then the same bytes, from the same parse.
    QVERIFY(a.pictureData.isEmpty());
    const ParsedMessage kept =
        MessageParser::parse(raw, QDateTime::currentDateTimeUtc(), MessageParser::Pictures::Keep);
    QCOMPARE(kept.attachments.size(), 1);
    QCOMPARE(kept.attachments[0].pictureData, expected);
    QCOMPARE(kept.attachments[0].size, 40);
}

void tst_MessageParser::rfc2231FileName()
{
    const QByteArray raw = message({},
                                   "--m\n"
                                   "Content-Type: text/plain\n\nsee attached\n"
                                   "--m\n"
                                   "Content-Type: application/pdf\n"
                                   "Content-Disposition: attachment;\n"
                                   " filename*0*=utf-8''%C3%A9t%C3%A9;\n"
                                   " filename*1*=%20r%C3%A9sum%C3%A9;\n"
                                   " filename*2=\".pdf\"\n"
                                   "Content-Transfer-Encoding: base64\n\n"
                                   "JVBERi0xLjQK\n"
                                   "--m\n"
                                   "Content-Type: text/plain; name*=iso-8859-1'de'Gr%FC%DFe.txt\n"
                                   "Content-Disposition: attachment\n\n"
                                   "hello\n"
                                   "--m--\n",
                                   "multipart/mixed; boundary=m");
    const ParsedMessage m = parse(raw);
    QCOMPARE(m.textPlain, u"see attached"_s);
    QCOMPARE(m.attachments.size(), 2);
    QCOMPARE(m.attachments[0].fileName, u"\u00e9t\u00e9 r\u00e9sum\u00e9.pdf"_s);
    QCOMPARE(m.attachments[0].mimeType, u"application/pdf"_s);
    QCOMPARE(m.attachments[0].size, 9);
    QVERIFY(!m.attachments[0].isInline);
    QCOMPARE(m.attachments[1].fileName, u"Gr\u00fc\u00dfe.txt"_s);
    QCOMPARE(m.attachments[1].partPath, QByteArray("3"));
    QCOMPARE(MessageParser::attachmentData(raw, "2").value(), QByteArray("%PDF-1.4\n"));
}

void tst_MessageParser::rfc2047FileName()
{
    const ParsedMessage m =
        parse(message({},
                      "--m\n"
                      "Content-Type: image/jpeg; name=\"=?UTF-8?B?0KTQvtGC0L4uanBn?=\"\n"
                      "Content-Disposition: inline\n\n"
                      "xx\n"
                      "--m--\n",
                      "multipart/mixed; boundary=m"));
    QCOMPARE(m.attachments.size(), 1);
    QCOMPARE(m.attachments[0].fileName, u"Фото.jpg"_s);
    QVERIFY(m.attachments[0].isInline);
}

void tst_MessageParser::nestedMessage()
{
    const QByteArray raw = message({},
                                   "--outer\n"
                                   "Content-Type: text/plain\n\nForwarded below.\n"
                                   "--outer\n"
                                   "Content-Type: message/rfc822\n"
                                   "Content-Disposition: inline\n\n"
                                   "From: Carol <carol@example.org>\n"
                                   "Subject: =?utf-8?q?Inner_caf=C3=A9?=\n"
                                   "Date: Mon, 30 Jun 2003 09:00:00 +0000\n"
                                   "Content-Type: multipart/mixed; boundary=inner\n\n"
                                   "--inner\n"
                                   "Content-Type: text/plain; charset=iso-8859-1\n\n"
                                   "Inner caf\xe9 text\n"
                                   "--inner\n"
                                   "Content-Type: application/octet-stream; name=data.bin\n\n"
                                   "12345\n"
                                   "--inner--\n"
                                   "--outer--\n",
                                   "multipart/mixed; boundary=outer");
    const ParsedMessage m = parse(raw);
    QCOMPARE(m.textPlain, u"Forwarded below."_s);
    QCOMPARE(m.embedded.size(), 1);
    const EmbeddedMessage& e = m.embedded[0];
    QCOMPARE(e.partPath, QByteArray("2"));
    QCOMPARE(e.subject, u"Inner caf\u00e9"_s);
    QCOMPARE(e.from.value(0).address, u"carol@example.org"_s);
    QVERIFY(e.dateFromHeader);
    QCOMPARE(e.textPlain, u"Inner caf\u00e9 text"_s);
    QCOMPARE(m.attachments.size(), 2);
    QCOMPARE(m.attachments[0].mimeType, u"message/rfc822"_s);
    QCOMPARE(m.attachments[0].partPath, QByteArray("2"));
    QCOMPARE(m.attachments[1].fileName, u"data.bin"_s);
    QCOMPARE(m.attachments[1].partPath, QByteArray("2.2"));
    QCOMPARE(MessageParser::attachmentData(raw, "2.2").value(), QByteArray("12345"));
    QVERIFY(m.searchableText().contains(u"Inner caf\u00e9 text"));

    // The inner message can be fetched whole and parsed on its own.
    const auto inner = MessageParser::attachmentData(raw, "2");
    QVERIFY(inner.ok());
    const ParsedMessage reparsed = parse(inner.value());
    QCOMPARE(reparsed.subject, e.subject);
    QCOMPARE(reparsed.textPlain, e.textPlain);
}

void tst_MessageParser::uuencodedAttachment()
{
    const QByteArray raw = message({}, "Here is the file:\n"
                                       "\n"
                                       "begin 644 hello.txt\n"
                                       "82&5L;&\\L('5U96YC;V1E9\"!W;W)L9\"$*\n"
                                       "`\n"
                                       "end\n"
                                       "\n"
                                       "Bye.\n");
    const ParsedMessage m = parse(raw);
    QCOMPARE(m.attachments.size(), 1);
    QCOMPARE(m.attachments[0].fileName, u"hello.txt"_s);
    QCOMPARE(m.attachments[0].mimeType, u"text/plain"_s);
    QCOMPARE(m.attachments[0].size, 24);
    QCOMPARE(m.attachments[0].partPath, QByteArray("1.u1"));
    QCOMPARE(m.textPlain, u"Here is the file:\n\n\nBye.\n"_s);
    QCOMPARE(MessageParser::attachmentData(raw, "1.u1").value(),
             QByteArray("Hello, uuencoded world!\n"));
}

void tst_MessageParser::attachmentDataUnknownPath()
{
    const QByteArray raw = message({}, "text\n");
    for (const QByteArray& path : {QByteArray("2"), QByteArray("1.1"), QByteArray("x"),
                                   QByteArray("1.u1"), QByteArray("0"), QByteArray("1..")}) {
        const auto r = MessageParser::attachmentData(raw, path);
        QVERIFY2(!r.ok(), path.constData());
        QCOMPARE(r.error().code, postbag::ErrorCode::MimeUnparseable);
    }
    QCOMPARE(MessageParser::attachmentData(raw, "1").value(), QByteArray("text\n"));
}

void tst_MessageParser::parallelParsing()
{
    QList<QByteArray> inputs;
    inputs << message({}, "\xf0\xd2\xc9\xd7\xc5\xd4\n", "text/plain; charset=koi8-r")
           << message({}, "\x1b$BF|K\\8l\x1b(B\n", "text/plain; charset=iso-2022-jp")
           << headersOnly("Subject: =?iso-8859-1?Q?Caf=E9?=\n");
    QList<ParsedMessage> expected;
    for (const QByteArray& raw : inputs)
        expected << parse(raw);

    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                const int k = (i + t) % int(inputs.size());
                const ParsedMessage m = parse(inputs[k]);
                if (m.textPlain != expected[k].textPlain || m.subject != expected[k].subject)
                    ++mismatches;
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(tst_MessageParser)
#include "tst_MessageParser.moc"
