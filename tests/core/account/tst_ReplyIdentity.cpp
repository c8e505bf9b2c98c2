// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/ReplyIdentity.h"
#include "core/mime/MessageParser.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag;
using namespace postbag::account;
using namespace Qt::StringLiterals;

namespace {

store::Identity identity(qint64 id, qint64 account, const QString& address, bool isDefault)
{
    store::Identity i;
    i.id = id;
    i.accountId = account;
    i.address = address;
    i.isDefault = isDefault;
    return i;
}

// Account 1: alice and her alias; account 2: work and its list address; account 3: no default.
const QList<store::Identity> kIdentities = {
    identity(1, 1, u"alice@example.org"_s, true),
    identity(2, 1, u"alice.alias@example.org"_s, false),
    identity(3, 2, u"work@corp.example"_s, true),
    identity(4, 2, u"lists@corp.example"_s, false),
    identity(5, 3, u"c@three.example"_s, false),
    identity(6, 3, u"d@three.example"_s, false),
};

qint64 picked(const ReceivedMessage& message, const QList<store::Identity>& identities)
{
    const auto chosen = ReplyIdentity::pick(message, identities);
    return chosen ? chosen->id : 0;
}

} // namespace

class tst_ReplyIdentity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_corpus;

    // One message of the shared corpus, parsed by core/mime as a download would be.
    mime::ParsedMessage corpusMessage(const QString& member)
    {
        const QString archive =
            qEnvironmentVariable("POSTBAG_CORPUS") + u"/messy-mime-fixtures.tar.zst"_s;
        if (qEnvironmentVariable("POSTBAG_CORPUS").isEmpty() || !QFile::exists(archive)) {
            return {};
        }
        QProcess tar;
        tar.setWorkingDirectory(m_corpus.path());
        tar.start(u"tar"_s, {u"--zstd"_s, u"-xf"_s, archive, member});
        if (!tar.waitForFinished(120000) || tar.exitCode() != 0) {
            return {};
        }
        QFile file(m_corpus.filePath(member));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return mime::MessageParser::parse(file.readAll(), QDateTime::currentDateTimeUtc());
    }

    static ReceivedMessage received(qint64 account, const mime::ParsedMessage& parsed)
    {
        ReceivedMessage m;
        m.accountId = account;
        for (const mime::Address& a : parsed.to) {
            m.to.append(a.address);
        }
        for (const mime::Address& a : parsed.cc) {
            m.cc.append(a.address);
        }
        m.deliveredTo = parsed.deliveredTo;
        return m;
    }

private Q_SLOTS:
    void picksTheIdentityThatReceivedIt_data()
    {
        QTest::addColumn<qint64>("account");
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QStringList>("cc");
        QTest::addColumn<QStringList>("deliveredTo");
        QTest::addColumn<qint64>("expected");
        const QStringList none;
        QTest::newRow("its account's alias in To")
            << 1LL << QStringList{u"alice.alias@example.org"_s} << none << none << 2LL;
        QTest::newRow("case ignored")
            << 1LL << QStringList{u"Alice.Alias@EXAMPLE.org"_s} << none << none << 2LL;
        QTest::newRow("spaces around it ignored")
            << 1LL << QStringList{u" alice.alias@example.org "_s} << none << none << 2LL;
        QTest::newRow("plus-address not folded: the default")
            << 1LL << QStringList{u"alice+news@example.org"_s} << none << none << 1LL;
        QTest::newRow("its account before another's, whatever the order in To")
            << 1LL << QStringList{u"work@corp.example"_s, u"alice.alias@example.org"_s} << none
            << none << 2LL;
        QTest::newRow("To before Cc") << 1LL << QStringList{u"alice@example.org"_s}
                                      << QStringList{u"alice.alias@example.org"_s} << none << 1LL;
        QTest::newRow("Cc") << 1LL << QStringList{u"someone@else.example"_s}
                            << QStringList{u"alice.alias@example.org"_s} << none << 2LL;
        QTest::newRow("Cc before the delivery headers")
            << 1LL << none << QStringList{u"alice@example.org"_s}
            << QStringList{u"alice.alias@example.org"_s} << 1LL;
        QTest::newRow("a list: only Delivered-To has it")
            << 1LL << QStringList{u"dev@lists.example"_s} << none
            << QStringList{u"alice.alias@example.org"_s} << 2LL;
        QTest::newRow("another account's identity before this one's default")
            << 1LL << QStringList{u"lists@corp.example"_s} << none << none << 4LL;
        QTest::newRow("nothing matches: this account's default, never another's")
            << 2LL << QStringList{u"stranger@else.example"_s} << none << none << 3LL;
        QTest::newRow("no default: the account's first identity")
            << 3LL << QStringList{u"stranger@else.example"_s} << none << none << 5LL;
        QTest::newRow("no default, its second identity received it")
            << 3LL << QStringList{u"d@three.example"_s} << none << none << 6LL;
        QTest::newRow("an account without identities: a match elsewhere")
            << 9LL << none << none << QStringList{u"work@corp.example"_s} << 3LL;
        QTest::newRow("an account without identities, nothing matches: none")
            << 9LL << QStringList{u"stranger@else.example"_s} << none << none << 0LL;
    }
    void picksTheIdentityThatReceivedIt()
    {
        QFETCH(qint64, account);
        QFETCH(QStringList, to);
        QFETCH(QStringList, cc);
        QFETCH(QStringList, deliveredTo);
        QFETCH(qint64, expected);
        QCOMPARE(picked(ReceivedMessage{account, to, cc, deliveredTo}, kIdentities), expected);
    }

    // Among identities with the same address, the first in the caller's order.
    void theFirstOfTwoEqualIdentitiesWins()
    {
        const QList<store::Identity> twice = {identity(7, 1, u"same@example.org"_s, false),
                                              identity(8, 1, u"SAME@example.org"_s, true)};
        QCOMPARE(picked(ReceivedMessage{1, {u"same@example.org"_s}, {}, {}}, twice), 7LL);
    }

    // A real message delivered through an alias: To names another domain, X-Original-To and
    // Delivered-To the address the mail came to.
    void aRealMessageAnsweredFromTheAddressItCameTo()
    {
        const mime::ParsedMessage parsed =
            corpusMessage(u"mikel-mail/spec/fixtures/emails/mime_emails/raw_email2.eml"_s);
        if (parsed.deliveredTo.isEmpty() && parsed.to.isEmpty()) {
            QSKIP("POSTBAG_CORPUS with messy-mime-fixtures.tar.zst is not available");
        }
        QCOMPARE(parsed.deliveredTo,
                 (QStringList{u"xxxxx@xxxxx.xxxxxxxxx.com"_s, u"xxxxx@xxxxx.xxxxxxxxx.com"_s}));
        const QList<store::Identity> mine = {identity(1, 1, u"me@home.example"_s, true),
                                             identity(2, 1, u"xxxxx@xxxxx.xxxxxxxxx.com"_s, false)};
        QCOMPARE(picked(received(1, parsed), mine), 2LL);
    }

    // A real message to a plus-address: the base address is not the identity that received it.
    void aRealPlusAddressIsNotFolded()
    {
        const mime::ParsedMessage parsed = corpusMessage(
            u"mikel-mail/spec/fixtures/emails/multipart_report_emails/multipart_report_multiple_status.eml"_s);
        if (parsed.to.isEmpty()) {
            QSKIP("POSTBAG_CORPUS with messy-mime-fixtures.tar.zst is not available");
        }
        QList<store::Identity> mine = {identity(1, 1, u"me@home.example"_s, true),
                                       identity(2, 1, u"notification@blah.com"_s, false)};
        QCOMPARE(picked(received(1, parsed), mine), 1LL);
        mine.append(identity(3, 2, u"Notification+Promo@blah.com"_s, true));
        QCOMPARE(picked(received(1, parsed), mine), 3LL);
    }
};

QTEST_GUILESS_MAIN(tst_ReplyIdentity)
#include "tst_ReplyIdentity.moc"
