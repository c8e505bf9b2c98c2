// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The product's resolver: outgoing servers as the repository keeps them, passwords from a real
// credential store, and one real submission through the private Postfix with what it resolved.
#include "core/account/AccountRepository.h"
#include "core/account/SessionCredentialStore.h"
#include "core/mime/MessageBuilder.h"
#include "core/net/SslTransport.h"
#include "core/outbox/OutboxQueue.h"
#include "core/outbox/SubmissionSource.h"
#include "core/store/Database.h"
#include "core/store/IdentityStore.h"
#include "core/store/OutboxStore.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/PostfixServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <unistd.h>

using namespace postbag;
using namespace postbag::outbox;
using namespace Qt::StringLiterals;
using postbag::testing::DovecotServer;
using postbag::testing::PostfixServer;

namespace {
account::AccountSettings alice()
{
    account::AccountSettings a;
    a.name = u"Alice"_s;
    a.displayName = u"Alice Liddell"_s;
    a.address = u"alice@example.test"_s;
    a.host = u"pop.example.test"_s;
    a.port = 995;
    a.username = u"alice"_s;
    return a;
}

account::OutgoingServer smtpServer()
{
    account::OutgoingServer s;
    s.host = u"smtp.example.test"_s;
    s.port = 587;
    s.security = account::Security::StartTls;
    s.pinnedSha256 = QByteArray(32, '\x44');
    return s;
}

Status write(account::CredentialStore& store, const account::AccountSettings& a,
             const QString& secret)
{
    std::optional<Status> result;
    store.write(a, secret, [&](Status s) { result = s; });
    return result.value_or(Error::make(ErrorCode::CredentialsNotStored));
}
} // namespace

class tst_SubmissionSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<account::SessionCredentialStore> m_keyring;
    std::unique_ptr<account::SessionCredentialStore> m_typed;

    SubmissionSource source()
    {
        return SubmissionSource(*m_db, [this](account::PasswordSource from) {
            return from == account::PasswordSource::Keyring ? m_keyring.get() : m_typed.get();
        });
    }

    // prepare() answered (it must answer exactly once).
    static Status prepared(SubmissionSource& s, qint64 accountId)
    {
        int answers = 0;
        Status result = Ok{};
        s.prepare(accountId, [&](Status st) {
            ++answers;
            result = st;
        });
        if (answers != 1)
            return Error::make(ErrorCode::Cancelled, u"answers: %1"_s.arg(answers));
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = store::Database::open(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QVERIFY(db);
        m_db = std::move(db.value());
        m_keyring = std::make_unique<account::SessionCredentialStore>();
        m_typed = std::make_unique<account::SessionCredentialStore>();
    }

    void thePop3LoginSharesThePop3KeyringEntry()
    {
        const auto a = account::AccountRepository(*m_db).add(alice(), smtpServer());
        QVERIFY(a);
        QVERIFY(write(*m_keyring, a.value(), u"pop3-secret"_s));
        SubmissionSource s = source();
        QVERIFY(prepared(s, a->id));
        const auto submission = s.resolver()(a->id, 0);
        QVERIFY(submission);
        QCOMPARE(submission->endpoint.host, u"smtp.example.test"_s);
        QCOMPARE(submission->endpoint.port, quint16(587));
        QCOMPARE(submission->endpoint.security, transport::Security::StartTls);
        QCOMPARE(submission->endpoint.pinnedSha256, QByteArray(32, '\x44'));
        QCOMPARE(submission->options.credentials.user, u"alice"_s);
        QCOMPARE(submission->options.credentials.secret, u"pop3-secret"_s);
        QVERIFY(!submission->options.auth.allowInsecure);
        // The identity's own server id resolves the same way.
        const qint64 serverId =
            store::IdentityStore(*m_db).defaultOf(a->id).value().outgoingServerId;
        QVERIFY(serverId != 0);
        QCOMPARE(s.resolver()(a->id, serverId)->options.credentials.secret, u"pop3-secret"_s);
    }

    void anOwnLoginHasItsOwnEntry()
    {
        account::OutgoingServer server = smtpServer();
        server.username = u"alice-smtp"_s;
        const auto a = account::AccountRepository(*m_db).add(alice(), server);
        QVERIFY(a);
        QVERIFY(write(*m_keyring, a.value(), u"pop3-secret"_s));
        {
            // Only the POP3 entry: the server's own password is missing, said as such.
            SubmissionSource s = source();
            const Status st = prepared(s, a->id);
            QVERIFY(!st);
            QCOMPARE(st.error().code, ErrorCode::CredentialsUnavailable);
            const auto submission = s.resolver()(a->id, 0);
            QVERIFY(!submission);
            QCOMPARE(submission.error().code, ErrorCode::CredentialsUnavailable);
        }
        const account::AccountSettings entry = server.credentialAccount(a.value());
        QCOMPARE(entry.username, u"alice-smtp"_s);
        QVERIFY(account::CredentialStore::keyFor(entry) !=
                account::CredentialStore::keyFor(a.value()));
        QVERIFY(write(*m_keyring, entry, u"smtp-secret"_s));
        SubmissionSource s = source();
        QVERIFY(prepared(s, a->id));
        const auto submission = s.resolver()(a->id, 0);
        QVERIFY(submission);
        QCOMPARE(submission->options.credentials.user, u"alice-smtp"_s);
        QCOMPARE(submission->options.credentials.secret, u"smtp-secret"_s);
    }

    void thePasswordComesFromTheAccountsSource()
    {
        account::AccountSettings settings = alice();
        settings.passwordSource = account::PasswordSource::AskEachSession;
        const auto a = account::AccountRepository(*m_db).add(settings, smtpServer());
        QVERIFY(a);
        QVERIFY(write(*m_keyring, a.value(), u"keyring"_s));
        QVERIFY(write(*m_typed, a.value(), u"typed"_s));
        SubmissionSource s = source();
        QVERIFY(prepared(s, a->id));
        QCOMPARE(s.resolver()(a->id, 0)->options.credentials.secret, u"typed"_s);
    }

    void anAccountWithoutServerIsNoOutgoingServer()
    {
        const auto a = account::AccountRepository(*m_db).add(alice());
        QVERIFY(a);
        SubmissionSource s = source();
        QVERIFY(prepared(s, a->id)); // nothing to read
        const auto submission = s.resolver()(a->id, 0);
        QVERIFY(!submission);
        QCOMPARE(submission.error().code, ErrorCode::NoOutgoingServer);
        QCOMPARE(submission.error().kind, ErrorKind::Config);
        QVERIFY(submission.error().needsUser());
    }

    void withoutPrepareNoPasswordIsGuessed()
    {
        const auto a = account::AccountRepository(*m_db).add(alice(), smtpServer());
        QVERIFY(a);
        QVERIFY(write(*m_keyring, a.value(), u"pop3-secret"_s));
        SubmissionSource s = source();
        const auto submission = s.resolver()(a->id, 0);
        QVERIFY(!submission);
        QCOMPARE(submission.error().code, ErrorCode::CredentialsUnavailable);
    }

    void aResolvedSubmissionSendsThroughPostfix()
    {
        if (::geteuid() != 0)
            QSKIP(
                "Postfix's master only starts as root (the CI and scripts/setup test run as root)");
        DovecotServer dovecot;
        QVERIFY(dovecot.addUser(u"alice"_s, u"secret"_s));
        QVERIFY(dovecot.addUser(u"bob"_s, u"secret"_s));
        PostfixServer postfix(dovecot);
        QVERIFY2(dovecot.start() && postfix.start(),
                 qPrintable(dovecot.errorString() + postfix.errorString()));
        account::OutgoingServer server;
        server.host = postfix.host();
        server.port = postfix.submissionsPort();
        server.security = account::Security::ImplicitTls;
        server.pinnedSha256 = postfix.certificate().sha256();
        const auto a = account::AccountRepository(*m_db).add(alice(), server);
        QVERIFY(a);
        QVERIFY(write(*m_keyring, a.value(), u"secret"_s));

        mime::OutgoingMessage m;
        m.from = {u"Alice"_s, PostfixServer::addressOf(u"alice"_s)};
        m.to = {{u"Bob"_s, PostfixServer::addressOf(u"bob"_s)}};
        m.subject = u"resolved"_s;
        m.date = QDateTime::currentDateTime();
        m.text = u"Sent with what the resolver found.\n"_s;
        const auto built = mime::MessageBuilder::build(m);
        QVERIFY(built);
        const qint64 identity = store::IdentityStore(*m_db).defaultOf(a->id).value().id;
        const auto id = OutboxQueue::enqueue(*m_db, a->id, identity, built.value());
        QVERIFY(id);

        SubmissionSource s = source();
        QVERIFY(prepared(s, a->id));
        OutboxSender sender(
            *m_db, [] { return std::make_unique<net::SslTransport>(); }, s.resolver());
        QSignalSpy finished(&sender, &OutboxSender::finished);
        sender.run(a->id);
        QVERIFY(!finished.isEmpty() || finished.wait(30000));
        const auto report = finished.first().first().value<SendReport>();
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->toLogString() : QString()));
        QCOMPARE(report.sent, 1);
        QVERIFY2(postfix.waitForMessages(u"bob"_s, 1), qPrintable(postfix.logText()));
        QCOMPARE(store::OutboxStore(*m_db).item(id.value()).value().state,
                 store::OutboxState::Sent);
    }
};

QTEST_GUILESS_MAIN(tst_SubmissionSource)
#include "tst_SubmissionSource.moc"
