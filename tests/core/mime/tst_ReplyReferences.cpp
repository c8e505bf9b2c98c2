// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeFixtures.h"
#include "core/mime/MessageParser.h"
#include "core/mime/ReplyReferences.h"

#include <QTest>

using namespace postbag::mime;
using namespace Qt::StringLiterals;

class tst_ReplyReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isValidId_data();
    void isValidId();
    void rfc5322Rules_data();
    void rfc5322Rules();
    void longChainKeepsRootAndNewest();
    void fromParsedParent();
};

void tst_ReplyReferences::isValidId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << u"1234.5678@example.org"_s << true;
    QTest::newRow("atext-specials") << u"a+b=c$d/e_f{g}~@host.example"_s << true;
    QTest::newRow("domain-literal") << u"x@[192.0.2.1]"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no-at") << u"1234.local"_s << false;
    QTest::newRow("empty-left") << u"@example.org"_s << false;
    QTest::newRow("empty-right") << u"abc@"_s << false;
    QTest::newRow("space") << u"a b@example.org"_s << false;
    QTest::newRow("brackets") << u"<a@example.org>"_s << false;
    QTest::newRow("two-ids") << u"a@b> <c@d"_s << false;
    QTest::newRow("line-break") << u"a@b\r\nBcc: x@y"_s << false;
    QTest::newRow("non-ascii") << u"caf\u00e9@example.org"_s << false;
    QTest::newRow("quoted") << u"\"a\"@example.org"_s << false;
    QTest::newRow("comment") << u"a(c)@example.org"_s << false;
    QTest::newRow("bad-literal") << u"a@[x"_s << false;
    QTest::newRow("bracket-in-left") << u"a[1]@example.org"_s << false;
    QTest::newRow("max-length") << QString(ReplyReferences::MaxIdLength - 4, u'a') + u"@b.c"_s
                                << true;
    QTest::newRow("too-long") << QString(ReplyReferences::MaxIdLength - 3, u'a') + u"@b.c"_s
                              << false;
}

void tst_ReplyReferences::isValidId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(ReplyReferences::isValidId(id), valid);
}

void tst_ReplyReferences::rfc5322Rules_data()
{
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QStringList>("references");
    QTest::addColumn<QStringList>("inReplyTo");
    QTest::addColumn<QString>("expectedInReplyTo");
    QTest::addColumn<QStringList>("expectedReferences");

    QTest::newRow("first-reply") << u"p@x"_s << QStringList() << QStringList() << u"p@x"_s
                                 << QStringList{u"p@x"_s};
    QTest::newRow("references-then-parent")
        << u"p@x"_s << QStringList{u"r1@x"_s, u"r2@x"_s} << QStringList{u"r2@x"_s} << u"p@x"_s
        << QStringList{u"r1@x"_s, u"r2@x"_s, u"p@x"_s};
    QTest::newRow("single-in-reply-to-when-no-references")
        << u"p@x"_s << QStringList() << QStringList{u"g@x"_s} << u"p@x"_s
        << QStringList{u"g@x"_s, u"p@x"_s};
    QTest::newRow("several-in-reply-to-ignored")
        << u"p@x"_s << QStringList() << QStringList{u"g1@x"_s, u"g2@x"_s} << u"p@x"_s
        << QStringList{u"p@x"_s};
    QTest::newRow("parent-without-id-keeps-its-chain")
        << QString() << QStringList{u"r1@x"_s} << QStringList() << QString()
        << QStringList{u"r1@x"_s};
    QTest::newRow("nothing") << QString() << QStringList() << QStringList() << QString()
                             << QStringList();
    QTest::newRow("malformed-dropped")
        << u"p@x"_s << QStringList{u"no-at"_s,  u"r1@x"_s,        u"a b@x"_s,
                                   u"<r2@x>"_s, u"caf\u00e9@x"_s, QString(400, u'l') + u"@x"_s,
                                   u" r3@x "_s}
        << QStringList() << u"p@x"_s << QStringList{u"r1@x"_s, u"r3@x"_s, u"p@x"_s};
    QTest::newRow("malformed-parent-id") << u"not an id"_s << QStringList{u"r1@x"_s}
                                         << QStringList() << QString() << QStringList{u"r1@x"_s};
    QTest::newRow("duplicates-and-loop")
        << u"p@x"_s << QStringList{u"r1@x"_s, u"p@x"_s, u"r1@x"_s, u"r2@x"_s} << QStringList()
        << u"p@x"_s << QStringList{u"r1@x"_s, u"r2@x"_s, u"p@x"_s};
}

void tst_ReplyReferences::rfc5322Rules()
{
    QFETCH(QString, messageId);
    QFETCH(QStringList, references);
    QFETCH(QStringList, inReplyTo);
    QFETCH(QString, expectedInReplyTo);
    QFETCH(QStringList, expectedReferences);
    const ReplyReferences r = ReplyReferences::of({messageId, references, inReplyTo});
    QCOMPARE(r.inReplyTo, expectedInReplyTo);
    QCOMPARE(r.references, expectedReferences);
}

void tst_ReplyReferences::longChainKeepsRootAndNewest()
{
    QStringList chain;
    for (int i = 0; i < 300; ++i)
        chain << u"m%1@lists.example.org"_s.arg(i);
    const ReplyReferences r = ReplyReferences::of({u"parent@example.org"_s, chain, {}});
    QCOMPARE(r.references.size(), ReplyReferences::MaxReferences);
    QCOMPARE(r.references.first(), u"m0@lists.example.org"_s);
    QCOMPARE(r.references.last(), u"parent@example.org"_s);
    QCOMPARE(r.references.at(r.references.size() - 2), u"m299@lists.example.org"_s);
    QCOMPARE(r.references.at(1),
             u"m%1@lists.example.org"_s.arg(300 - ReplyReferences::MaxReferences + 2));
}

// The parent as MessageParser reads it, including a References header that is partly garbage.
void tst_ReplyReferences::fromParsedParent()
{
    const ParsedMessage parent =
        MessageParser::parse(test::bare("From: a@example.org\n"
                                        "Message-ID: <parent@example.org>\n"
                                        "In-Reply-To: <r2@example.org> (comment)\n"
                                        "References: <r1@example.org> garbage <r2@example.org>\n"
                                        " <broken@\n",
                                        "body\n"),
                             test::receivedAt());
    const ReplyReferences r = ReplyReferences::of(ReplyReferences::Parent::of(parent));
    QCOMPARE(r.inReplyTo, u"parent@example.org"_s);
    QCOMPARE(r.references,
             (QStringList{u"r1@example.org"_s, u"r2@example.org"_s, u"parent@example.org"_s}));

    const ParsedMessage onlyInReplyTo = MessageParser::parse(
        test::bare("Message-ID: <p2@example.org>\nIn-Reply-To: <g@example.org>\n", "b\n"),
        test::receivedAt());
    QCOMPARE(ReplyReferences::of(ReplyReferences::Parent::of(onlyInReplyTo)).references,
             (QStringList{u"g@example.org"_s, u"p2@example.org"_s}));
}

QTEST_GUILESS_MAIN(tst_ReplyReferences)
#include "tst_ReplyReferences.moc"
