// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The runner connects while an account's password is still being looked up (a keyring waiting
// to be unlocked, a password command decrypting a file) and authenticates once it is here.
#include "SyncFixture.h"
#include "core/oauth/AccessTokenSource.h"
#include "core/store/FolderStore.h"
#include "core/sync/SyncRunner.h"
#include "tests/support/MemoryCredentialStore.h"
#include "tests/support/ScriptedOAuthServer.h"
#include "tests/support/ScriptedPop3Server.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <functional>

using namespace postbag;
using namespace postbag::testing;

namespace {
const QByteArray kMessage = "Subject: held\r\nMessage-ID: <held@example.org>\r\n\r\nbody\r\n";

// Greeting and CAPA: all a server sees before the client has the password.
const char* kGreeting = "S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: .\n";

// The rest of a sync of one message after the greeting: login, listing, RETR, QUIT.
Pop3Script loginAndFetch(Pop3Script s)
{
    s.expect("USER u").line("+OK").expect("PASS p").line("+OK");
    s.expect("CAPA").line("+OK").line("USER").line("UIDL").line(".");
    s.expect("STAT").line("+OK 1 " + QByteArray::number(kMessage.size()));
    s.expect("UIDL").line("+OK").line("1 uid-1").line(".");
    s.expect("LIST").line("+OK").line("1 " + QByteArray::number(kMessage.size())).line(".");
    s.expect("RETR 1").line("+OK").send(kMessage).line(".");
    return s.expect("QUIT").line("+OK");
}
// A login with an OAuth access token: XOAUTH2's initial response on the AUTH line.
QByteArray xoauth2(const QByteArray& token)
{
    return "AUTH XOAUTH2 " + QByteArray("user=u\x01"
                                        "auth=Bearer " +
                                        token + "\x01\x01")
                                 .toBase64();
}

const char* kOAuthGreeting = "S: +OK ready\nC: CAPA\nS: +OK\nS: UIDL\nS: RESP-CODES\n"
                             "S: AUTH-RESP-CODE\nS: SASL XOAUTH2\nS: .\n";
} // namespace

class tst_SyncRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncFixture> m_f;
    MemoryCredentialStore m_secrets;
    account::AccountSettings m_account;
    std::unique_ptr<ScriptedPop3Server> m_server;

    std::unique_ptr<sync::SyncRunner> runner()
    {
        auto r = std::make_unique<sync::SyncRunner>(*m_f->db, SyncFixture::transports());
        r->setCredentialStore(account::PasswordSource::Keyring, &m_secrets);
        return r;
    }

    QString why(const sync::SyncReport& r) const
    {
        return (r.error ? r.error->toLogString() : QString()) + u'\n' + m_server->transcript();
    }

    // Lets the held password go and waits for the account's report.
    sync::SyncReport releaseAndWait(QSignalSpy& finished)
    {
        m_secrets.releaseReads();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000))
            return {}; // the caller's check of finished.size() says so
        return finished.front().at(1).value<sync::SyncReport>();
    }

    // Runs the account with its password held back until `ready`: the sync then ends well over
    // the server's second connection, and the password was looked up once.
    void syncsOverTheSecondConnection(const std::function<bool()>& ready)
    {
        auto r = runner();
        QSignalSpy finished(r.get(), &sync::SyncRunner::accountFinished);
        r->run({m_account});
        QTRY_VERIFY2(ready(), qPrintable(m_server->transcript()));
        QVERIFY(finished.isEmpty());
        const auto report = releaseAndWait(finished);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(report.ok(), qPrintable(why(report)));
        QCOMPARE(report.downloaded, 1);
        QCOMPARE(m_server->connectionCount(), 2);
        QCOMPARE(m_secrets.reads, 1);
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<SyncFixture>();
        QVERIFY(m_f->open());
        m_server = std::make_unique<ScriptedPop3Server>();
        m_account =
            m_f->addScriptedAccount(QStringLiteral("held"), m_server->host(), m_server->port());
        QVERIFY(m_account.id != 0);
        m_secrets = MemoryCredentialStore();
        m_secrets.write(m_account, QStringLiteral("p"), [](Status) {});
        m_secrets.holdReads = true;
    }

    void connectsWhileThePasswordIsLookedUp()
    {
        m_server->addConnection(loginAndFetch(Pop3Script::parse(QString::fromLatin1(kGreeting))));
        auto r = runner();
        QSignalSpy finished(r.get(), &sync::SyncRunner::accountFinished);
        r->run({m_account});
        // Greeting and CAPA happen while the keyring has not answered yet.
        QTRY_VERIFY2(m_server->receivedLines().contains("CAPA"),
                     qPrintable(m_server->transcript()));
        QCOMPARE(m_secrets.heldReads(), 1);
        QVERIFY(finished.isEmpty());
        const auto report = releaseAndWait(finished);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(report.ok(), qPrintable(why(report)));
        QCOMPARE(report.downloaded, 1);
        QCOMPARE(m_f->countIn(account::AccountRepository(*m_f->db).inboxOf(m_account).value()), 1);
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    void aServerThatHangsUpMeanwhileIsCalledAgainWithThePassword()
    {
        // Servers drop a client that stays silent before login (Dovecot after three minutes).
        m_server->addConnection(Pop3Script::parse(QString::fromLatin1(kGreeting)).close());
        m_server->addConnection(loginAndFetch(Pop3Script::parse(QString::fromLatin1(kGreeting))));
        syncsOverTheSecondConnection([this] { return m_server->finishedCount() == 1; });
    }

    void aHangUpThatCrossesThePasswordIsCalledAgainAtOnce()
    {
        // The server's goodbye is on its way as the password comes: USER meets a closed line.
        m_server->addConnection(
            Pop3Script::parse(QString::fromLatin1(kGreeting)).expect("USER u").close());
        m_server->addConnection(loginAndFetch(Pop3Script::parse(QString::fromLatin1(kGreeting))));
        syncsOverTheSecondConnection([this] { return m_server->receivedLines().contains("CAPA"); });
    }

    void aServerThatHangsUpTwiceIsCalledAgainOnlyOnce()
    {
        const auto hangsUpAtUser = [] {
            return Pop3Script::parse(QString::fromLatin1(kGreeting)).expect("USER u").close();
        };
        m_server->addConnection(hangsUpAtUser());
        m_server->addConnection(hangsUpAtUser());
        auto r = runner();
        QSignalSpy finished(r.get(), &sync::SyncRunner::accountFinished);
        r->run({m_account});
        QTRY_VERIFY2(m_server->receivedLines().contains("CAPA"),
                     qPrintable(m_server->transcript()));
        const auto report = releaseAndWait(finished);
        QCOMPARE(finished.size(), 1);
        QVERIFY(report.error);
        QCOMPARE(report.error->code, ErrorCode::ConnectionClosed);
        QCOMPARE(m_server->connectionCount(), 2);
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    void noPasswordEndsTheConnectionWithoutSendingAnything()
    {
        m_server->addConnection(Pop3Script::parse(QString::fromLatin1(kGreeting)).expectClose());
        m_secrets.secrets.clear();
        auto r = runner();
        QSignalSpy finished(r.get(), &sync::SyncRunner::accountFinished);
        r->run({m_account});
        QTRY_VERIFY2(m_server->receivedLines().contains("CAPA"),
                     qPrintable(m_server->transcript()));
        const auto report = releaseAndWait(finished);
        QCOMPARE(finished.size(), 1);
        QVERIFY(report.error);
        QCOMPARE(report.error->code, ErrorCode::CredentialsUnavailable);
        QTRY_VERIFY(m_server->isDone());
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    void aServerThatRefusesFailsAtOnceWhileThePasswordIsLookedUp()
    {
        const quint16 closed = m_server->port();
        m_server.reset(); // nothing listens there any more
        m_account.port = closed;
        auto r = runner();
        QSignalSpy finished(r.get(), &sync::SyncRunner::accountFinished);
        r->run({m_account});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.front().at(1).value<sync::SyncReport>().error->code,
                 ErrorCode::ConnectionRefused);
        m_secrets.releaseReads(); // the late answer goes nowhere
        QCOMPARE(finished.size(), 1);
    }

    // The window and a cron "postbag sync" on one profile: while one syncs the account the other
    // does not start a second session (it would fetch the same mail), and says why; once the
    // first is done the account is free again.
    void oneSyncPerAccountAcrossConnections()
    {
        m_server->addConnection(loginAndFetch(Pop3Script::parse(QString::fromLatin1(kGreeting))));
        Pop3Script again = Pop3Script::parse(QString::fromLatin1(kGreeting));
        again.expect("USER u").line("+OK").expect("PASS p").line("+OK");
        again.expect("CAPA").line("+OK").line("USER").line("UIDL").line(".");
        again.expect("STAT").line("+OK 1 " + QByteArray::number(kMessage.size()));
        again.expect("UIDL").line("+OK").line("1 uid-1").line(".");
        m_server->addConnection(again.expect("QUIT").line("+OK"));

        auto first = runner();
        QSignalSpy firstDone(first.get(), &sync::SyncRunner::accountFinished);
        first->run({m_account}); // waits for the held password, holding the account
        QTRY_COMPARE(m_server->connectionCount(), 1);

        auto otherDb = store::Database::open(m_f->db->path()); // another process's connection
        QVERIFY(otherDb.ok());
        sync::SyncRunner second(*otherDb.value(), SyncFixture::transports());
        second.setCredentialStore(account::PasswordSource::Keyring, &m_secrets);
        QSignalSpy secondDone(&second, &sync::SyncRunner::accountFinished);
        second.run({m_account});
        QTRY_COMPARE(secondDone.size(), 1);
        const auto refused = secondDone.first().at(1).value<sync::SyncReport>();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->code, ErrorCode::MailboxInUse);
        QVERIFY(refused.error->serverText.isEmpty()); // no words put in the server's mouth
        QVERIFY(refused.error->isTemporary()); // tried again later, no password asked for
        QCOMPARE(m_server->connectionCount(), 1);

        const auto report = releaseAndWait(firstDone);
        QVERIFY2(report.ok(), qPrintable(why(report)));
        QCOMPARE(report.downloaded, 1);

        m_secrets.holdReads = false;
        second.run({m_account});
        QTRY_COMPARE_WITH_TIMEOUT(secondDone.size(), 2, 10000);
        const auto later = secondDone.last().at(1).value<sync::SyncReport>();
        QVERIFY2(later.ok(), qPrintable(why(later)));
        QCOMPARE(later.downloaded, 0);
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));
    }

    // The folder an account delivers to was removed by another process after these settings
    // were read: the mail goes to the account's own Inbox, never to a folder that is gone.
    // An account that signs in with OAuth 2 gets a fresh access token from the provider for its
    // login; a token the server refuses is replaced once; a revoked sign-in is reported once as
    // SignInAgain, with no further login and no password asked for. No token reaches the
    // profile's database or the protocol log.
    void oauthAccountLogsInWithAFreshToken()
    {
        m_secrets.holdReads = false;
        m_secrets.secrets.clear();
        ScriptedOAuthServer provider(QStringLiteral("client"), QStringLiteral("scope"));
        QVERIFY(provider.start());
        provider.setUser(QStringLiteral("u"));
        QNetworkAccessManager network;
        oauth::AccessTokenSource tokens(&network, m_secrets, [](const oauth::Provider&) {
            return Result<oauth::ClientRegistration>(
                oauth::ClientRegistration{QStringLiteral("client"), {}});
        });
        oauth::Provider p;
        p.id = QStringLiteral("test");
        p.tokenUrl = provider.tokenUrl();
        p.pop3Hosts = {m_server->host()};
        tokens.setProviders({p});
        m_account.auth = account::AuthPreference::OAuth2;
        m_account.protocolLog = true;
        const QString refresh = provider.grantRefreshToken(); // serial 1
        tokens.write(m_account, refresh, [](Status) {});

        // The first token (serial 2) is refused, the second (serial 3) logs in.
        Pop3Script refused = Pop3Script::parse(QString::fromLatin1(kOAuthGreeting));
        refused.expect(xoauth2("access-2-u")).line("-ERR [AUTH] token expired").close();
        m_server->addConnection(refused);
        Pop3Script s = Pop3Script::parse(QString::fromLatin1(kOAuthGreeting));
        s.expect(xoauth2("access-3-u")).line("+OK");
        s.expect("CAPA").line("+OK").line("UIDL").line(".");
        s.expect("STAT").line("+OK 1 " + QByteArray::number(kMessage.size()));
        s.expect("UIDL").line("+OK").line("1 uid-1").line(".");
        s.expect("LIST").line("+OK").line("1 " + QByteArray::number(kMessage.size())).line(".");
        s.expect("RETR 1").line("+OK").send(kMessage).line(".");
        m_server->addConnection(s.expect("QUIT").line("+OK"));

        const QString logs = m_f->dir.filePath(QStringLiteral("logs"));
        auto r = runner();
        r->setOAuthTokens(&tokens);
        r->setProtocolLogDirectory(logs);
        QSignalSpy finished(r.get(), &sync::SyncRunner::accountFinished);
        r->run({m_account});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto report = finished.front().at(1).value<sync::SyncReport>();
        QVERIFY2(report.ok(), qPrintable(why(report)));
        QCOMPARE(report.downloaded, 1);
        QCOMPARE(provider.refreshes(), 2);
        QCOMPARE(m_server->connectionCount(), 2);
        QCOMPARE(m_secrets.reads, 2); // the refresh token, once per refresh; never a password
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));

        // Revoked: one SignInAgain, no login attempted.
        provider.revokeRefreshTokens();
        QVERIFY(tokens.discard(m_account, QStringLiteral("access-3-u")));
        m_server->addConnection(
            Pop3Script::parse(QString::fromLatin1(kOAuthGreeting)).expectClose());
        finished.clear();
        r->run({m_account});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto revoked = finished.front().at(1).value<sync::SyncReport>();
        QVERIFY(revoked.error);
        QCOMPARE(revoked.error->code, ErrorCode::SignInAgain);
        QVERIFY(revoked.error->needsUser());
        QCOMPARE(provider.refreshes(), 3);
        QTRY_VERIFY(m_server->isDone());
        QVERIFY2(m_server->mismatches().isEmpty(), qPrintable(m_server->transcript()));

        // Neither token is in any file of the profile (database, WAL, protocol log).
        int files = 0;
        QDirIterator it(m_f->dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            QVERIFY2(!bytes.contains(refresh.toLatin1()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains("access-3-u"), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains("access-2-u"), qPrintable(f.fileName()));
        }
        QVERIFY(QFile::exists(logs + QStringLiteral("/pop3-%1.log").arg(m_account.id)));
        QVERIFY(files >= 2);
    }

    void aRemovedDestinationFolderSendsMailToTheInbox()
    {
        m_server->addConnection(loginAndFetch(Pop3Script::parse(QString::fromLatin1(kGreeting))));
        const qint64 filed =
            store::FolderStore(*m_f->db).create(0, QStringLiteral("Filed")).value();
        account::AccountSettings stale = m_account;
        stale.destinationFolderId = filed;
        QVERIFY(account::AccountRepository(*m_f->db).update(stale).ok());
        QVERIFY(store::FolderStore(*m_f->db).remove(filed).ok());
        m_secrets.holdReads = false;
        auto r = runner();
        QSignalSpy finished(r.get(), &sync::SyncRunner::accountFinished);
        r->run({stale});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto report = finished.first().at(1).value<sync::SyncReport>();
        QVERIFY2(report.ok(), qPrintable(why(report)));
        QCOMPARE(report.downloaded, 1);
        QCOMPARE(m_f->countIn(store::FolderStore(*m_f->db).inboxOf(m_account.id).value()), 1);
    }
};

QTEST_MAIN(tst_SyncRunner)
#include "tst_SyncRunner.moc"
