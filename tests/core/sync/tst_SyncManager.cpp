// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler on its worker thread: accounts run independently, temporary trouble backs off
// without asking for the password again, a wrong password asks once.
#include "core/account/AccountRepository.h"
#include "core/net/SslTransport.h"
#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageStore.h"
#include "core/sync/SyncManager.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/MemoryCredentialStore.h"
#include "tests/support/ScriptedPop3Server.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag;
using namespace postbag::testing;
using namespace Qt::Literals::StringLiterals;

class tst_SyncManager : public QObject
{
    Q_OBJECT
    DovecotServer m_dovecot;
    QTemporaryDir m_dir;
    MemoryCredentialStore m_secrets;

    account::AccountSettings addAccount(const QString& name, quint16 port, account::Security security,
                                        const QString& password, bool atStartup = true)
    {
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
        account::AccountSettings s;
        s.name = name;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.security = security;
        s.username = name;
        s.allowInsecureAuth = true;
        s.pinnedSha256 = m_dovecot.certificateSha256();
        s.checkAtStartup = atStartup;
        s.checkIntervalMinutes = 10;
        auto added = account::AccountRepository(*db.value()).add(s);
        m_secrets.write(added.value(), password, [](Status) {});
        return added.value();
    }

    std::unique_ptr<sync::SyncManager> manager()
    {
        auto m = std::make_unique<sync::SyncManager>(m_dir.filePath(QStringLiteral("profile.sqlite")),
                                                     [] { return std::make_unique<net::SslTransport>(); });
        m->setCredentialStore(account::PasswordSource::Keyring, &m_secrets);
        return m;
    }

    // An account whose one message (`big`) the manager's first sync stored headers only; the
    // message's id. The manager is started.
    qint64 headersOnlyMessage(sync::SyncManager& m, QSignalSpy& finished,
                              account::AccountSettings& a, const QByteArray& big)
    {
        const QString user = a.name;
        if (!m_dovecot.addUser(user, u"pw-"_s + user) || !m_dovecot.deliver(user, big))
            return 0;
        a = addAccount(user, m_dovecot.tlsPort(), account::Security::ImplicitTls, u"pw-"_s + user);
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
        a.sizeLimitBytes = 100000;
        if (!account::AccountRepository(*db.value()).update(a).ok())
            return 0;
        m.start();
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 30000) ||
            finished.first()[1].value<sync::SyncReport>().headersOnly != 1)
            return 0;
        const qint64 inbox = account::AccountRepository(*db.value()).inboxOf(a).value();
        return store::MessageStore(*db.value())
            .page(inbox, store::SortKey::Date, Qt::AscendingOrder, 0, 1)
            .value()
            .first()
            .id;
    }

    static QByteArray bigMessage(const QByteArray& subject)
    {
        return "Subject: " + subject + "\r\n\r\n" + QByteArray(200000, 'q') + "\r\n";
    }

    QByteArray stored(qint64 id)
    {
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
        return store::MessageStore(*db.value()).raw(id).value();
    }

private Q_SLOTS:
    void cleanup()
    {
        // Every test starts without accounts, whatever the one before left behind.
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
        for (const auto& a : account::AccountRepository(*db.value()).list().value())
            QVERIFY(account::AccountRepository(*db.value()).remove(a.id).ok());
    }

    void initTestCase()
    {
        QVERIFY(m_dovecot.addUser(QStringLiteral("anna"), QStringLiteral("pw-anna")));
        QVERIFY(m_dovecot.addUser(QStringLiteral("ben"), QStringLiteral("pw-ben")));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(m_dovecot.deliver(QStringLiteral("anna"), "Subject: a" + QByteArray::number(i) + "\r\n\r\nx\r\n"));
            QVERIFY(m_dovecot.deliver(QStringLiteral("ben"), "Subject: b" + QByteArray::number(i) + "\r\n\r\nx\r\n"));
        }
    }

    void accountsRunIndependentlyAndAStalledServerDelaysNoOne()
    {
        ScriptedPop3Server stalled;
        stalled.addConnection(u"!stall 30000\nS: +OK too late");
        const auto anna = addAccount(QStringLiteral("anna"), m_dovecot.tlsPort(), account::Security::ImplicitTls, QStringLiteral("pw-anna"));
        const auto ben = addAccount(QStringLiteral("ben"), m_dovecot.plainPort(), account::Security::StartTls, QStringLiteral("pw-ben"));
        const auto slow = addAccount(QStringLiteral("slow"), stalled.port(), account::Security::None, QStringLiteral("pw"));
        auto m = manager();
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        QSignalSpy mail(m.get(), &sync::SyncManager::newMail);
        m->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QSet<qint64> done;
        for (const auto& args : finished) {
            done.insert(args[0].toLongLong());
            QVERIFY(args[1].value<sync::SyncReport>().ok());
            QVERIFY(args[2].toDateTime().isValid()); // scheduled again after its interval
        }
        QCOMPARE(done, (QSet<qint64>{anna.id, ben.id}));
        QVERIFY(m->isSyncing(slow.id)); // still waiting on its silent server
        QCOMPARE(mail.count(), 2);
        m->cancel(slow.id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
        QCOMPARE(finished.last()[1].value<sync::SyncReport>().error->code, ErrorCode::Cancelled);
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
        for (const auto& a : account::AccountRepository(*db.value()).list().value())
            QVERIFY(account::AccountRepository(*db.value()).remove(a.id).ok());
    }

    void headersOnlyMessageIsCompletedOnRequest()
    {
        auto m = manager();
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        account::AccountSettings a;
        a.name = u"carl"_s;
        const QByteArray big = bigMessage("big one");
        const qint64 id = headersOnlyMessage(*m, finished, a, big);
        QVERIFY(id > 0);
        m->completeMessage(id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(finished.last()[1].value<sync::SyncReport>().completed, 1);
        QCOMPARE(stored(id), big);
    }

    // The body asked for from a copy in another folder: fetched once, both rows complete.
    void aCopyOfAHeadersOnlyMessageIsCompletedOnRequest()
    {
        auto m = manager();
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        account::AccountSettings a;
        a.name = u"cleo"_s;
        const QByteArray big = bigMessage("copied before its body came");
        const qint64 id = headersOnlyMessage(*m, finished, a, big);
        QVERIFY(id > 0);
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
        const qint64 folder = store::FolderStore(*db.value()).create(0, u"Kept"_s).value();
        const qint64 copy = store::MessageStore(*db.value()).copy({id}, folder).value().first();
        m->completeMessage(copy);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(finished.last()[1].value<sync::SyncReport>().completed, 1);
        QCOMPARE(stored(copy), big);
        QCOMPARE(stored(id), big);
    }

    void aBodyAskedForDuringASyncIsFetchedRightAfterIt()
    {
        auto m = manager();
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        account::AccountSettings a;
        a.name = u"dora"_s;
        const QByteArray big = bigMessage("asked for meanwhile");
        const qint64 id = headersOnlyMessage(*m, finished, a, big);
        QVERIFY(id > 0);
        m->syncAccount(a.id);
        m->completeMessage(id); // reaches the worker while that sync runs without it
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        QCOMPARE(finished.at(1)[1].value<sync::SyncReport>().completed, 0);
        QCOMPARE(finished.at(2)[1].value<sync::SyncReport>().completed, 1);
        QCOMPARE(stored(id), big);
    }

    void aBodyAskedForIsStillFetchedAfterAFailedSync()
    {
        auto m = manager();
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        account::AccountSettings a;
        a.name = u"emil"_s;
        const QByteArray big = bigMessage("asked for before a failure");
        const qint64 id = headersOnlyMessage(*m, finished, a, big);
        QVERIFY(id > 0);
        m_secrets.write(a, u"no longer right"_s, [](Status) {});
        m->completeMessage(id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000); // Dovecot answers after 2-4 s
        QCOMPARE(finished.last()[1].value<sync::SyncReport>().error->code,
                 ErrorCode::WrongCredentials);
        m_secrets.write(a, u"pw-emil"_s, [](Status) {});
        m->credentialsUpdated(a.id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        QCOMPARE(finished.last()[1].value<sync::SyncReport>().completed, 1);
        QCOMPARE(stored(id), big);
    }

    void removingAnAccountStopsItsSync()
    {
        ScriptedPop3Server stalled;
        stalled.addConnection(u"!stall 30000\nS: +OK too late"_s);
        const auto slow =
            addAccount(u"removed"_s, stalled.port(), account::Security::None, u"pw"_s);
        auto m = manager();
        QSignalSpy started(m.get(), &sync::SyncManager::accountStarted);
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        m->start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        {
            auto db = store::Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
            QVERIFY(account::AccountRepository(*db.value()).remove(slow.id).ok());
        }
        m->reloadAccounts();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first()[0].toLongLong(), slow.id);
        QCOMPARE(finished.first()[1].value<sync::SyncReport>().error->code, ErrorCode::Cancelled);
        QVERIFY(!m->isSyncing(slow.id));
    }

    void aDisabledAccountIsNotSyncedEvenByName()
    {
        auto off =
            addAccount(u"off"_s, m_dovecot.plainPort(), account::Security::StartTls, u"pw"_s);
        {
            auto db = store::Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
            off.enabled = false;
            QVERIFY(account::AccountRepository(*db.value()).update(off).ok());
        }
        auto m = manager();
        QSignalSpy started(m.get(), &sync::SyncManager::accountStarted);
        m->start();
        m->syncAccount(off.id);
        m->syncAll();
        // Both requests have been handled once an enabled account's sync has come and gone.
        const auto on =
            addAccount(u"on"_s, m_dovecot.plainPort(), account::Security::StartTls, u"pw-anna"_s);
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        m->reloadAccounts();
        m->syncAccount(on.id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(started.count(), 1); // only "on" started: "off" never seemed to sync
        QVERIFY(!m->isSyncing(off.id));
    }

    void wrongPasswordAsksOnceAndIsNotRetried()
    {
        const auto ben = addAccount(QStringLiteral("ben-wrong"), m_dovecot.tlsPort(), account::Security::ImplicitTls, QStringLiteral("nope"));
        auto m = manager();
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        QSignalSpy asked(m.get(), &sync::SyncManager::credentialsRequired);
        m->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first()[1].value<Error>().code, ErrorCode::WrongCredentials);
        QVERIFY(!finished.first()[2].toDateTime().isValid()); // waits for the user
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(account::AccountRepository(*db.value()).remove(ben.id).ok());
    }

    void inUseBacksOffWithoutAskingForThePasswordAgain()
    {
        ScriptedPop3Server busy;
        busy.addConnection(u"S: +OK hi\nC: CAPA\nS: +OK\nS: USER\nS: RESP-CODES\nS: AUTH-RESP-CODE\nS: .\nC: USER busy\nS: +OK\nC: PASS pw\nS: -ERR [IN-USE] another session\n!expect-close");
        const auto a = addAccount(QStringLiteral("busy"), busy.port(), account::Security::None, QStringLiteral("pw"));
        const int readsBefore = m_secrets.reads;
        auto m = manager();
        QSignalSpy finished(m.get(), &sync::SyncManager::accountFinished);
        QSignalSpy asked(m.get(), &sync::SyncManager::credentialsRequired);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        m->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first()[1].value<sync::SyncReport>().error->code, ErrorCode::MailboxInUse);
        const QDateTime next = finished.first()[2].toDateTime();
        QVERIFY(next.isValid());
        QVERIFY(before.secsTo(next) >= 55 && before.secsTo(next) <= 120); // backs off a minute
        QCOMPARE(asked.count(), 0);
        QCOMPARE(m_secrets.reads - readsBefore, 1);
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(account::AccountRepository(*db.value()).remove(a.id).ok());
    }
};

QTEST_GUILESS_MAIN(tst_SyncManager)
#include "tst_SyncManager.moc"
