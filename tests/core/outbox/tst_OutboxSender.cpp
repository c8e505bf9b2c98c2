// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox sent for real: through the private Postfix into Dovecot's Maildirs, and through the
// scripted SMTP server for a drop after the final dot and a refusal of it; crashes simulated by
// reopening the profile with a row left in sending.
#include "core/mime/MessageBuilder.h"
#include "core/net/SslTransport.h"
#include "core/outbox/OutboxQueue.h"
#include "core/outbox/OutboxSender.h"
#include "core/store/AccountStore.h"
#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/IdentityStore.h"
#include "core/store/MessageSearch.h"
#include "core/store/MessageStore.h"
#include "core/store/OutboxStore.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/PostfixServer.h"
#include "tests/support/ScriptedSmtpServer.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <unistd.h>

using namespace postbag;
using namespace postbag::outbox;
using namespace Qt::StringLiterals;
using postbag::testing::DovecotServer;
using postbag::testing::LineScript;
using postbag::testing::PostfixServer;
using postbag::testing::ScriptedSmtpServer;
using store::OutboxState;

namespace {

constexpr int kTimeout = 30000;

transport::TransportFactory sslTransports()
{
    return [] { return std::make_unique<net::SslTransport>(); };
}

} // namespace

class tst_OutboxSender : public QObject
{
    Q_OBJECT

    std::unique_ptr<DovecotServer> m_dovecot;
    std::unique_ptr<PostfixServer> m_postfix;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    store::Account m_account;

    QString path() const { return m_dir.filePath(u"profile.sqlite"_s); }

    Submission postfix(const QString& password) const
    {
        Submission s;
        s.endpoint.host = m_postfix->host();
        s.endpoint.port = m_postfix->submissionsPort();
        s.endpoint.security = transport::Security::ImplicitTls;
        s.endpoint.pinnedSha256 = m_postfix->certificate().sha256();
        s.options.credentials.user = u"alice"_s;
        s.options.credentials.secret = password;
        return s;
    }

    static Submission scripted(const ScriptedSmtpServer& server)
    {
        Submission s;
        s.endpoint.host = server.host();
        s.endpoint.port = server.port();
        s.endpoint.security = transport::Security::None;
        s.options.authenticate = false;
        s.options.responseTimeoutMs = kTimeout;
        s.options.finalReplyTimeoutMs = kTimeout;
        return s;
    }

    // The private Postfix in front of Dovecot, started by the first test that needs it.
    bool startPostfix()
    {
        if (m_postfix) {
            return true;
        }
        m_dovecot = std::make_unique<DovecotServer>();
        // Two RCPTs per transaction: a third recipient is put off with 452 4.5.3.
        for (const char* user : {"alice", "bob", "carol"}) {
            if (!m_dovecot->addUser(QString::fromLatin1(user), u"secret"_s)) {
                return false;
            }
        }
        auto postfix = std::make_unique<PostfixServer>(*m_dovecot);
        postfix->setRecipientLimit(2);
        if (!m_dovecot->start() || !postfix->start()) {
            qWarning() << m_dovecot->errorString() << postfix->errorString();
            return false;
        }
        m_postfix = std::move(postfix);
        return true;
    }

    // One connection: a message from `from` to bob, `dotReply` to its final dot, then QUIT.
    static LineScript oneMessage(const QByteArray& from, const QByteArray& dotReply)
    {
        LineScript script = ScriptedSmtpServer::greeting();
        script.append(ScriptedSmtpServer::ehlo({"PIPELINING", "8BITMIME"}))
            .append(ScriptedSmtpServer::transaction(from, {"bob@example.test"}))
            .line(dotReply)
            .expect("QUIT")
            .line("221 2.0.0 Bye")
            .close();
        return script;
    }

    // Two messages from `from` to bob: the first one's transaction up to its dot, then the
    // second one's MAIL, RCPT and DATA before any reply to that dot (RFC 2920 section 3.1).
    static LineScript secondBehindFirstDot(const QByteArray& from)
    {
        LineScript script = ScriptedSmtpServer::greeting();
        script.append(ScriptedSmtpServer::ehlo({"PIPELINING", "8BITMIME"}))
            .append(ScriptedSmtpServer::transaction(from, {"bob@example.test"}))
            .expect("MAIL FROM:<" + from + ">*")
            .expect("RCPT TO:<bob@example.test>*")
            .expect("DATA");
        return script;
    }

    // A built message from alice to bob, Bcc carol when asked, queued.
    qint64 queue(const QString& subject, bool bcc = false, Source source = {})
    {
        mime::OutgoingMessage m = message(subject, {u"bob"_s});
        m.to.first().name = u"Bob"_s;
        if (bcc) {
            m.bcc = {{{}, PostfixServer::addressOf(u"carol"_s)}};
        }
        return enqueue(m, source);
    }

    // A built message from alice to `to` (each a user at the test domain), queued.
    qint64 queueTo(const QString& subject, const QStringList& to)
    {
        return enqueue(message(subject, to), {});
    }

    static mime::OutgoingMessage message(const QString& subject, const QStringList& to)
    {
        mime::OutgoingMessage m;
        m.from = {u"Alice"_s, PostfixServer::addressOf(u"alice"_s)};
        for (const QString& user : to) {
            m.to.append({{}, PostfixServer::addressOf(user)});
        }
        m.subject = subject;
        m.date = QDateTime::currentDateTime();
        m.text = u"Hello from the outbox.\n"_s;
        return m;
    }

    qint64 enqueue(const mime::OutgoingMessage& m, const Source& source)
    {
        const auto built = mime::MessageBuilder::build(m);
        if (!built) {
            qWarning() << built.error().toLogString();
            return 0;
        }
        const qint64 identity = store::IdentityStore(*m_db).defaultOf(m_account.id).value().id;
        const auto id = OutboxQueue::enqueue(*m_db, m_account.id, identity, built.value(), source);
        return id ? id.value() : 0;
    }

    // Each recipient's state, "address:state", in envelope order.
    QStringList states(qint64 id)
    {
        QStringList out;
        for (const store::OutboxRecipient& r : item(id).recipientStates) {
            out.append(r.address.section(u'@', 0, 0) + u':' + QString::number(int(r.state)));
        }
        return out;
    }

    SendReport send(const Submission& submission, const QDateTime& now = {})
    {
        OutboxSender sender(
            *m_db, sslTransports(),
            [submission](qint64, qint64) -> Result<Submission> { return submission; });
        QSignalSpy finished(&sender, &OutboxSender::finished);
        sender.run(m_account.id, now.isValid() ? now : QDateTime::currentDateTimeUtc());
        if (finished.isEmpty() && !finished.wait(kTimeout)) {
            qWarning("the sender did not finish");
            return SendReport{0, 0, 0, Error::make(ErrorCode::ResponseTimeout)};
        }
        return finished.first().first().value<SendReport>();
    }

    store::OutboxItem item(qint64 id) { return store::OutboxStore(*m_db).item(id).value(); }

    qint64 sentFolder()
    {
        return store::FolderStore(*m_db).special(store::FolderKind::Sent).value();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SendReport>(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
        auto db = store::Database::open(path());
        QVERIFY(db);
        m_db = std::move(db.value());
        m_account = store::AccountStore(*m_db).create(u"Alice"_s).value();
        store::Identity me;
        me.accountId = m_account.id;
        me.address = PostfixServer::addressOf(u"alice"_s);
        QVERIFY(store::IdentityStore(*m_db).create(me));
    }

    void cleanup()
    {
        m_db.reset();
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile::remove(path() + suffix);
        }
        if (m_postfix) {
            for (const char* user : {"alice", "bob", "carol"}) {
                QVERIFY(m_dovecot->removeAll(QString::fromLatin1(user)));
            }
        }
    }

    void cleanupTestCase()
    {
        m_postfix.reset();
        m_dovecot.reset();
    }

    void twoQueuedMessagesArriveOnceAndAreFiledInSent()
    {
        if (::geteuid() != 0) {
            QSKIP(
                "Postfix's master only starts as root (the CI and scripts/setup test run as root)");
        }
        QVERIFY(startPostfix());
        const qint64 original = store::MessageStore(*m_db)
                                    .insert([&] {
                                        store::NewMessage m;
                                        m.accountId = m_account.id;
                                        m.folderId = m_account.inboxId;
                                        m.raw = "Subject: question\r\n\r\n?\r\n";
                                        m.subject = u"question"_s;
                                        m.date = m.receivedAt = QDateTime::currentDateTimeUtc();
                                        return m;
                                    }())
                                    .value()
                                    .id;
        const qint64 first = queue(u"first"_s, true);
        const qint64 reply = queue(u"Re: question"_s, false, {original, store::SourceKind::Reply});
        QVERIFY(first && reply);

        const SendReport report = send(postfix(u"secret"_s));
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->toLogString() : QString()));
        QCOMPARE(report.sent, 2);
        QVERIFY2(m_postfix->waitForMessages(u"bob"_s, 2), qPrintable(m_postfix->logText()));
        QVERIFY2(m_postfix->waitForMessages(u"carol"_s, 1), qPrintable(m_postfix->logText()));
        const QByteArray toCarol = m_dovecot->messagesOnServer(u"carol"_s).constFirst();
        QVERIFY(toCarol.contains("Subject: first"));
        QVERIFY(!toCarol.contains("Bcc:"));

        for (const qint64 id : {first, reply}) {
            const store::OutboxItem sent = item(id);
            QCOMPARE(sent.state, OutboxState::Sent);
            QCOMPARE(sent.attempts, 1);
            QCOMPARE(store::MessageStore(*m_db).summary(sent.messageRow).value().folderId,
                     sentFolder());
        }
        QVERIFY(store::MessageStore(*m_db).raw(item(first).messageRow).value().contains("Bcc:"));
        QVERIFY(store::MessageStore(*m_db).summary(original).value().flags & store::Flag::Answered);

        // A second run has nothing to send: each arrived once.
        QCOMPARE(send(postfix(u"secret"_s)).sent, 0);
        QCOMPARE(m_dovecot->messagesOnServer(u"bob"_s).size(), 2);
    }

    void aWrongPasswordSendsNothingAndWaitsForTheUser()
    {
        if (::geteuid() != 0) {
            QSKIP(
                "Postfix's master only starts as root (the CI and scripts/setup test run as root)");
        }
        QVERIFY(startPostfix());
        const qint64 id = queue(u"password"_s);
        const SendReport refused = send(postfix(u"wrong"_s));
        QVERIFY(refused.error);
        QCOMPARE(refused.error->code, ErrorCode::WrongCredentials);
        QCOMPARE(refused.failed, 1);
        QCOMPARE(item(id).state, OutboxState::Failed);
        QVERIFY(!item(id).nextAttempt.isValid());
        QCOMPARE(store::OutboxStore::lastError(item(id)).code, ErrorCode::WrongCredentials);
        // Not retried by itself, even much later.
        QCOMPARE(send(postfix(u"secret"_s), QDateTime::currentDateTimeUtc().addDays(30)).sent, 0);
        QVERIFY(m_dovecot->messagesOnServer(u"bob"_s).isEmpty());

        QVERIFY(store::OutboxStore(*m_db).resend(id));
        QCOMPARE(send(postfix(u"secret"_s)).sent, 1);
        QVERIFY(m_postfix->waitForMessages(u"bob"_s, 1));
        QCOMPARE(item(id).state, OutboxState::Sent);
    }

    void aDropAfterTheDotIsUncertainAndNotSentAgain()
    {
        const qint64 id = queue(u"drop"_s);
        const QByteArray from = item(id).envelopeSender.toLatin1();
        ScriptedSmtpServer server;
        LineScript script = ScriptedSmtpServer::greeting();
        script.append(ScriptedSmtpServer::ehlo({"PIPELINING", "8BITMIME"}))
            .append(ScriptedSmtpServer::transaction(from, {"bob@example.test"}))
            .close();
        server.addConnection(script);
        const SendReport report = send(scripted(server));
        QCOMPARE(report.uncertain, 1);
        QCOMPARE(item(id).state, OutboxState::Uncertain);
        QVERIFY(item(id).dotOut);
        QCOMPARE(server.receivedData().size(), 1);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));

        const SendReport second =
            send(scripted(server), QDateTime::currentDateTimeUtc().addDays(30));
        QCOMPARE(second.sent + second.failed + second.uncertain, 0);
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(item(id).state, OutboxState::Uncertain);
    }

    void aTemporaryRefusalOfTheDotIsRetriedLater()
    {
        const qint64 id = queue(u"later"_s);
        const QByteArray from = item(id).envelopeSender.toLatin1();
        ScriptedSmtpServer server;
        server.addConnection(oneMessage(from, "451 4.3.0 Error: queue file write error"));
        server.addConnection(oneMessage(from, "250 2.0.0 Ok: queued as 4F2A1C0E7B"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(send(scripted(server), now).failed, 1);
        const store::OutboxItem failed = item(id);
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.nextAttempt.toSecsSinceEpoch(),
                 OutboxSender::retryAt(1, now).toSecsSinceEpoch());
        QCOMPARE(send(scripted(server), now).sent, 0); // not yet due
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(send(scripted(server), failed.nextAttempt).sent, 1);
        QCOMPARE(item(id).state, OutboxState::Sent);
        QCOMPARE(item(id).attempts, 2);
        QCOMPARE(server.receivedData().size(), 2);
        QCOMPARE(server.receivedData().first(), server.receivedData().last()); // the same bytes
        QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void theNextEnvelopeGoesRightBehindTheDot()
    {
        const qint64 first = queue(u"first"_s);
        const qint64 second = queue(u"second"_s);
        const QByteArray from = item(first).envelopeSender.toLatin1();
        ScriptedSmtpServer server;
        // The second message's MAIL, RCPT and DATA arrive before the first dot is answered: a
        // client that waits for that reply first stalls here until its final-reply timeout.
        LineScript script = secondBehindFirstDot(from);
        script.line("250 2.0.0 Ok: queued as 1A")
            .line("250 2.1.0 Ok")
            .line("250 2.1.5 Ok")
            .line("354 End data with <CR><LF>.<CR><LF>")
            .expectData()
            .line("250 2.0.0 Ok: queued as 2B")
            .expect("QUIT")
            .line("221 2.0.0 Bye")
            .close();
        server.addConnection(script);
        Submission submission = scripted(server);
        submission.options.finalReplyTimeoutMs = 5000;
        const SendReport report = send(submission);
        QCOMPARE(report.sent, 2);
        QVERIFY(!report.error);
        QCOMPARE(item(first).state, OutboxState::Sent);
        QCOMPARE(item(second).state, OutboxState::Sent);
        QCOMPARE(server.receivedData().size(), 2);
        QVERIFY(server.receivedData().last().contains("Subject: second"));
        QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aRefusalBehindAnAnsweredDotKeepsBothResults()
    {
        const qint64 first = queue(u"first"_s);
        const qint64 second = queue(u"second"_s);
        const QByteArray from = item(first).envelopeSender.toLatin1();
        ScriptedSmtpServer server;
        LineScript script = secondBehindFirstDot(from);
        script.line("250 2.0.0 Ok: queued as 1A")
            .line("250 2.1.0 Ok")
            .line("550 5.1.1 <bob@example.test>: Recipient address rejected: User unknown")
            .line("554 5.5.1 Error: no valid recipients")
            .expect("RSET")
            .line("250 2.0.0 Ok")
            .expect("QUIT")
            .line("221 2.0.0 Bye")
            .close();
        server.addConnection(script);
        OutboxSender sender(*m_db, sslTransports(),
                            [submission = scripted(server)](qint64, qint64) -> Result<Submission> {
                                return submission;
                            });
        QSignalSpy finishedItems(&sender, &OutboxSender::itemFinished);
        QSignalSpy finished(&sender, &OutboxSender::finished);
        sender.run(m_account.id);
        QVERIFY(finished.wait(kTimeout));
        const SendReport report = finished.first().first().value<SendReport>();
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.failed, 1);
        QCOMPARE(item(first).state, OutboxState::Sent);
        QCOMPARE(item(second).state, OutboxState::Failed);
        QVERIFY(!item(second).dotOut);
        // In queue order: the answered one is stored before the refusal behind it.
        QCOMPARE(finishedItems.size(), 2);
        QCOMPARE(finishedItems[0][0].toLongLong(), first);
        QCOMPARE(finishedItems[1][0].toLongLong(), second);
        QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aDropAfterTheDotFailsThePipelinedNextOneSafely()
    {
        const qint64 first = queue(u"first"_s);
        const qint64 second = queue(u"second"_s);
        const QByteArray from = item(first).envelopeSender.toLatin1();
        ScriptedSmtpServer server;
        LineScript script = secondBehindFirstDot(from);
        script.close();
        server.addConnection(script);
        server.addConnection(oneMessage(from, "250 2.0.0 Ok: queued as 2B"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const SendReport report = send(scripted(server), now);
        QCOMPARE(report.uncertain, 1);
        QCOMPARE(report.failed, 1);
        QCOMPARE(item(first).state, OutboxState::Uncertain);
        // Its dot never went out: certainly not delivered, so it is tried again by itself.
        const store::OutboxItem failed = item(second);
        QCOMPARE(failed.state, OutboxState::Failed);
        QVERIFY(!failed.dotOut);
        QVERIFY(failed.nextAttempt.isValid());

        QCOMPARE(send(scripted(server), failed.nextAttempt).sent, 1);
        QCOMPARE(item(second).state, OutboxState::Sent);
        QCOMPARE(item(first).state, OutboxState::Uncertain);
        QCOMPARE(server.receivedData().size(), 2);
        QVERIFY(server.receivedData().last().contains("Subject: second"));
        QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void aCrashBeforeTheDotSendsAgainAfterItDoesNot()
    {
        const qint64 before = queue(u"before"_s);
        const qint64 after = queue(u"after"_s);
        {
            auto crashed = store::Database::open(path());
            QVERIFY(crashed);
            store::OutboxStore outbox(*crashed.value());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(outbox.claim(before, now));
            QVERIFY(outbox.claim(after, now));
            QVERIFY(outbox.markDotGoingOut(after));
        } // killed: no further transition
        m_db.reset();
        auto reopened = store::Database::open(path());
        QVERIFY(reopened);
        m_db = std::move(reopened.value());

        const QByteArray from = item(before).envelopeSender.toLatin1();
        ScriptedSmtpServer server;
        server.addConnection(oneMessage(from, "250 2.0.0 Ok: queued as 4F2A1C0E7B"));
        const SendReport report = send(scripted(server));
        QCOMPARE(report.sent, 1);
        QCOMPARE(item(before).state, OutboxState::Sent);
        QCOMPARE(item(after).state, OutboxState::Uncertain);
        QCOMPARE(server.receivedData().size(), 1);
        QVERIFY(server.receivedData().first().contains("Subject: before"));
        QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    // Postfix takes two RCPTs per transaction: the third recipient gets the message in a second
    // transaction on the same connection, and each arrives once.
    void aRecipientLimitSplitsTheMessageAndEachGetsItOnce()
    {
        if (::geteuid() != 0) {
            QSKIP(
                "Postfix's master only starts as root (the CI and scripts/setup test run as root)");
        }
        QVERIFY(startPostfix());
        const qint64 id = queueTo(u"three"_s, {u"bob"_s, u"carol"_s, u"alice"_s});
        QVERIFY(id);
        const SendReport report = send(postfix(u"secret"_s));
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->toLogString() : QString()));
        QCOMPARE(report.sent, 1);
        for (const char* user : {"bob", "carol", "alice"}) {
            QVERIFY2(m_postfix->waitForMessages(QString::fromLatin1(user), 1),
                     qPrintable(m_postfix->logText()));
        }
        QCOMPARE(item(id).state, OutboxState::Sent);
        QCOMPARE(states(id), (QStringList{u"bob:2"_s, u"carol:2"_s, u"alice:2"_s}));
        // Two transactions: bob's and carol's copies share Postfix's queue id, alice's has another.
        QStringList queueIds;
        for (const char* user : {"bob", "carol", "alice"}) {
            const QString received =
                QString::fromLatin1(m_dovecot->messagesOnServer(QString::fromLatin1(user)).first());
            const auto match =
                QRegularExpression(u"\\(Postfix\\) with \\w+ id (\\w+)"_s).match(received);
            QVERIFY2(match.hasMatch(), qPrintable(received));
            queueIds.append(match.captured(1));
        }
        QCOMPARE(queueIds[0], queueIds[1]);
        QVERIFY(queueIds[1] != queueIds[2]);
        QCOMPARE(send(postfix(u"secret"_s)).sent, 0);
        for (const char* user : {"bob", "carol", "alice"}) {
            QCOMPARE(m_dovecot->messagesOnServer(QString::fromLatin1(user)).size(), 1);
        }
    }

    // A recipient Postfix does not know is named with its reply; nothing goes to anyone until
    // the user agrees, then the others get it once, and the Sent copy still shows it as written.
    void aRefusedRecipientIsNamedAndTheOthersGetItWhenTheUserAgrees()
    {
        if (::geteuid() != 0) {
            QSKIP(
                "Postfix's master only starts as root (the CI and scripts/setup test run as root)");
        }
        QVERIFY(startPostfix());
        const qint64 id = queueTo(u"unknown"_s, {u"bob"_s, u"nobody"_s});
        QVERIFY(id);
        const SendReport refused = send(postfix(u"secret"_s));
        QCOMPARE(refused.failed, 1);
        const store::OutboxItem failed = item(id);
        QCOMPARE(failed.state, OutboxState::Failed);
        QVERIFY(!failed.nextAttempt.isValid()); // waits for the user
        QCOMPARE(store::OutboxStore::lastError(failed).code, ErrorCode::RecipientRejected);
        QCOMPARE(states(id), (QStringList{u"bob:0"_s, u"nobody:3"_s}));
        const store::OutboxRecipient nobody = failed.recipientStates.at(1);
        QCOMPARE(nobody.refusal->code, ErrorCode::RecipientRejected);
        QCOMPARE(nobody.refusal->responseCode, QByteArray("5.1.1"));
        QVERIFY(nobody.refusal->serverText.contains(u"User unknown"_s));
        QCOMPARE(send(postfix(u"secret"_s), QDateTime::currentDateTimeUtc().addDays(30)).sent, 0);
        QVERIFY(m_dovecot->messagesOnServer(u"bob"_s).isEmpty());

        QVERIFY(OutboxQueue::sendToOthers(*m_db, id));
        QCOMPARE(item(id).state, OutboxState::Queued);
        QCOMPARE(states(id), (QStringList{u"bob:0"_s, u"nobody:4"_s}));
        QCOMPARE(send(postfix(u"secret"_s)).sent, 1);
        QVERIFY(m_postfix->waitForMessages(u"bob"_s, 1));
        QCOMPARE(item(id).state, OutboxState::Sent);
        QCOMPARE(states(id), (QStringList{u"bob:2"_s, u"nobody:4"_s}));
        const QByteArray sentCopy = store::MessageStore(*m_db).raw(item(id).messageRow).value();
        QVERIFY(sentCopy.contains("nobody@example.test"));
        QCOMPARE(m_dovecot->messagesOnServer(u"bob"_s).size(), 1);
    }

    // A drop after the first transaction's dot, with a recipient put off for the next one: the
    // item is uncertain, naming who may have it; the user sends to the rest only.
    void aDropAfterTheFirstOfTwoTransactionsNamesWhoMayHaveIt()
    {
        const qint64 id = queueTo(u"split"_s, {u"bob"_s, u"carol"_s});
        const QByteArray from = item(id).envelopeSender.toLatin1();
        ScriptedSmtpServer server;
        LineScript first = ScriptedSmtpServer::greeting();
        first.append(ScriptedSmtpServer::ehlo({"PIPELINING", "8BITMIME"}))
            .expect("MAIL FROM:<" + from + ">*")
            .line("250 2.1.0 Ok")
            .expect("RCPT TO:<bob@example.test>*")
            .line("250 2.1.5 Ok")
            .expect("RCPT TO:<carol@example.test>*")
            .line("452 4.5.3 Error: too many recipients")
            .expect("DATA")
            .line("354 End data with <CR><LF>.<CR><LF>")
            .expectData()
            .close();
        server.addConnection(first);
        const SendReport report = send(scripted(server));
        QCOMPARE(report.uncertain, 1);
        QCOMPARE(item(id).state, OutboxState::Uncertain);
        QCOMPARE(states(id), (QStringList{u"bob:1"_s, u"carol:0"_s}));
        // Never again by itself.
        QCOMPARE(send(scripted(server), QDateTime::currentDateTimeUtc().addDays(30)).uncertain, 0);
        QCOMPARE(server.connectionCount(), 1);

        QVERIFY(store::OutboxStore(*m_db).dropRecipients(id, {u"BOB@example.test"_s}));
        LineScript second = ScriptedSmtpServer::greeting();
        second.append(ScriptedSmtpServer::ehlo({"PIPELINING", "8BITMIME"}))
            .append(ScriptedSmtpServer::transaction(from, {"carol@example.test"}))
            .append(ScriptedSmtpServer::queued())
            .expect("QUIT")
            .line("221 2.0.0 Bye")
            .close();
        server.addConnection(second);
        QCOMPARE(send(scripted(server)).sent, 1);
        QCOMPARE(item(id).state, OutboxState::Sent);
        QCOMPARE(states(id), (QStringList{u"bob:4"_s, u"carol:2"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    // A crash after the first transaction's 250 was noted: the next run sends to the rest only.
    void aCrashBetweenTwoTransactionsSendsOnlyToTheRest()
    {
        const qint64 id = queueTo(u"between"_s, {u"bob"_s, u"carol"_s});
        {
            auto crashed = store::Database::open(path());
            QVERIFY(crashed);
            store::OutboxStore outbox(*crashed.value());
            QVERIFY(outbox.claim(id, QDateTime::currentDateTimeUtc()));
            QVERIFY(outbox.markDotGoingOut(id, {u"bob@example.test"_s}));
            QVERIFY(outbox.markDelivered(id, {u"bob@example.test"_s}));
        } // killed before carol's transaction
        m_db.reset();
        auto reopened = store::Database::open(path());
        QVERIFY(reopened);
        m_db = std::move(reopened.value());

        const QByteArray from = item(id).envelopeSender.toLatin1();
        ScriptedSmtpServer server;
        LineScript script = ScriptedSmtpServer::greeting();
        script.append(ScriptedSmtpServer::ehlo({"PIPELINING", "8BITMIME"}))
            .append(ScriptedSmtpServer::transaction(from, {"carol@example.test"}))
            .append(ScriptedSmtpServer::queued())
            .expect("QUIT")
            .line("221 2.0.0 Bye")
            .close();
        server.addConnection(script);
        QCOMPARE(send(scripted(server)).sent, 1);
        QCOMPARE(states(id), (QStringList{u"bob:2"_s, u"carol:2"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    // Sent and Outbox are searched like any folder: the queued message is found in Outbox, and
    // after a real send in Sent, by its words, its recipient and the folder's name.
    void theSentCopyIsFoundBySearch()
    {
        const qint64 id = queue(u"quarterly zebrafish report"_s);
        QVERIFY(id);
        const auto found = [this](const QString& query) {
            QList<qint64> ids;
            const auto hits = store::MessageSearch(*m_db).search(query, 0, 10);
            for (const store::SearchHit& hit : hits.value()) {
                ids.append(hit.id);
            }
            return ids;
        };
        const qint64 row = item(id).messageRow;
        QCOMPARE(found(u"zebrafish"_s), QList<qint64>{row});
        QCOMPARE(found(u"folder:Outbox zebrafish"_s), QList<qint64>{row});

        const QByteArray from = item(id).envelopeSender.toLatin1();
        ScriptedSmtpServer server;
        server.addConnection(oneMessage(from, "250 2.0.0 Ok: queued as 4F2A1C0E7B"));
        QCOMPARE(send(scripted(server)).sent, 1);
        QCOMPARE(item(id).state, OutboxState::Sent);
        QCOMPARE(found(u"zebrafish"_s), QList<qint64>{row});
        QCOMPARE(found(u"folder:Sent zebrafish"_s), QList<qint64>{row});
        QCOMPARE(found(u"folder:Sent to:bob"_s), QList<qint64>{row});
        QCOMPARE(found(u"folder:Sent outbox"_s), QList<qint64>{row}); // the body's words
        QVERIFY(found(u"folder:Outbox zebrafish"_s).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(server.isDone(), kTimeout);
    }
};

QTEST_GUILESS_MAIN(tst_OutboxSender)
#include "tst_OutboxSender.moc"
