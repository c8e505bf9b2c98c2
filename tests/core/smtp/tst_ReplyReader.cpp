// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/Capabilities.h"
#include "core/smtp/ReplyError.h"
#include "core/smtp/ReplyReader.h"
#include "tests/support/Transcript.h"

#include <QTest>

Q_DECLARE_METATYPE(postbag::smtp::Step)
Q_DECLARE_METATYPE(postbag::ErrorCode)

using namespace postbag;
using namespace postbag::smtp;
using postbag::testing::Delivery;

// Feeds `bytes` as the delivery says and collects every reply until an error.
static Result<QList<Reply>> readAll(const QByteArray& crlfBytes, Delivery delivery)
{
    QByteArray bytes = crlfBytes;
    if (delivery == Delivery::LfOnly)
        bytes.replace("\r\n", "\n");
    ReplyReader reader;
    QList<Reply> replies;
    const auto drain = [&]() -> Status {
        for (;;) {
            auto r = reader.take();
            if (!r.ok())
                return r.error();
            if (!r->has_value())
                return Ok{};
            replies.append(*r.value());
        }
    };
    if (delivery == Delivery::ByteByByte) {
        for (char c : bytes) {
            reader.feed(QByteArrayView(&c, 1));
            if (Status s = drain(); !s.ok())
                return s.error();
        }
    } else {
        reader.feed(bytes);
        if (Status s = drain(); !s.ok())
            return s.error();
    }
    return replies;
}

class tst_ReplyReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void multiLineRepliesAndEnhancedCodes_data() { postbag::testing::addDeliveryRows(); }
    void multiLineRepliesAndEnhancedCodes()
    {
        QFETCH(Delivery, delivery);
        const auto out = readAll("220 mx ESMTP ready\r\n"
                                 "250-mx.example.org greets [127.0.0.1]\r\n"
                                 "250-PIPELINING\r\n250-SIZE 10240000\r\n250 AUTH PLAIN LOGIN\r\n"
                                 "535 5.7.8 Error: authentication failed\r\n"
                                 "250\r\n"
                                 "550-5.1.1 no such\r\n550 5.1.1 user here\r\n",
                                 delivery);
        QVERIFY(out.ok());
        const QList<Reply>& r = out.value();
        QCOMPARE(r.size(), 5);
        QCOMPARE(r[0].code, 220);
        QCOMPARE(r[1].lines.size(), 4);
        QCOMPARE(r[1].lines[3], QByteArray("AUTH PLAIN LOGIN"));
        QCOMPARE(r[2].code, 535);
        QCOMPARE(r[2].enhanced, QByteArray("5.7.8"));
        QCOMPARE(r[2].text(), QStringLiteral("Error: authentication failed"));
        QCOMPARE(r[3].code, 250);
        QCOMPARE(r[3].lines, QList<QByteArray>{QByteArray()});
        QCOMPARE(r[4].enhanced, QByteArray("5.1.1"));
        QCOMPARE(r[4].text(), QStringLiteral("no such user here"));
    }

    void partialReplyWaits()
    {
        ReplyReader reader;
        reader.feed("250-first\r\n250 sec");
        auto r = reader.take();
        QVERIFY(r.ok() && !r->has_value());
        QVERIFY(reader.inReply());
        reader.feed("ond\r\n");
        r = reader.take();
        QVERIFY(r.ok() && r->has_value());
        QCOMPARE(r.value()->lines.size(), 2);
        QVERIFY(!reader.hasBufferedBytes());
    }

    void resetDropsWholeAndPartialLines()
    {
        ReplyReader reader;
        reader.feed("250 forged\r\n250-PIPE");
        reader.reset();
        QVERIFY(!reader.hasBufferedBytes());
        reader.feed("221 bye\r\n");
        const auto r = reader.take();
        QVERIFY(r.ok() && r->has_value());
        QCOMPARE(r.value()->code, 221);
    }

    void malformedLinesAreProtocolErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("no code") << QByteArray("hello\r\n") << ErrorCode::MalformedResponse;
        QTest::newRow("1xx") << QByteArray("150 what\r\n") << ErrorCode::MalformedResponse;
        QTest::newRow("bad separator") << QByteArray("250x\r\n") << ErrorCode::MalformedResponse;
        QTest::newRow("codes differ")
            << QByteArray("250-a\r\n251 b\r\n") << ErrorCode::MalformedResponse;
        QTest::newRow("overlong") << QByteArray(ReplyReader::kMaxLineBytes + 10, 'x')
                                  << ErrorCode::LineTooLong;
    }
    void malformedLinesAreProtocolErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        const auto out = readAll(bytes, Delivery::Whole);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, code);
    }

    void capabilitiesFromEhlo()
    {
        Reply r;
        r.code = 250;
        r.lines = {"mx.example.org hello",
                   "PIPELINING",
                   "SIZE 35882577",
                   "8BITMIME",
                   "AUTH LOGIN PLAIN XOAUTH2",
                   "AUTH=CRAM-MD5 PLAIN",
                   "ENHANCEDSTATUSCODES",
                   "SMTPUTF8",
                   "STARTTLS",
                   "DSN"};
        const Capabilities c = Capabilities::parse(r);
        QVERIFY(c.extended && c.pipelining && c.eightBitMime && c.smtpUtf8 && c.startTls && c.dsn);
        QVERIFY(c.size);
        QCOMPARE(c.sizeLimit, 35882577);
        QCOMPARE(c.serverName, QStringLiteral("mx.example.org"));
        QCOMPARE(c.saslMechanisms,
                 (QStringList{QStringLiteral("LOGIN"), QStringLiteral("PLAIN"),
                              QStringLiteral("XOAUTH2"), QStringLiteral("CRAM-MD5")}));
        Reply bare;
        bare.code = 250;
        bare.lines = {"mx", "SIZE"};
        QVERIFY(Capabilities::parse(bare).size);
        QCOMPARE(Capabilities::parse(bare).sizeLimit, 0);
        QVERIFY(!Capabilities::parse(bare).startTls);
    }

    void replyTaxonomy_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<Step>("step");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("auth rejected")
            << QByteArray("535 5.7.8 bad") << Step::Auth << ErrorCode::WrongCredentials;
        QTest::newRow("auth rejected, no enhanced code (Exim)")
            << QByteArray("535 Incorrect authentication data") << Step::Auth
            << ErrorCode::WrongCredentials;
        QTest::newRow("microsoft basic auth off")
            << QByteArray("535 5.7.139 Authentication unsuccessful") << Step::Auth
            << ErrorCode::PasswordLoginDisabled;
        QTest::newRow("client submission off") << QByteArray("535 5.7.30 Basic auth not supported")
                                               << Step::Auth << ErrorCode::PasswordLoginDisabled;
        QTest::newRow("gmail app password")
            << QByteArray("534 5.7.9 Application-specific password required") << Step::Auth
            << ErrorCode::PasswordLoginDisabled;
        QTest::newRow("auth temporary") << QByteArray("454 4.7.0 Temporary authentication failure")
                                        << Step::Auth << ErrorCode::ServerTemporary;
        QTest::newRow("encryption required") << QByteArray("538 5.7.11 Encryption required")
                                             << Step::Auth << ErrorCode::EncryptionRequired;
        QTest::newRow("starttls first")
            << QByteArray("530 5.7.0 Must issue a STARTTLS command first") << Step::Mail
            << ErrorCode::EncryptionRequired;
        QTest::newRow("auth required") << QByteArray("530 5.7.0 Authentication required")
                                       << Step::Mail << ErrorCode::AuthenticationRequired;
        QTest::newRow("sender not owned")
            << QByteArray("553 5.7.1 Sender address rejected: not owned by user") << Step::Mail
            << ErrorCode::SenderRejected;
        QTest::newRow("sender 550")
            << QByteArray("550 5.7.1 not allowed") << Step::Mail << ErrorCode::SenderRejected;
        QTest::newRow("bad recipient")
            << QByteArray("550 5.1.1 User unknown") << Step::Rcpt << ErrorCode::RecipientRejected;
        QTest::newRow("sender not owned, at RCPT")
            << QByteArray("553 5.7.1 <bob@example.test>: Sender address rejected: not owned by "
                          "user alice")
            << Step::Rcpt << ErrorCode::SenderRejected;
        QTest::newRow("relay denied at RCPT")
            << QByteArray("554 5.7.1 <x@elsewhere.test>: Relay access denied") << Step::Rcpt
            << ErrorCode::RecipientRejected;
        QTest::newRow("553 without enhanced code at RCPT")
            << QByteArray("553 mailbox name not allowed") << Step::Rcpt
            << ErrorCode::RecipientRejected;
        QTest::newRow("too big") << QByteArray("552 5.3.4 Message size exceeds fixed limit")
                                 << Step::Message << ErrorCode::MessageTooBig;
        QTest::newRow("daily quota") << QByteArray("550 5.4.5 Daily user sending limit exceeded")
                                     << Step::Mail << ErrorCode::RateLimited;
        QTest::newRow("receiving too fast")
            << QByteArray("450 4.2.1 try again later") << Step::Rcpt << ErrorCode::RateLimited;
        QTest::newRow("421 4.7.0") << QByteArray("421 4.7.0 Try again later, closing connection")
                                   << Step::Mail << ErrorCode::RateLimited;
        QTest::newRow("421") << QByteArray("421 shutting down") << Step::Rcpt
                             << ErrorCode::ServerTemporary;
        QTest::newRow("451") << QByteArray("451 4.3.0 local error") << Step::Message
                             << ErrorCode::ServerTemporary;
        QTest::newRow("starttls 454") << QByteArray("454 4.7.0 TLS not available") << Step::StartTls
                                      << ErrorCode::StlsUnavailable;
        QTest::newRow("unknown command") << QByteArray("502 5.5.2 Error: command not recognized")
                                         << Step::Ehlo << ErrorCode::CommandUnsupported;
        QTest::newRow("554 on data")
            << QByteArray("554 5.6.0 bad content") << Step::Message << ErrorCode::ServerPermanent;
    }
    void replyTaxonomy()
    {
        QFETCH(QByteArray, reply);
        QFETCH(Step, step);
        QFETCH(ErrorCode, code);
        const auto parsed = readAll(reply + "\r\n", Delivery::Whole);
        QVERIFY(parsed.ok() && parsed->size() == 1);
        const Error e = replyError(parsed->first(), step);
        QCOMPARE(e.code, code);
        QCOMPARE(e.responseCode, parsed->first().enhanced);
        QVERIFY(!e.serverText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ReplyReader)
#include "tst_ReplyReader.moc"
