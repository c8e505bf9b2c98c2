// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuiltMessageChecks.h"
#include "MimeFixtures.h"
#include "core/mime/AddressSyntax.h"
#include "core/mime/MessageBuilder.h"
#include "core/mime/MessageParser.h"

#include <QSysInfo>
#include <QTest>
#include <QTimeZone>

using namespace postbag;
using namespace postbag::mime;
using namespace postbag::mime::test;
using namespace Qt::StringLiterals;

namespace {

OutgoingMessage letter()
{
    OutgoingMessage m;
    m.from = {u"Jörg Müller-Lüdenscheidt"_s, u"joerg@example.org"_s};
    m.to = {{u"Zoë Ångström, PhD"_s, u"zoe@example.net"_s}, {QString(), u"plain@example.net"_s}};
    m.cc = {{u"日本 太郎"_s, u"taro@example.jp"_s}};
    m.subject = u"Grüße aus Köln — 日本語のテスト and a rather long English tail to fold"_s;
    m.date = QDateTime(QDate(2026, 12, 7), QTime(21, 30, 15), QTimeZone(3600));
    m.text = u"Hallo Zoë,\n\nwie geht's?\n\n-- \nJörg\n"_s;
    m.messageId = u"built.1@example.org"_s;
    return m;
}

Result<BuiltMessage> build(const OutgoingMessage& m)
{
    return MessageBuilder::build(m);
}

ParsedMessage parse(const QByteArray& bytes)
{
    return parseBuilt(bytes);
}

} // namespace

class tst_MessageBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void headersReadBackAsWritten();
    void wireFormatOfBothCopies();
    void textIsUtf8FlowedWithExplicitCharset();
    void asciiTextStaysSevenBit();
    void bccOnlyInSentCopy();
    void onlyBccGetsUndisclosedRecipients();
    void envelope();
    void messageIdFromFromDomain();
    void sameInputSameBytes();
    void invalidAddressNamed_data();
    void invalidAddressNamed();
    void asciiForms_data();
    void asciiForms();
    void invalidDateAndMessageId();
    void headerInjectionFlattened();
    void bodyEdgeLinesSurvive();
    void replyThreading();
    void manyRecipientsFold();
};

void tst_MessageBuilder::cleanup()
{
    const QStringList warnings = takeParseWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u", ")));
}

void tst_MessageBuilder::headersReadBackAsWritten()
{
    const OutgoingMessage m = letter();
    const Result<BuiltMessage> built = build(m);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().toLogString()));
    const ParsedMessage p = parse(built->sendBytes);
    QCOMPARE(p.from, QList<Address>{m.from});
    QCOMPARE(p.to, m.to);
    QCOMPARE(p.cc, m.cc);
    QCOMPARE(p.subject, m.subject);
    QCOMPARE(p.date, m.date);
    QCOMPARE(p.date.offsetFromUtc(), 3600);
    QCOMPARE(p.messageId, u"built.1@example.org"_s);
    QCOMPARE(built->messageId, u"built.1@example.org"_s);
    QCOMPARE(p.textPlain, m.text);
    QVERIFY(p.attachments.isEmpty());
    QCOMPARE(headerValues(built->sendBytes, "Date"),
             QList<QByteArray>{"Mon, 07 Dec 2026 21:30:15 +0100"});
    QCOMPARE(headerValues(built->sendBytes, "MIME-Version"), QList<QByteArray>{"1.0"});
    // RFC 2047 in UTF-8, not the smallest charset that fits.
    QVERIFY(headerValues(built->sendBytes, "Subject").value(0).contains("=?UTF-8?"));
    QVERIFY(headerValues(built->sendBytes, "From").value(0).contains("=?UTF-8?"));
    QVERIFY(!built->sendBytes.toLower().contains("iso-8859"));
}

void tst_MessageBuilder::wireFormatOfBothCopies()
{
    OutgoingMessage m = letter();
    m.bcc = {{u"Geheim"_s, u"secret@example.com"_s}};
    m.subject = QString(300, u'ä') + u' ' + QString(1200, u'w');
    m.text = QString(3000, u'x') + u"\n"_s + QString(2000, u'ü') + u"\n\r\n.\n"_s;
    const Result<BuiltMessage> built = build(m);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().toLogString()));
    for (const QByteArray& bytes : {built->sendBytes, built->sentCopy})
        QVERIFY2(wireProblem(bytes).isEmpty(), qPrintable(wireProblem(bytes)));
    QCOMPARE(built->size(), built->sendBytes.size());
    const ParsedMessage p = parse(built->sendBytes);
    QCOMPARE(p.subject, m.subject);
    QCOMPARE(p.textPlain, QString(3000, u'x') + u"\n"_s + QString(2000, u'ü') + u"\n\n.\n"_s);
}

void tst_MessageBuilder::textIsUtf8FlowedWithExplicitCharset()
{
    OutgoingMessage m = letter();
    m.text = u"Grüße, "_s + QString(20, u'a') + u' ' + QString(80, u'ß') + u"\n"_s;
    const Result<BuiltMessage> built = build(m);
    QVERIFY(built.ok());
    const QByteArray type = headerValues(built->sendBytes, "Content-Type").value(0);
    QVERIFY2(type.contains("text/plain") && type.contains("charset=UTF-8") &&
                 type.contains("format=flowed"),
             type.constData());
    QVERIFY(!type.contains("delsp"));
    const QByteArray encoding =
        headerValues(built->sendBytes, "Content-Transfer-Encoding").value(0);
    QVERIFY2(encoding == "quoted-printable" || encoding == "base64", encoding.constData());
    QCOMPARE(parse(built->sendBytes).textPlain, m.text);
}

void tst_MessageBuilder::asciiTextStaysSevenBit()
{
    OutgoingMessage m = letter();
    m.text = u"Plain words only.\n"_s;
    const Result<BuiltMessage> built = build(m);
    QVERIFY(built.ok());
    // No Content-Transfer-Encoding means 7bit (RFC 2045 §6.1).
    const QList<QByteArray> encoding = headerValues(built->sendBytes, "Content-Transfer-Encoding");
    QVERIFY(encoding.isEmpty() || encoding == QList<QByteArray>{"7bit"});
    QVERIFY(built->sendBytes.endsWith("\r\n\r\nPlain words only.\r\n"));
}

void tst_MessageBuilder::bccOnlyInSentCopy()
{
    OutgoingMessage m = letter();
    m.bcc = {{u"Heimlich Ärger"_s, u"hidden@example.com"_s}, {QString(), u"quiet@example.com"_s}};
    const Result<BuiltMessage> built = build(m);
    QVERIFY(built.ok());
    QVERIFY(headerValues(built->sendBytes, "Bcc").isEmpty());
    QVERIFY(!built->sendBytes.contains("hidden@example.com"));
    QVERIFY(!built->sendBytes.contains("quiet@example.com"));
    const QList<QByteArray> bcc = headerValues(built->sentCopy, "Bcc");
    QCOMPARE(bcc.size(), 1);
    QVERIFY(bcc[0].contains("<hidden@example.com>") && bcc[0].contains("quiet@example.com"));
    QVERIFY(bcc[0].contains("=?UTF-8?"));
    QVERIFY(built->recipients.contains(u"hidden@example.com"_s));
    QVERIFY(built->recipients.contains(u"quiet@example.com"_s));
    // Otherwise the two copies are the same message.
    QByteArray withoutBcc = built->sentCopy;
    const qsizetype at = withoutBcc.indexOf("\r\nBcc:");
    QVERIFY(at > 0);
    const qsizetype next = withoutBcc.indexOf("\r\n", at + 2);
    qsizetype end = next;
    while (withoutBcc.at(end + 2) == ' ' || withoutBcc.at(end + 2) == '\t')
        end = withoutBcc.indexOf("\r\n", end + 2);
    withoutBcc.remove(at, end - at);
    QCOMPARE(withoutBcc, built->sendBytes);
    QCOMPARE(parse(built->sentCopy).to, m.to);
}

void tst_MessageBuilder::onlyBccGetsUndisclosedRecipients()
{
    OutgoingMessage m = letter();
    m.to.clear();
    m.cc.clear();
    m.bcc = {{QString(), u"hidden@example.com"_s}};
    const Result<BuiltMessage> built = build(m);
    QVERIFY(built.ok());
    for (const QByteArray& bytes : {built->sendBytes, built->sentCopy})
        QCOMPARE(headerValues(bytes, "To"), QList<QByteArray>{"undisclosed-recipients: ;"});
    QVERIFY(headerValues(built->sendBytes, "Cc").isEmpty());
    QCOMPARE(built->recipients, QStringList{u"hidden@example.com"_s});
    QVERIFY(parse(built->sendBytes).to.isEmpty());

    m.bcc.clear(); // a draft with nobody yet: no group, no recipients
    const Result<BuiltMessage> draft = build(m);
    QVERIFY(draft.ok());
    QVERIFY(headerValues(draft->sentCopy, "To").isEmpty());
    QVERIFY(draft->recipients.isEmpty());
}

void tst_MessageBuilder::envelope()
{
    OutgoingMessage m = letter();
    m.from.address = u"Jane@Bücher.Example"_s;
    m.to = {{u"A"_s, u"a@example.org"_s}, {u"B"_s, u"b@EXAMPLE.org"_s}};
    m.cc = {{u"A again"_s, u"a@Example.ORG"_s}, {QString(), u"c@example.org"_s}};
    m.bcc = {{QString(), u"b@example.org"_s}, {QString(), u"d@münchen.example"_s}};
    const Result<BuiltMessage> built = build(m);
    QVERIFY(built.ok());
    QCOMPARE(built->envelopeSender, u"Jane@xn--bcher-kva.example"_s);
    QCOMPARE(built->recipients, (QStringList{u"a@example.org"_s, u"b@example.org"_s,
                                             u"c@example.org"_s, u"d@xn--mnchen-3ya.example"_s}));
    QVERIFY(
        headerValues(built->sendBytes, "From").value(0).contains("<Jane@xn--bcher-kva.example>"));
}

void tst_MessageBuilder::messageIdFromFromDomain()
{
    OutgoingMessage m = letter();
    m.messageId.clear();
    m.from.address = u"jane@bücher.example"_s;
    const Result<BuiltMessage> first = build(m);
    const Result<BuiltMessage> second = build(m);
    QVERIFY(first.ok() && second.ok());
    QVERIFY2(first->messageId.endsWith(u"@xn--bcher-kva.example"_s), qPrintable(first->messageId));
    QVERIFY(ReplyReferences::isValidId(first->messageId));
    QVERIFY(first->messageId != second->messageId);
    const QString host = QSysInfo::machineHostName();
    QVERIFY(host.isEmpty() || !first->messageId.contains(host));
    QCOMPARE(headerValues(first->sendBytes, "Message-Id"),
             QList<QByteArray>{'<' + first->messageId.toLatin1() + '>'});
    QCOMPARE(parse(first->sendBytes).messageId, first->messageId);

    const Result<QString> made = MessageBuilder::newMessageId(u"x@[192.0.2.7]"_s);
    QVERIFY(made.ok() && made->endsWith(u"@[192.0.2.7]"_s));
    const Result<QString> bad = MessageBuilder::newMessageId(u"nobody"_s);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::InvalidAddress);
}

void tst_MessageBuilder::sameInputSameBytes()
{
    OutgoingMessage m = letter();
    m.attachments = {{u"a.bin"_s, QByteArray(3000, '\x01'), {}, {}}};
    const Result<BuiltMessage> a = build(m);
    const Result<BuiltMessage> b = build(m);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->sendBytes, b->sendBytes);
    QCOMPARE(a->sentCopy, b->sentCopy);
    m.messageId = u"built.2@example.org"_s; // another message: another boundary
    const Result<BuiltMessage> c = build(m);
    QVERIFY(c.ok());
    QVERIFY(headerValues(a->sendBytes, "Content-Type") !=
            headerValues(c->sendBytes, "Content-Type"));
}

void tst_MessageBuilder::invalidAddressNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("address");

    const QStringList bad = {u""_s,
                             u"nobody"_s,
                             u"@example.org"_s,
                             u"a@"_s,
                             u"a b@example.org"_s,
                             u"a..b@example.org"_s,
                             u".a@example.org"_s,
                             u"a@b@example.org"_s,
                             u"\"open@example.org"_s,
                             u"jörg@example.org"_s,
                             u"a@exa mple.org"_s,
                             u"a@-example.org"_s,
                             u"a@example..org"_s,
                             u"a@ex_ample.org"_s,
                             u"a@[1.2.3.4"_s,
                             u"a@example.org\r\nBcc: x@evil.example"_s,
                             QString(65, u'l') + u"@example.org"_s};
    const QStringList fields = {u"from"_s, u"to"_s, u"cc"_s, u"bcc"_s, u"reply-to"_s};
    for (const QString& field : fields) {
        for (const QString& address : bad)
            QTest::addRow("%s %s", qPrintable(field),
                          qPrintable(QString(address).replace(u"\r\n"_s, u"\\r\\n"_s)))
                << field << address;
    }
}

void tst_MessageBuilder::invalidAddressNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, address);
    OutgoingMessage m = letter();
    const Address a{u"Name"_s, address};
    if (field == u"from")
        m.from = a;
    else if (field == u"to")
        m.to.append(a);
    else if (field == u"cc")
        m.cc.append(a);
    else if (field == u"bcc")
        m.bcc.append(a);
    else
        m.replyTo.append(a);
    const Result<BuiltMessage> built = build(m);
    QVERIFY(!built.ok());
    QCOMPARE(built.error().code, ErrorCode::InvalidAddress);
    QCOMPARE(built.error().serverText, address);
}

void tst_MessageBuilder::asciiForms_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("ascii");

    QTest::newRow("plain") << u"jane@example.org"_s << u"jane@example.org"_s;
    QTest::newRow("trimmed") << u"  jane@example.org "_s << u"jane@example.org"_s;
    QTest::newRow("domain-case") << u"Jane.Doe@Example.ORG"_s << u"Jane.Doe@example.org"_s;
    QTest::newRow("final-dot") << u"jane@example.org."_s << u"jane@example.org"_s;
    QTest::newRow("atext") << u"a+b/c=d!#$%&'*^_`{|}~@example.org"_s
                           << u"a+b/c=d!#$%&'*^_`{|}~@example.org"_s;
    QTest::newRow("quoted") << u"\"john q. doe\\\"x\"@example.org"_s
                            << u"\"john q. doe\\\"x\"@example.org"_s;
    QTest::newRow("quoted-at") << u"\"a@b\"@example.org"_s << u"\"a@b\"@example.org"_s;
    QTest::newRow("idn") << u"info@bücher.example"_s << u"info@xn--bcher-kva.example"_s;
    QTest::newRow("literal") << u"root@[192.0.2.1]"_s << u"root@[192.0.2.1]"_s;
    QTest::newRow("literal-v6") << u"root@[IPv6:2001:db8::1]"_s << u"root@[IPv6:2001:db8::1]"_s;
    QTest::newRow("single-label") << u"user@localhost"_s << u"user@localhost"_s;
}

void tst_MessageBuilder::asciiForms()
{
    QFETCH(QString, address);
    QFETCH(QString, ascii);
    const Result<QString> form = AddressSyntax::asciiForm(address);
    QVERIFY2(form.ok(), qPrintable(address));
    QCOMPARE(form.value(), ascii);
    OutgoingMessage m = letter();
    m.to = {{u"N"_s, address}};
    m.cc.clear();
    const Result<BuiltMessage> built = build(m);
    QVERIFY(built.ok());
    QCOMPARE(built->recipients, QStringList{ascii});
    QVERIFY(headerValues(built->sendBytes, "To").value(0).contains(ascii.toLatin1()));
    // GMime shows IDN domains decoded; it is the same address.
    const QString parsed = parse(built->sendBytes).to.value(0).address;
    QCOMPARE(AddressSyntax::asciiForm(parsed).value(), ascii);
}

void tst_MessageBuilder::invalidDateAndMessageId()
{
    OutgoingMessage m = letter();
    m.date = QDateTime();
    Result<BuiltMessage> built = build(m);
    QVERIFY(!built.ok());
    QCOMPARE(built.error().code, ErrorCode::InvalidSetting);
    m = letter();
    m.messageId = u"two words@example.org"_s;
    built = build(m);
    QVERIFY(!built.ok());
    QCOMPARE(built.error().code, ErrorCode::InvalidSetting);
}

void tst_MessageBuilder::headerInjectionFlattened()
{
    OutgoingMessage m = letter();
    m.subject = u"Hello\r\nBcc: victim@example.com\nX-Evil: 1"_s;
    m.to = {{u"Name\r\nBcc: victim@example.com"_s, u"zoe@example.net"_s}};
    const Result<BuiltMessage> built = build(m);
    QVERIFY(built.ok());
    QVERIFY(headerValues(built->sendBytes, "Bcc").isEmpty());
    QVERIFY(headerValues(built->sendBytes, "X-Evil").isEmpty());
    QVERIFY(!built->recipients.contains(u"victim@example.com"_s));
    const ParsedMessage p = parse(built->sendBytes);
    QCOMPARE(p.subject, u"Hello  Bcc: victim@example.com X-Evil: 1"_s);
    QCOMPARE(p.to.value(0).name, u"Name  Bcc: victim@example.com"_s);
}

// Lines that SMTP, mbox and format=flowed treat specially come back exactly.
void tst_MessageBuilder::bodyEdgeLinesSurvive()
{
    OutgoingMessage m = letter();
    m.text = u".\n.leading dot\n..two dots\nFrom the start of a line\n> quoted by the user\n"
             u" indented\n"_s +
             QString(70, u'a') + u" >b after a soft break\n"_s + QString(2500, u'k') + u'\n' +
             u"word "_s.repeated(300).trimmed() + u'\n' + u"Ünïcödé .\n-- \nsig\n"_s;
    for (const bool ascii : {false, true}) {
        if (ascii)
            m.text.replace(u"Ünïcödé"_s, u"Unicode"_s);
        const Result<BuiltMessage> built = build(m);
        QVERIFY(built.ok());
        QVERIFY2(wireProblem(built->sendBytes).isEmpty(),
                 qPrintable(wireProblem(built->sendBytes)));
        QCOMPARE(parse(built->sendBytes).textPlain, m.text);
    }
}

void tst_MessageBuilder::replyThreading()
{
    OutgoingMessage m = letter();
    QStringList chain;
    for (int i = 0; i < 60; ++i)
        chain << u"thread-%1.%2@lists.example.org"_s.arg(i).arg(QString(60, u'n'));
    m.parent = ReplyReferences::Parent{u"parent@example.net"_s, chain, {}};
    const Result<BuiltMessage> built = build(m);
    QVERIFY(built.ok());
    QVERIFY2(wireProblem(built->sendBytes).isEmpty(), qPrintable(wireProblem(built->sendBytes)));
    const ParsedMessage p = parse(built->sendBytes);
    QCOMPARE(p.inReplyTo, u"parent@example.net"_s);
    QCOMPARE(p.references, ReplyReferences::of(*m.parent).references);
    QCOMPARE(p.references.size(), ReplyReferences::MaxReferences);
    QCOMPARE(p.references.last(), u"parent@example.net"_s);

    m.parent = ReplyReferences::Parent{u"not an id"_s, {}, {}};
    const Result<BuiltMessage> orphan = build(m);
    QVERIFY(orphan.ok());
    QVERIFY(headerValues(orphan->sendBytes, "In-Reply-To").isEmpty());
    QVERIFY(headerValues(orphan->sendBytes, "References").isEmpty());
}

void tst_MessageBuilder::manyRecipientsFold()
{
    OutgoingMessage m = letter();
    m.to.clear();
    for (int i = 0; i < 150; ++i)
        m.to.append({u"Empfänger Nummer %1"_s.arg(i), u"r%1@example.org"_s.arg(i)});
    const Result<BuiltMessage> built = build(m);
    QVERIFY(built.ok());
    QVERIFY2(wireProblem(built->sendBytes).isEmpty(), qPrintable(wireProblem(built->sendBytes)));
    QCOMPARE(parse(built->sendBytes).to, m.to);
    QCOMPARE(built->recipients.size(), 151);
}

QTEST_GUILESS_MAIN(tst_MessageBuilder)
#include "tst_MessageBuilder.moc"
