// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP engine against a real Postfix: what it sends comes back over POP3 from the Dovecot
// behind it, byte for byte where it matters; Postfix's refusals arrive as the right typed errors.
#include "core/common/ProtocolLog.h"
#include "core/mime/MessageBuilder.h"
#include "core/mime/MessageParser.h"
#include "core/net/SslTransport.h"
#include "core/pop3/Client.h"
#include "core/smtp/Client.h"
#include "tests/core/net/NetTestClient.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/Outcome.h"
#include "tests/support/PostfixServer.h"

#include <QTest>
#include <memory>
#include <unistd.h>

using namespace postbag;
using namespace postbag::smtp;
using postbag::testing::DovecotServer;
using postbag::testing::Outcome;
using postbag::testing::PostfixServer;

namespace {

constexpr int kWaitMs = 20000;

// A real smtp::Client over the real SslTransport, its protocol log kept as text.
struct Sender
{
    Client client{std::make_unique<net::SslTransport>()};
    ProtocolLog log;
    QByteArray logText;
    bool pipelining = true;

    Sender()
    {
        log.addSink(
            [this](const ProtocolLog::Entry& e) { logText += ProtocolLog::format(e) + '\n'; });
        client.setProtocolLog(&log);
    }

    Outcome<SubmissionInfo> login(const PostfixServer& postfix, transport::Security security,
                                  const QString& user, const QString& password)
    {
        const quint16 port = security == transport::Security::ImplicitTls
                                 ? postfix.submissionsPort()
                                 : postfix.submissionPort();
        SubmissionOptions o;
        o.credentials.user = user;
        o.credentials.secret = password;
        o.clientName = "client.example.test";
        o.allowPipelining = pipelining;
        Outcome<SubmissionInfo> out;
        client.connectAndLogin(
            postbag::testing::endpoint(port, security, postfix.certificate().sha256()), o,
            out.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.done(), kWaitMs); }();
        return out;
    }

    Outcome<Delivery> send(const Envelope& envelope, const QByteArray& bytes,
                           Session::Hooks hooks = {})
    {
        Outcome<Delivery> out;
        client.send(envelope, MessageData(bytes), std::move(hooks), out.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.done(), kWaitMs); }();
        return out;
    }

    // The most envelope commands (MAIL, RCPT, DATA) that were out before their replies, read
    // from the protocol log: the pipelining depth as the server saw it.
    [[nodiscard]] int maxEnvelopeInFlight() const
    {
        int inFlight = 0;
        int most = 0;
        for (const QByteArray& line : logText.split('\n')) {
            if (line.contains(" C: MAIL ") || line.contains(" C: RCPT ") ||
                line.endsWith(" C: DATA"))
                most = qMax(most, ++inFlight);
            else if (line.contains(" S: ") && inFlight > 0)
                --inFlight;
        }
        return most;
    }

    [[nodiscard]] int count(const QByteArray& clientLine) const
    {
        return int(logText.count(QByteArray(" C: " + clientLine)));
    }
};

QByteArray attachmentBytes()
{
    QByteArray b;
    for (int i = 0; i < 3000; ++i)
        b.append(char(i % 256));
    return b;
}

const QString kSubject = QStringLiteral("Grüße from Postbag ✓ — 日本語");

mime::BuiltMessage buildMessage(const QString& from, const QStringList& to,
                                const QStringList& bcc = {}, qsizetype padding = 0)
{
    mime::OutgoingMessage m;
    m.from = mime::Address{QStringLiteral("Alice Ärger"), from};
    for (const QString& a : to)
        m.to.append(mime::Address{{}, a});
    for (const QString& a : bcc)
        m.bcc.append(mime::Address{{}, a});
    m.subject = kSubject;
    m.date = QDateTime::currentDateTime();
    m.text = QStringLiteral("Hello,\n.a line that starts with a dot\nbye é\n") +
             QStringLiteral("lorem ipsum ").repeated(padding / 12 + 1).left(padding);
    if (padding == 0)
        m.attachments.append(
            mime::OutgoingAttachment{QStringLiteral("résumé data.bin"), attachmentBytes(), {}, {}});
    Result<mime::BuiltMessage> built = mime::MessageBuilder::build(m);
    if (!built.ok())
        qFatal("cannot build: %s", qPrintable(built.error().toLogString()));
    return built.value();
}

Envelope envelopeOf(const mime::BuiltMessage& m)
{
    return Envelope{m.envelopeSender, m.recipients};
}

QByteArray headersOf(const QByteArray& message)
{
    return message.left(message.indexOf("\r\n\r\n") + 2);
}

} // namespace

class tst_ClientPostfix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sendsOverStartTlsAndFetchesBackOverPop3();
    void sendsPipelinedOverImplicitTlsAndBccStaysHidden();
    void wrongPasswordIsTyped();
    void senderNotOwnedIsSenderRejectedAndTheSessionGoesOn();
    void rejectedRecipientIsNamedAndTheOthersGetIt();
    void declinedRefusalResetsTheTransaction();
    void tooBigBeforeAndAfterTheData();

private:
    // Every message in the user's mailbox, fetched over POP3S with core/pop3's Client.
    QList<QByteArray> fetch(const QString& user, const QString& password);

    std::unique_ptr<DovecotServer> m_dovecot;
    std::unique_ptr<PostfixServer> m_postfix;
};

void tst_ClientPostfix::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("Postfix's master only starts as root (the CI and scripts/setup test run as root)");
    m_dovecot = std::make_unique<DovecotServer>();
    QVERIFY(m_dovecot->addUser(QStringLiteral("alice"), QStringLiteral("secret")));
    QVERIFY(m_dovecot->addUser(QStringLiteral("bob"), QStringLiteral("bobpw")));
    QVERIFY(m_dovecot->addUser(QStringLiteral("carol"), QStringLiteral("carolpw")));
    m_postfix = std::make_unique<PostfixServer>(*m_dovecot);
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
    QVERIFY2(m_postfix->start(), qPrintable(m_postfix->errorString()));
}

void tst_ClientPostfix::cleanupTestCase()
{
    m_postfix.reset();
    m_dovecot.reset();
}

QList<QByteArray> tst_ClientPostfix::fetch(const QString& user, const QString& password)
{
    pop3::Client pop(std::make_unique<net::SslTransport>());
    pop3::LoginOptions o;
    o.credentials.user = user;
    o.credentials.secret = password;
    Outcome<pop3::LoginInfo> login;
    pop.connectAndLogin(postbag::testing::endpoint(m_dovecot->tlsPort(),
                                                   transport::Security::ImplicitTls,
                                                   m_dovecot->certificateSha256()),
                        o, login.callback());
    QList<QByteArray> messages;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(login.done(), kWaitMs);
        QVERIFY2(login.ok(), login.ok() ? "" : qPrintable(login.error().toLogString()));
        Outcome<pop3::StatInfo> stat;
        pop.session().stat(stat.callback());
        QTRY_VERIFY_WITH_TIMEOUT(stat.done(), kWaitMs);
        QVERIFY(stat.ok());
        for (int i = 1; i <= stat.value().count; ++i) {
            auto body = std::make_shared<QByteArray>();
            Outcome<qint64> retr;
            pop.session().retr(
                i, [body](QByteArrayView chunk) { body->append(chunk); }, retr.callback());
            QTRY_VERIFY_WITH_TIMEOUT(retr.done(), kWaitMs);
            QVERIFY(retr.ok());
            messages.append(*body);
        }
        Outcome<Ok> quit;
        pop.quit(quit.callback());
        QTRY_VERIFY_WITH_TIMEOUT(quit.done(), kWaitMs);
    }();
    return messages;
}

void tst_ClientPostfix::sendsOverStartTlsAndFetchesBackOverPop3()
{
    Sender s;
    auto login = s.login(*m_postfix, transport::Security::StartTls, QStringLiteral("alice"),
                         QStringLiteral("secret"));
    QVERIFY2(login.ok(), s.logText.constData());
    QVERIFY(login.value().encrypted);
    QVERIFY(login.value().capabilities.pipelining);
    QVERIFY(!login.value().capabilities.startTls); // the list read over TLS
    QCOMPARE(s.count("EHLO client.example.test"), 2);

    const mime::BuiltMessage built =
        buildMessage(PostfixServer::addressOf(QStringLiteral("alice")),
                     {PostfixServer::addressOf(QStringLiteral("bob"))});
    auto sent = s.send(envelopeOf(built), built.sendBytes);
    QVERIFY2(sent.ok(), s.logText.constData());
    QCOMPARE(sent.value().reply.code, 250);
    QVERIFY(s.logText.contains(" C: MAIL FROM:<alice@example.test> SIZE="));
    QVERIFY(s.logText.contains(" C: AUTH PLAIN <redacted>"));
    QVERIFY(!s.logText.contains(QByteArray("secret")));

    QVERIFY2(m_postfix->waitForMessages(QStringLiteral("bob"), 1),
             qPrintable(m_postfix->logText()));
    const QList<QByteArray> fetched = fetch(QStringLiteral("bob"), QStringLiteral("bobpw"));
    QCOMPARE(fetched.size(), 1);
    // Postfix puts its trace headers first; after them, exactly the bytes Postbag built.
    QVERIFY2(fetched.first().endsWith(built.sendBytes), fetched.first().constData());
    const mime::ParsedMessage parsed =
        mime::MessageParser::parse(fetched.first(), QDateTime::currentDateTime());
    QCOMPARE(parsed.subject, kSubject);
    QCOMPARE(parsed.messageId, built.messageId);
    QVERIFY2(parsed.textPlain.contains(QStringLiteral("\n.a line that starts with a dot\nbye é")),
             qPrintable(parsed.textPlain));
    QCOMPARE(parsed.attachments.size(), 1);
    QCOMPARE(parsed.attachments.first().fileName, QStringLiteral("résumé data.bin"));
    Result<QByteArray> data =
        mime::MessageParser::attachmentData(fetched.first(), parsed.attachments.first().partPath);
    QVERIFY(data.ok());
    QCOMPARE(data.value(), attachmentBytes());

    Outcome<Ok> quit;
    s.client.quit(quit.callback());
    QTRY_VERIFY_WITH_TIMEOUT(quit.done(), kWaitMs);
    QVERIFY(quit.ok());
    QVERIFY(m_dovecot->removeAll(QStringLiteral("bob")));
}

void tst_ClientPostfix::sendsPipelinedOverImplicitTlsAndBccStaysHidden()
{
    Sender s;
    auto login = s.login(*m_postfix, transport::Security::ImplicitTls, QStringLiteral("alice"),
                         QStringLiteral("secret"));
    QVERIFY2(login.ok(), s.logText.constData());
    QCOMPARE(s.count("EHLO client.example.test"), 1);
    const mime::BuiltMessage built =
        buildMessage(PostfixServer::addressOf(QStringLiteral("alice")),
                     {PostfixServer::addressOf(QStringLiteral("bob"))},
                     {PostfixServer::addressOf(QStringLiteral("carol"))});
    QCOMPARE(built.recipients.size(), 2);
    auto sent = s.send(envelopeOf(built), built.sendBytes);
    QVERIFY2(sent.ok(), s.logText.constData());
    // MAIL, both RCPTs and DATA went as one group before any reply.
    QCOMPARE(s.maxEnvelopeInFlight(), 4);

    for (const auto& [user, password] :
         {std::pair{QStringLiteral("bob"), QStringLiteral("bobpw")},
          std::pair{QStringLiteral("carol"), QStringLiteral("carolpw")}}) {
        QVERIFY(m_postfix->waitForMessages(user, 1));
        const QList<QByteArray> fetched = fetch(user, password);
        QCOMPARE(fetched.size(), 1);
        QVERIFY(fetched.first().endsWith(built.sendBytes));
        QVERIFY2(!headersOf(fetched.first()).toLower().contains("\nbcc:"),
                 fetched.first().constData());
        QCOMPARE(mime::MessageParser::parse(fetched.first(), {}).messageId, built.messageId);
        QVERIFY(m_dovecot->removeAll(user));
    }
}

void tst_ClientPostfix::wrongPasswordIsTyped()
{
    Sender s;
    auto login = s.login(*m_postfix, transport::Security::ImplicitTls, QStringLiteral("alice"),
                         QStringLiteral("wrong"));
    QCOMPARE(login.code(), ErrorCode::WrongCredentials);
    QVERIFY(s.logText.contains(" S: 535 5.7.8 "));
}

void tst_ClientPostfix::senderNotOwnedIsSenderRejectedAndTheSessionGoesOn()
{
    Sender s;
    QVERIFY(s.login(*m_postfix, transport::Security::ImplicitTls, QStringLiteral("alice"),
                    QStringLiteral("secret"))
                .ok());
    const QString alice = PostfixServer::addressOf(QStringLiteral("alice"));
    const mime::BuiltMessage forged =
        buildMessage(PostfixServer::addressOf(QStringLiteral("bob")), {alice});
    auto refused = s.send(envelopeOf(forged), forged.sendBytes);
    // Postfix answers 553 5.7.1 at RCPT: still the sender's problem, not the recipient's.
    QCOMPARE(refused.code(), ErrorCode::SenderRejected);
    QCOMPARE(refused.error().responseCode, QByteArray("5.7.1"));

    const mime::BuiltMessage own = buildMessage(alice, {alice});
    auto sent = s.send(envelopeOf(own), own.sendBytes);
    QVERIFY2(sent.ok(), s.logText.constData());
    // The failed transaction was reset before the next began.
    QCOMPARE(s.count("RSET"), 1);
    QVERIFY(s.logText.indexOf(" C: RSET") < s.logText.lastIndexOf(" C: MAIL FROM:"));
    QVERIFY(m_postfix->waitForMessages(QStringLiteral("alice"), 1));
    const QList<QByteArray> fetched = fetch(QStringLiteral("alice"), QStringLiteral("secret"));
    QCOMPARE(fetched.size(), 1);
    QVERIFY(fetched.first().endsWith(own.sendBytes));
    QVERIFY(m_dovecot->removeAll(QStringLiteral("alice")));
}

void tst_ClientPostfix::rejectedRecipientIsNamedAndTheOthersGetIt()
{
    Sender s;
    QVERIFY(s.login(*m_postfix, transport::Security::ImplicitTls, QStringLiteral("alice"),
                    QStringLiteral("secret"))
                .ok());
    const QString nobody = PostfixServer::addressOf(QStringLiteral("nobody"));
    const mime::BuiltMessage built =
        buildMessage(PostfixServer::addressOf(QStringLiteral("alice")),
                     {nobody, PostfixServer::addressOf(QStringLiteral("bob"))});
    QList<RecipientResult> asked;
    Session::Hooks hooks;
    hooks.refusedRecipients = [&asked](const QList<RecipientResult>& refused,
                                       std::function<void(bool)> decide) {
        asked = refused;
        decide(true);
    };
    auto sent = s.send(envelopeOf(built), built.sendBytes, hooks);
    QVERIFY2(sent.ok(), s.logText.constData());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().address, nobody);
    QCOMPARE(asked.first().refusal->code, ErrorCode::RecipientRejected);
    QCOMPARE(asked.first().refusal->responseCode, QByteArray("5.1.1"));
    QCOMPARE(sent.value().recipients.size(), 2);
    QVERIFY(sent.value().recipients[0].refusal.has_value());
    QVERIFY(!sent.value().recipients[1].refusal.has_value());
    QVERIFY(m_postfix->waitForMessages(QStringLiteral("bob"), 1));
    QCOMPARE(fetch(QStringLiteral("bob"), QStringLiteral("bobpw")).size(), 1);
    QVERIFY(m_dovecot->removeAll(QStringLiteral("bob")));
}

void tst_ClientPostfix::declinedRefusalResetsTheTransaction()
{
    Sender s;
    s.pipelining = false; // the question comes before DATA
    QVERIFY(s.login(*m_postfix, transport::Security::ImplicitTls, QStringLiteral("alice"),
                    QStringLiteral("secret"))
                .ok());
    const QString bob = PostfixServer::addressOf(QStringLiteral("bob"));
    const QString alice = PostfixServer::addressOf(QStringLiteral("alice"));
    const mime::BuiltMessage built =
        buildMessage(alice, {PostfixServer::addressOf(QStringLiteral("nobody")), bob});
    Session::Hooks hooks;
    hooks.refusedRecipients = [](const QList<RecipientResult>&, std::function<void(bool)> decide) {
        decide(false);
    };
    auto declined = s.send(envelopeOf(built), built.sendBytes, hooks);
    QCOMPARE(declined.code(), ErrorCode::RecipientRejected);
    QVERIFY(declined.error().serverText.contains(QStringLiteral("nobody@example.test")));
    QCOMPARE(s.count("DATA"), 0);

    const mime::BuiltMessage next = buildMessage(alice, {bob});
    auto sent = s.send(envelopeOf(next), next.sendBytes);
    QVERIFY2(sent.ok(), s.logText.constData());
    QCOMPARE(s.count("RSET"), 1);
    QVERIFY(m_postfix->waitForMessages(QStringLiteral("bob"), 1));
    const QList<QByteArray> fetched = fetch(QStringLiteral("bob"), QStringLiteral("bobpw"));
    QCOMPARE(fetched.size(), 1); // only the second message
    QVERIFY(fetched.first().endsWith(next.sendBytes));
    QVERIFY(m_dovecot->removeAll(QStringLiteral("bob")));
}

void tst_ClientPostfix::tooBigBeforeAndAfterTheData()
{
    DovecotServer dovecot;
    QVERIFY(dovecot.addUser(QStringLiteral("dave"), QStringLiteral("davepw")));
    PostfixServer postfix(dovecot);
    constexpr qint64 kLimit = 4000;
    postfix.setMessageSizeLimit(kLimit);
    QVERIFY2(postfix.start(), qPrintable(postfix.errorString()));
    Sender s;
    auto login = s.login(postfix, transport::Security::ImplicitTls, QStringLiteral("dave"),
                         QStringLiteral("davepw"));
    QVERIFY2(login.ok(), s.logText.constData());
    QCOMPARE(login.value().capabilities.sizeLimit, kLimit);
    const QString dave = PostfixServer::addressOf(QStringLiteral("dave"));

    // Over the advertised limit: refused before anything is sent.
    const mime::BuiltMessage big = buildMessage(dave, {dave}, {}, kLimit);
    QVERIFY(big.size() > kLimit);
    auto early = s.send(envelopeOf(big), big.sendBytes);
    QCOMPARE(early.code(), ErrorCode::MessageTooBig);
    QCOMPARE(s.count("MAIL FROM"), 0);

    // Just under it: SIZE= passes, but Postfix's own trace headers take the queue file over,
    // and it refuses the data with 552 after the dot.
    mime::BuiltMessage almost;
    for (qsizetype pad = kLimit / 2; pad < kLimit; pad += 8) {
        mime::BuiltMessage next = buildMessage(dave, {dave}, {}, pad);
        if (MessageData(next.sendBytes).canonicalSize() > kLimit)
            break;
        almost = std::move(next);
    }
    QVERIFY(MessageData(almost.sendBytes).canonicalSize() > kLimit - 100);
    auto late = s.send(envelopeOf(almost), almost.sendBytes);
    QCOMPARE(late.code(), ErrorCode::MessageTooBig);
    QCOMPARE(late.error().responseCode, QByteArray("5.3.4"));
    QCOMPARE(s.count("MAIL FROM"), 1);

    // The session goes on.
    const mime::BuiltMessage small = buildMessage(dave, {dave}, {}, 10);
    auto sent = s.send(envelopeOf(small), small.sendBytes);
    QVERIFY2(sent.ok(), s.logText.constData());
    QVERIFY(postfix.waitForMessages(QStringLiteral("dave"), 1));
    QCOMPARE(dovecot.messagesOnServer(QStringLiteral("dave")).size(), 1);
}

QTEST_GUILESS_MAIN(tst_ClientPostfix)
#include "tst_ClientPostfix.moc"
