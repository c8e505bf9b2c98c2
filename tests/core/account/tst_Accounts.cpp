// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/AccountRepository.h"
#include "core/account/CommandCredentialStore.h"
#include "core/account/ProcessTree.h"
#include "core/account/SessionCredentialStore.h"
#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/IdentityStore.h"
#include "core/store/MessageStore.h"
#include "tests/support/Outcome.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace postbag;
using namespace postbag::account;
using postbag::testing::Outcome;

namespace {
AccountSettings sample()
{
    AccountSettings s;
    s.name = QStringLiteral("Work");
    s.address = QStringLiteral("me@example.org");
    s.host = QStringLiteral("pop.example.org");
    s.port = 995;
    s.username = QStringLiteral("me");
    s.pinnedSha256 = QByteArray(32, '\x11');
    s.leaveOnServer = true;
    s.deleteAfterDays = 14;
    s.sizeLimitBytes = 5 * 1024 * 1024;
    return s;
}

qint64 pidIn(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}

// Gone, or a zombie waiting for whoever adopted it to collect it.
bool dead(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return true;
    const QByteArray stat = f.readAll();
    return stat.mid(stat.lastIndexOf(')') + 2, 1) == "Z";
}
} // namespace

class tst_Accounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTripsEverySetting()
    {
        AccountSettings s = sample();
        s.security = Security::StartTls;
        s.auth = AuthPreference::CramMd5;
        s.passwordSource = PasswordSource::Command;
        s.passwordCommand = QStringLiteral("pass show mail/work");
        s.checkIntervalMinutes = 3;
        s.checkAtStartup = false;
        s.deleteWhenDeletedLocally = true;
        s.enabled = false;
        s.protocolLog = true;
        s.allowInsecureAuth = true;
        auto back = AccountSettings::fromJson(s.toJson());
        QVERIFY(back.ok());
        AccountSettings b = back.value();
        b.name = s.name;
        QCOMPARE(b.toJson(), s.toJson());
        QCOMPARE(b.security, Security::StartTls);
        QCOMPARE(b.pinnedSha256, s.pinnedSha256);
        QCOMPARE(b.sizeLimitBytes, s.sizeLimitBytes);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("name") << QStringLiteral("name");
        QTest::newRow("host") << QStringLiteral("host");
        QTest::newRow("port") << QStringLiteral("port");
        QTest::newRow("username") << QStringLiteral("username");
        QTest::newRow("pinnedSha256") << QStringLiteral("pinnedSha256");
        QTest::newRow("passwordCommand") << QStringLiteral("passwordCommand");
    }
    void validationNamesTheField()
    {
        QFETCH(QString, field);
        AccountSettings s = sample();
        if (field == u"name") s.name.clear();
        if (field == u"host") s.host = QStringLiteral("bad host");
        if (field == u"port") s.port = 0;
        if (field == u"username") s.username.clear();
        if (field == u"pinnedSha256") s.pinnedSha256 = "short";
        if (field == u"passwordCommand") { s.passwordSource = PasswordSource::Command; s.passwordCommand.clear(); }
        const Status v = s.validate();
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::InvalidSetting);
        QCOMPARE(v.error().serverText, field);
    }

    void repositoryStoresTypedAccountsAndNoPassword()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(db.ok());
        AccountRepository repo(*db.value());
        auto added = repo.add(sample());
        QVERIFY(added.ok());
        QVERIFY(added.value().id > 0);
        auto inbox = repo.inboxOf(added.value());
        QVERIFY(inbox.ok() && inbox.value() > 0);
        AccountSettings changed = added.value();
        changed.name = QStringLiteral("Job");
        changed.port = 110;
        changed.security = Security::StartTls;
        QVERIFY(repo.update(changed).ok());
        auto byName = repo.byName(QStringLiteral("Job"));
        QVERIFY(byName.ok());
        QCOMPARE(byName.value().port, quint16(110));
        QCOMPARE(byName.value().security, Security::StartTls);
        QVERIFY(!repo.byName(QStringLiteral("Work")).ok());
        AccountSettings invalid = sample();
        invalid.host.clear();
        QVERIFY(!repo.add(invalid).ok());
        QCOMPARE(repo.list().value().size(), 1);
        QVERIFY(repo.remove(changed.id).ok());
        QCOMPARE(repo.list().value().size(), 0);
    }

    void addingAnAccountCreatesItsIdentityAndOutgoingServerTogether()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(db.ok());
        AccountRepository repo(*db.value());
        AccountSettings settings = sample();
        settings.displayName = QStringLiteral("Me Myself");
        OutgoingServer server;
        server.host = QStringLiteral("smtp.example.org");
        server.port = 587;
        server.security = Security::StartTls;
        auto added = repo.add(settings, server);
        QVERIFY(added.ok());
        store::IdentityStore identities(*db.value());
        const auto identity = identities.defaultOf(added->id);
        QVERIFY(identity.ok());
        QCOMPARE(identity->name, QStringLiteral("Me Myself"));
        QCOMPARE(identity->address, QStringLiteral("me@example.org"));
        QVERIFY(identity->outgoingServerId != 0);
        QCOMPARE(repo.outgoingServer(added->id).value(), std::optional<OutgoingServer>(server));
        QCOMPARE(repo.outgoingServer(added->id, identity->outgoingServerId).value(),
                 std::optional<OutgoingServer>(server));

        // Editing the server changes the identity's one, never adds a second.
        server.port = 2587;
        server.pinnedSha256 = QByteArray(32, '\x55');
        QVERIFY(repo.setOutgoingServer(added->id, server).ok());
        QCOMPARE(repo.outgoingServer(added->id).value(), std::optional<OutgoingServer>(server));
        QCOMPARE(identities.servers(added->id).value().size(), 1);

        // The identity follows the account's name and address.
        AccountSettings changed = added.value();
        changed.displayName = QStringLiteral("Me");
        changed.address = QStringLiteral("me@example.net");
        QVERIFY(repo.update(changed).ok());
        QCOMPARE(identities.defaultOf(added->id)->name, QStringLiteral("Me"));
        QCOMPARE(identities.defaultOf(added->id)->address, QStringLiteral("me@example.net"));
        QCOMPARE(identities.list(added->id).value().size(), 1);
    }

    void anAccountWithoutServerIsOfferedOneLater()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(db.ok());
        AccountRepository repo(*db.value());
        AccountSettings noAddress = sample();
        noAddress.address.clear();
        OutgoingServer server;
        server.host = QStringLiteral("smtp.example.org");
        // An outgoing server needs an address to send from; nothing is saved.
        auto refused = repo.add(noAddress, server);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidSetting);
        QCOMPARE(refused.error().serverText, QStringLiteral("address"));
        QCOMPARE(repo.list().value().size(), 0);
        // Without one: no identity, no server, and setOutgoingServer() asks for the address.
        auto added = repo.add(noAddress);
        QVERIFY(added.ok());
        QVERIFY(store::IdentityStore(*db.value()).list(added->id).value().isEmpty());
        QCOMPARE(repo.outgoingServer(added->id).value(), std::nullopt);
        QCOMPARE(repo.setOutgoingServer(added->id, server).error().serverText,
                 QStringLiteral("address"));
        // With an address but no server: its identity, to which a server can be added later.
        AccountSettings second = sample();
        second.name = QStringLiteral("Second");
        second.displayName = QStringLiteral("Me Too");
        auto withIdentity = repo.add(second);
        QVERIFY(withIdentity.ok());
        const auto own = store::IdentityStore(*db.value()).defaultOf(withIdentity->id);
        QVERIFY(own.ok());
        QCOMPARE(own->address, QStringLiteral("me@example.org"));
        QCOMPARE(own->name, QStringLiteral("Me Too"));
        QCOMPARE(own->outgoingServerId, qint64(0));
        AccountSettings withAddress = added.value();
        withAddress.address = QStringLiteral("me@example.org");
        QVERIFY(repo.update(withAddress).ok());
        QVERIFY(repo.setOutgoingServer(added->id, server).ok());
        QCOMPARE(repo.outgoingServer(added->id).value(), std::optional<OutgoingServer>(server));
        QCOMPARE(store::IdentityStore(*db.value()).defaultOf(added->id)->address,
                 QStringLiteral("me@example.org"));
        // An invalid server is refused before anything is written.
        OutgoingServer invalid;
        QCOMPARE(repo.setOutgoingServer(added->id, invalid).error().serverText,
                 QStringLiteral("outgoing.host"));
        QCOMPARE(repo.outgoingServer(added->id).value(), std::optional<OutgoingServer>(server));
    }

    void removingAnAccountCanKeepItsMail()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(db.ok());
        AccountRepository repo(*db.value());
        auto keep = repo.add(sample());
        AccountSettings other = sample();
        other.name = QStringLiteral("Home");
        auto drop = repo.add(other);
        QVERIFY(keep.ok() && drop.ok());
        store::MessageStore messages(*db.value());
        for (const auto& [account, uidl] : {std::pair{keep.value(), "k1"}, std::pair{keep.value(), "k2"},
                                             std::pair{drop.value(), "d1"}}) {
            store::NewMessage m;
            m.accountId = account.id;
            m.folderId = repo.inboxOf(account).value();
            m.uidl = QString::fromLatin1(uidl);
            m.raw = QByteArray("Subject: ") + uidl + "\r\n\r\nbody\r\n";
            m.subject = m.uidl;
            QVERIFY(messages.insert(m).ok());
        }
        // A local folder already has the account's name: the kept mail gets a name of its own.
        QVERIFY(store::FolderStore(*db.value()).create(0, QStringLiteral("Work")).ok());

        // All or nothing: when the removal itself fails, the mail has not moved either.
        QVERIFY(db.value()
                    ->execute(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE DELETE ON accounts "
                                             "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
                    .ok());
        QVERIFY(!repo.remove(keep->id, AccountRepository::Messages::Keep).ok());
        QCOMPARE(messages.ids(repo.inboxOf(keep.value()).value()).value().size(), 2);
        for (const store::Folder& f : store::FolderStore(*db.value()).list().value())
            QVERIFY(f.name != QStringLiteral("Work (2)"));
        QVERIFY(db.value()->execute(QStringLiteral("DROP TRIGGER refuse")).ok());

        auto kept = repo.remove(keep->id, AccountRepository::Messages::Keep);
        QVERIFY(kept.ok());
        QVERIFY(kept.value() > 0);
        auto folder = store::FolderStore(*db.value()).folder(kept.value());
        QCOMPARE(folder->name, QStringLiteral("Work (2)"));
        QCOMPARE(folder->accountId, 0);
        QCOMPARE(messages.ids(kept.value()).value().size(), 2);

        auto dropped = repo.remove(drop->id);
        QVERIFY(dropped.ok());
        QCOMPARE(dropped.value(), 0);
        QCOMPARE(
            db.value()->scalar(QStringLiteral("SELECT count(*) FROM messages")).value().toInt(), 2);
        QCOMPARE(repo.list().value().size(), 0);
    }

    // Home delivers into Work's Inbox. Removing Work with its mail deletes only what Work
    // downloaded; Home's mail stays (and its UIDLs are not "deleted here", which a delete-when-
    // deleted-here policy would turn into DELE on the server), and Home delivers to its own Inbox
    // from then on. A removed local destination folder does the same.
    void removingTheFolderAnotherAccountDeliversToKeepsThatMail()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(db.ok());
        AccountRepository repo(*db.value());
        auto work = repo.add(sample());
        QVERIFY(work.ok());
        AccountSettings h = sample();
        h.name = QStringLiteral("Home");
        h.destinationFolderId = repo.inboxOf(work.value()).value();
        auto home = repo.add(h);
        QVERIFY(home.ok());
        QCOMPARE(repo.byId(home->id)->destinationFolderId, h.destinationFolderId);
        store::MessageStore messages(*db.value());
        const qint64 workInbox = repo.inboxOf(work.value()).value();
        for (const auto& [account, uidl] :
             {std::pair{work.value(), "w1"}, std::pair{home.value(), "h1"},
              std::pair{home.value(), "h2"}}) {
            store::NewMessage m;
            m.accountId = account.id;
            m.folderId = repo.inboxOf(account).value();
            QCOMPARE(m.folderId, workInbox);
            m.uidl = QString::fromLatin1(uidl);
            m.raw = QByteArray("Subject: ") + uidl + "\r\n\r\nbody\r\n";
            QVERIFY(messages.insert(m).ok());
        }
        auto removed = repo.remove(work->id, AccountRepository::Messages::Delete);
        QVERIFY(removed.ok());
        QVERIFY(removed.value() > 0);
        QCOMPARE(store::FolderStore(*db.value()).folder(removed.value())->name,
                 QStringLiteral("Work"));
        QCOMPARE(messages.ids(removed.value()).value().size(), 2);
        QCOMPARE(
            db.value()->scalar(QStringLiteral("SELECT count(*) FROM messages")).value().toInt(), 2);
        QCOMPARE(
            db.value()
                ->scalar(QStringLiteral("SELECT count(*) FROM uidls WHERE deleted_locally = 1"))
                .value()
                .toInt(),
            0);
        auto after = repo.byId(home->id);
        QCOMPARE(after->destinationFolderId, 0);
        QCOMPARE(repo.inboxOf(after.value()).value(),
                 store::FolderStore(*db.value()).inboxOf(home->id).value());

        // A local folder as the destination, removed.
        const qint64 local =
            store::FolderStore(*db.value()).create(0, QStringLiteral("Filed")).value();
        after->destinationFolderId = local;
        QVERIFY(repo.update(after.value()).ok());
        QCOMPARE(repo.byId(home->id)->destinationFolderId, local);
        QVERIFY(store::FolderStore(*db.value()).remove(local).ok());
        QCOMPARE(repo.byId(home->id)->destinationFolderId, 0);
        // Even when a new folder gets the old one's id, the account does not deliver there.
        QVERIFY(db.value()
                    ->execute(QStringLiteral("INSERT INTO folders(id, account_id, kind, name) "
                                             "VALUES(%1, NULL, 0, 'Unrelated')")
                                  .arg(local))
                    .ok());
        QCOMPARE(repo.byId(home->id)->destinationFolderId, 0);
    }

    void accountsKeepTheOrderGiven()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        AccountRepository repo(*db.value());
        QList<qint64> ids;
        for (const char* name : {"A", "B", "C"}) {
            AccountSettings s = sample();
            s.name = QString::fromLatin1(name);
            ids.append(repo.add(s).value().id);
        }
        QVERIFY(repo.reorder({ids[2], ids[0], ids[1]}).ok());
        QStringList names;
        for (const AccountSettings& a : repo.list().value())
            names.append(a.name);
        QCOMPARE(names, (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
    }

    void sessionPasswordsAreForgottenAndNeverShared()
    {
        AccountSettings a = sample();
        AccountSettings b = sample();
        b.username = QStringLiteral("other");
        Outcome<QString> before;
        {
            SessionCredentialStore session;
            session.read(a, before.callback());
            QCOMPARE(before.code(), ErrorCode::CredentialsUnavailable);
            Outcome<Ok> written;
            session.write(a, QStringLiteral("typed once"), written.callback());
            QVERIFY(written.ok());
            Outcome<QString> again, other;
            session.read(a, again.callback());
            session.read(b, other.callback());
            QCOMPARE(again.value(), QStringLiteral("typed once"));
            QCOMPARE(other.code(), ErrorCode::CredentialsUnavailable);
        }
        SessionCredentialStore nextSession;
        Outcome<QString> after;
        nextSession.read(a, after.callback());
        QCOMPARE(after.code(), ErrorCode::CredentialsUnavailable);
    }

    void passwordCommandGivesItsFirstLine()
    {
        CommandCredentialStore store;
        AccountSettings s = sample();
        s.passwordSource = PasswordSource::Command;
        s.passwordCommand = QStringLiteral("printf 'p@ss w0rd\\nsecond line\\n'");
        Outcome<QString> out;
        store.read(s, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.ok());
        QCOMPARE(out.value(), QStringLiteral("p@ss w0rd"));
    }

    void failingPasswordCommandIsUnavailableWithoutItsOutput()
    {
        CommandCredentialStore store;
        AccountSettings s = sample();
        s.passwordCommand = QStringLiteral("echo leaked-secret; exit 3");
        Outcome<QString> out;
        store.read(s, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.code(), ErrorCode::CredentialsUnavailable);
        QVERIFY(!out.error().serverText.contains(QStringLiteral("leaked")));
        QVERIFY(out.error().serverText.contains(QStringLiteral("3")));
    }

    void passwordCommandTimesOut()
    {
        CommandCredentialStore store(200);
        AccountSettings s = sample();
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pid"));
        s.passwordCommand = QStringLiteral("echo $$ > '%1'; exec sleep 30").arg(pidFile);
        Outcome<QString> out;
        store.read(s, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 5000);
        QCOMPARE(out.code(), ErrorCode::CredentialsUnavailable);
        // By the time the error is reported the command is killed and reaped, not left behind.
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const pid_t pid = f.readAll().trimmed().toInt();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid, 0), -1);
        QCOMPARE(errno, ESRCH);
    }

    void passwordCommandOutputIsCapped_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("endless") << QStringLiteral("yes");
        QTest::newRow("too much, then silent")
            << QStringLiteral("head -c 200000 /dev/zero; exec sleep 60");
    }

    // Stopped at the cap, long before the time limit, instead of buffering all it prints.
    void passwordCommandOutputIsCapped()
    {
        QFETCH(QString, command);
        CommandCredentialStore store(120000);
        AccountSettings s = sample();
        s.passwordSource = PasswordSource::Command;
        s.passwordCommand = command;
        Outcome<QString> out;
        store.read(s, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 20000);
        QCOMPARE(out.code(), ErrorCode::CredentialsUnavailable);
        QVERIFY2(out.error().serverText.contains(QStringLiteral("more than 65536 bytes")),
                 qPrintable(out.error().serverText));
    }

    void aCommandStillRunningWhenTheStoreGoesIsKilled()
    {
        // The sync that asked ended first (it could not connect) and the program quits: the
        // command must not run on without a parent, and nobody is called back.
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pid"));
        AccountSettings s = sample();
        s.passwordCommand = QStringLiteral("echo $$ > '%1'; exec sleep 30").arg(pidFile);
        bool called = false;
        {
            CommandCredentialStore store;
            store.read(s, [&called](const Result<QString>&) { called = true; });
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pidFile).size() > 0, 5000);
        }
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const pid_t pid = f.readAll().trimmed().toInt();
        QVERIFY(pid > 0);
        QTRY_COMPARE(::kill(pid, 0), -1); // gone and reaped
        QVERIFY(!called);
    }

    void processTreeNeverReachesBeyondOneProcess()
    {
        // 0 and -1 mean "my process group" and "everyone" to kill(2): never sent.
        QCOMPARE(ProcessTree::kill(0), 0);
        QCOMPARE(ProcessTree::kill(-1), 0);
    }

    void aTimedOutPasswordCommandTakesWhatItStartedWithIt()
    {
        if (!QFile::exists(QStringLiteral("/proc/self/task/%1/children").arg(::getpid())))
            QSKIP("this kernel does not list a process's children in /proc");
        CommandCredentialStore store(300);
        AccountSettings s = sample();
        QTemporaryDir dir;
        const QString deep = dir.filePath(QStringLiteral("deep"));
        const QString near = dir.filePath(QStringLiteral("near"));
        const QString daemon = dir.filePath(QStringLiteral("daemon"));
        // The shell starts a sleep, a subshell with a sleep of its own, and a daemon that
        // detaches itself (as gpg-agent does): not the command's to kill.
        s.passwordCommand = QStringLiteral("setsid sh -c 'sleep 33 & echo $! > \"%3\"'; "
                                           "(sleep 31 & echo $! > '%1'; wait) & "
                                           "sleep 32 & echo $! > '%2'; wait")
                                .arg(deep, near, daemon);
        Outcome<QString> out;
        store.read(s, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 5000);
        QCOMPARE(out.code(), ErrorCode::CredentialsUnavailable);
        const qint64 deepPid = pidIn(deep), nearPid = pidIn(near), daemonPid = pidIn(daemon);
        QVERIFY(deepPid > 0 && nearPid > 0 && daemonPid > 0);
        QTRY_VERIFY(dead(nearPid));
        QTRY_VERIFY(dead(deepPid));
        QVERIFY(!dead(daemonPid));
        ::kill(pid_t(daemonPid), SIGKILL);
    }
};

QTEST_GUILESS_MAIN(tst_Accounts)
#include "tst_Accounts.moc"
