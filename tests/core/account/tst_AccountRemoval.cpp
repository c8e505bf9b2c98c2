// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Removing an account while its sync is mid-way (the server stalls in RETR): the sync is
// cancelled and has ended before anything is removed, and nothing is deleted on the server.
#include "core/account/AccountLock.h"
#include "core/account/AccountRemoval.h"
#include "core/sync/SyncRunner.h"
#include "tests/core/sync/SyncFixture.h"
#include "tests/support/MemoryCredentialStore.h"
#include "tests/support/ScriptedPop3Server.h"

using namespace postbag;
using namespace postbag::testing;
using Messages = account::AccountRepository::Messages;

namespace {
QByteArray message(int n)
{
    return "Subject: message " + QByteArray::number(n) + "\r\nMessage-ID: <m" +
           QByteArray::number(n) + "@example.org>\r\n\r\nbody\r\n";
}

// Lists two messages, sends the first and stalls in the RETR of the second.
Pop3Script stallingInRetr()
{
    Pop3Script s;
    s.line("+OK ready").expect("CAPA").line("+OK").line("USER").line("UIDL").line(".");
    s.expect("USER u").line("+OK").expect("PASS p").line("+OK");
    s.expect("CAPA").line("+OK").line("USER").line("UIDL").line(".");
    s.expect("STAT").line("+OK 2 " + QByteArray::number(message(1).size() + message(2).size()));
    s.expect("UIDL").line("+OK").line("1 uid-1").line("2 uid-2").line(".");
    s.expect("LIST")
        .line("+OK")
        .line("1 " + QByteArray::number(message(1).size()))
        .line("2 " + QByteArray::number(message(2).size()))
        .line(".");
    s.expect("RETR 1").line("+OK").send(message(1)).line(".");
    return s.expect("RETR 2").stall(600000);
}
} // namespace

class tst_AccountRemoval : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncFixture> m_f;
    MemoryCredentialStore m_keyring;
    account::AccountSettings m_account;
    std::unique_ptr<ScriptedPop3Server> m_server;
    std::unique_ptr<sync::SyncRunner> m_runner;

    bool accountExists() { return account::AccountRepository(*m_f->db).byId(m_account.id).ok(); }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<SyncFixture>();
        QVERIFY(m_f->open());
        m_server = std::make_unique<ScriptedPop3Server>();
        m_account =
            m_f->addScriptedAccount(QStringLiteral("busy"), m_server->host(), m_server->port());
        QVERIFY(m_account.id != 0);
        m_keyring = MemoryCredentialStore();
        m_keyring.write(m_account, QStringLiteral("p"), [](Status) {});
        m_server->addConnection(stallingInRetr());
        m_runner = std::make_unique<sync::SyncRunner>(*m_f->db, SyncFixture::transports());
        m_runner->setCredentialStore(account::PasswordSource::Keyring, &m_keyring);
    }

    void cleanup()
    {
        m_runner.reset();
        m_server.reset();
        m_f.reset();
    }

    void theRunningSyncIsCancelledAndEndsFirst()
    {
        QStringList events;
        bool existedWhenTheSyncEnded = false;
        connect(m_runner.get(), &sync::SyncRunner::accountFinished, this, [&] {
            existedWhenTheSyncEnded = accountExists();
            events << QStringLiteral("sync ended");
        });
        m_runner->run({m_account});
        QTRY_VERIFY2(m_server->receivedLines().contains("RETR 2"),
                     qPrintable(m_server->transcript()));

        account::AccountRemoval removal(*m_f->db, &m_keyring,
                                     [this](qint64 id) { m_runner->cancel(id); });
        std::optional<account::RemovalReport> report;
        connect(&removal, &account::AccountRemoval::finished, this, [&](const account::RemovalReport& r) {
            report = r;
            events << QStringLiteral("removed");
        });
        removal.start(m_account.id, Messages::Delete);
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000);
        QVERIFY2(report->ok(),
                 qPrintable(report->error ? report->error->toLogString() : QString()));
        QCOMPARE(events, (QStringList{QStringLiteral("sync ended"), QStringLiteral("removed")}));
        QVERIFY(report->waited);
        QVERIFY(existedWhenTheSyncEnded);
        QVERIFY(!accountExists());
        QVERIFY(m_keyring.secrets.isEmpty()); // the last account on that entry took it along
        for (const QByteArray& line : m_server->receivedLines())
            QVERIFY2(!line.startsWith("DELE") && line != "QUIT",
                     qPrintable(m_server->transcript()));
    }

    // A sync that does not end (another process's, which cannot be cancelled from here): after
    // the patience, nothing is removed and the report says why.
    void aSyncThatDoesNotEndLeavesTheAccount()
    {
        m_runner->run({m_account});
        QTRY_VERIFY2(m_server->receivedLines().contains("RETR 2"),
                     qPrintable(m_server->transcript()));
        account::AccountRemoval removal(*m_f->db, &m_keyring, {});
        removal.setPatience(std::chrono::milliseconds(300));
        QSignalSpy waiting(&removal, &account::AccountRemoval::waiting);
        std::optional<account::RemovalReport> report;
        connect(&removal, &account::AccountRemoval::finished, this,
                [&](const account::RemovalReport& r) { report = r; });
        removal.start(m_account.id, Messages::Keep);
        QCOMPARE(waiting.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000);
        QVERIFY(!report->ok());
        QCOMPARE(report->error->code, ErrorCode::MailboxInUse);
        QVERIFY(accountExists());
        QCOMPARE(m_keyring.secrets.size(), 1);
        QVERIFY(m_runner->isRunning(m_account.id));
    }

    // Once the account is gone, a sync asked for with its old settings does not start.
    void aSyncAfterTheRemovalFindsNoAccount()
    {
        account::AccountRemoval removal(*m_f->db, &m_keyring, {});
        std::optional<account::RemovalReport> report;
        connect(&removal, &account::AccountRemoval::finished, this,
                [&](const account::RemovalReport& r) { report = r; });
        removal.start(m_account.id, Messages::Delete);
        QVERIFY(report.has_value() && report->ok() && !report->waited);
        QSignalSpy finished(m_runner.get(), &sync::SyncRunner::accountFinished);
        m_runner->run({m_account});
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.front().at(1).value<sync::SyncReport>().ok());
        QCOMPARE(m_server->connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AccountRemoval)
#include "tst_AccountRemoval.moc"
