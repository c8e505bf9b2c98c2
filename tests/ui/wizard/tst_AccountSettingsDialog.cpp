// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The account settings dialog, the account list and the password prompt, on real widgets with a
// real profile; the connection check runs against a real Dovecot.
#include "WizardFixture.h"
#include "core/account/AccountLock.h"
#include "core/account/AccountRepository.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageStore.h"
#include "core/store/Transaction.h"
#include "tests/support/MemoryCredentialStore.h"
#include "tests/support/Outcome.h"
#include "ui/text/ErrorText.h"
#include "ui/wizard/AccountSettingsDialog.h"
#include "ui/wizard/AccountsDialog.h"
#include "ui/wizard/CertificatePanel.h"
#include "ui/wizard/ConnectionDoctorView.h"
#include "ui/wizard/OptionsForm.h"
#include "ui/wizard/PasswordPrompt.h"
#include "ui/wizard/ServerForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>

using namespace postbag;
using namespace postbag::ui;

namespace {
account::AccountSettings addAccount(store::Database& db, const test::WizardFixture& fx,
                                    const QString& name)
{
    account::AccountSettings s;
    s.name = name;
    s.address = QStringLiteral("alice@localhost");
    s.host = fx.dovecot.host();
    s.port = fx.dovecot.tlsPort();
    s.security = account::Security::ImplicitTls;
    s.username = QString::fromLatin1(test::WizardFixture::kUser);
    s.pinnedSha256 = fx.dovecot.certificateSha256();
    return account::AccountRepository(db).add(s).value();
}

QString secretOf(account::CredentialStore& store, const account::AccountSettings& a)
{
    testing::Outcome<QString> out;
    store.read(a, out.callback());
    return out.ok() ? out.value() : QString();
}
} // namespace

class tst_AccountSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<test::WizardFixture>();
        QVERIFY2(m_fx->start(), qPrintable(m_fx->dovecot.errorString()));
    }
    void cleanup() { m_fx.reset(); }

    void savesEveryEditedSetting()
    {
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        testing::MemoryCredentialStore keyring;
        AccountSettingsDialog d(m_fx->context(&keyring), a);
        QSignalSpy changed(&d, &AccountSettingsDialog::accountChanged);
        d.nameEdit()->setText(QStringLiteral("Job"));
        d.optionsForm()->leaveOnServer()->setChecked(true);
        d.optionsForm()->deleteAfterDays()->setValue(30);
        d.optionsForm()->checkInterval()->setValue(5);
        d.optionsForm()->sizeLimitKiB()->setValue(2048);
        QVERIFY(d.save());
        QTRY_COMPARE(changed.size(), 1); // written on the writer's thread
        auto saved = account::AccountRepository(*m_fx->db).byId(a.id);
        QCOMPARE(saved->name, QStringLiteral("Job"));
        QCOMPARE(saved->deleteAfterDays, 30);
        QCOMPARE(saved->checkIntervalMinutes, 5);
        QCOMPARE(saved->sizeLimitBytes, qint64(2048) * 1024);
        QCOMPARE(saved->pinnedSha256, a.pinnedSha256); // same server: the pin stays
    }

    void invalidServerIsNotSaved()
    {
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        AccountSettingsDialog d(m_fx->context(nullptr), a);
        d.serverForm()->hostEdit()->setText(QStringLiteral("pop3://bad"));
        QVERIFY(!d.save());
        QVERIFY(!d.problemText().isEmpty());
        QCOMPARE(account::AccountRepository(*m_fx->db).byId(a.id)->host, a.host);
    }

    void newServerMovesThePasswordAndDropsThePin()
    {
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        testing::MemoryCredentialStore keyring;
        keyring.secrets.insert(account::CredentialStore::keyFor(a), QStringLiteral("s3cret"));
        AccountSettingsDialog d(m_fx->context(&keyring), a);
        QSignalSpy written(&d, &AccountSettingsDialog::saved);
        d.serverForm()->hostEdit()->setText(QStringLiteral("localhost"));
        QVERIFY(d.save());
        QTRY_COMPARE(written.size(), 1);
        auto saved = account::AccountRepository(*m_fx->db).byId(a.id).value();
        QCOMPARE(saved.host, QStringLiteral("localhost"));
        QVERIFY(saved.pinnedSha256.isEmpty());
        QCOMPARE(secretOf(keyring, saved), QStringLiteral("s3cret"));
        QCOMPARE(keyring.secrets.size(), 1); // the old entry is gone
    }

    // A keyring that refuses the new entry: said so, the settings stay, the old entry stays.
    void aKeyringThatRefusesLosesNoPassword_data()
    {
        QTest::addColumn<bool>("typed");
        QTest::newRow("moved to the new server") << false;
        QTest::newRow("typed for the new server") << true;
    }
    void aKeyringThatRefusesLosesNoPassword()
    {
        QFETCH(bool, typed);
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        testing::MemoryCredentialStore keyring;
        keyring.secrets.insert(account::CredentialStore::keyFor(a), QStringLiteral("s3cret"));
        keyring.refuseWrites = true;
        AccountSettingsDialog d(m_fx->context(&keyring), a);
        QSignalSpy changed(&d, &AccountSettingsDialog::accountChanged);
        d.serverForm()->hostEdit()->setText(QStringLiteral("localhost"));
        if (typed)
            d.newPasswordEdit()->setText(QStringLiteral("new one"));
        QVERIFY(!d.save());
        QVERIFY2(
            d.problemText().startsWith(QStringLiteral("The keyring did not store the password.")),
            qPrintable(d.problemText()));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(account::AccountRepository(*m_fx->db).byId(a.id)->host, a.host);
        QCOMPARE(secretOf(keyring, a), QStringLiteral("s3cret"));
        QCOMPARE(keyring.secrets.size(), 1);
    }

    // A keyring that answers later (an unlock prompt): the settings and the erase wait for it.
    void theOldEntryGoesOnlyAfterTheNewOneIsWritten()
    {
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        testing::MemoryCredentialStore keyring;
        keyring.secrets.insert(account::CredentialStore::keyFor(a), QStringLiteral("s3cret"));
        keyring.holdWrites = true;
        AccountSettingsDialog d(m_fx->context(&keyring), a);
        QSignalSpy saved(&d, &AccountSettingsDialog::saved);
        d.serverForm()->hostEdit()->setText(QStringLiteral("localhost"));
        QVERIFY(d.save());
        QCOMPARE(keyring.heldWrites(), 1);
        QCOMPARE(saved.size(), 0);
        QCOMPARE(secretOf(keyring, a), QStringLiteral("s3cret"));
        QCOMPARE(account::AccountRepository(*m_fx->db).byId(a.id)->host, a.host);
        keyring.releaseWrites();
        QTRY_COMPARE(saved.size(), 1);
        const auto now = account::AccountRepository(*m_fx->db).byId(a.id).value();
        QCOMPARE(now.host, QStringLiteral("localhost"));
        QCOMPARE(secretOf(keyring, now), QStringLiteral("s3cret"));
        QCOMPARE(keyring.secrets.size(), 1);
    }

    // A certificate trusted in the dialog's check for the new server is what gets saved.
    void aCertificateTrustedForTheNewServerIsKept()
    {
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        testing::MemoryCredentialStore keyring;
        AccountSettingsDialog d(m_fx->context(&keyring), a);
        d.serverForm()->hostEdit()->setText(QStringLiteral("localhost"));
        d.newPasswordEdit()->setText(QString::fromLatin1(test::WizardFixture::kPassword));
        d.checkConnection();
        QTRY_VERIFY_WITH_TIMEOUT(d.doctor()->outcome().has_value(), 30000);
        QCOMPARE(d.doctor()->outcome()->error->code, ErrorCode::CertificateUntrusted);
        d.doctor()->certificatePanel()->trustButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!d.doctor()->isRunning() && d.doctor()->succeeded(), 30000);
        QSignalSpy written(&d, &AccountSettingsDialog::saved);
        QVERIFY(d.save());
        QTRY_COMPARE(written.size(), 1);
        const auto saved = account::AccountRepository(*m_fx->db).byId(a.id).value();
        QCOMPARE(saved.host, QStringLiteral("localhost"));
        QCOMPARE(saved.pinnedSha256, m_fx->dovecot.certificateSha256());
    }

    void checksTheConnectionWithTheStoredPassword()
    {
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        testing::MemoryCredentialStore keyring;
        keyring.secrets.insert(account::CredentialStore::keyFor(a),
                               QString::fromLatin1(test::WizardFixture::kPassword));
        AccountSettingsDialog d(m_fx->context(&keyring), a);
        d.show();
        d.checkConnection();
        QTRY_VERIFY_WITH_TIMEOUT(d.doctor()->outcome().has_value(), 30000);
        QVERIFY2(d.doctor()->succeeded(), qPrintable(d.doctor()->resultText()));
        // A new password typed in the dialog is what the check uses.
        d.newPasswordEdit()->setText(QStringLiteral("wrong"));
        d.checkConnection();
        QTRY_VERIFY_WITH_TIMEOUT(d.doctor()->outcome().has_value(), 30000);
        QCOMPARE(d.doctor()->outcome()->error->code, ErrorCode::WrongCredentials);
    }

    // Issue 28: a save is one of the window's edits, written on its writer's thread: the GUI
    // thread never waits for SQLite's lock (held here as a sync committing a batch holds it).
    void saveIsWrittenOffTheGuiThread()
    {
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        testing::MemoryCredentialStore keyring;
        AccountSettingsDialog d(m_fx->context(&keyring), a);
        QSignalSpy saved(&d, &AccountSettingsDialog::saved);
        auto locker = store::Database::open(m_fx->db->path());
        QVERIFY(locker.ok());
        store::Transaction tx(*locker.value());
        QVERIFY(tx.begin().ok());
        d.nameEdit()->setText(QStringLiteral("Job"));
        // Written here, save() would wait out the busy timeout and fail.
        QVERIFY(d.save());
        QTimer tick;
        QSignalSpy ticks(&tick, &QTimer::timeout);
        tick.start(20);
        QTRY_VERIFY(ticks.size() >= 3);
        QCOMPARE(saved.size(), 0);
        QCOMPARE(account::AccountRepository(*m_fx->db).byId(a.id)->name, QStringLiteral("Work"));
        tx.rollback();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(account::AccountRepository(*m_fx->db).byId(a.id)->name, QStringLiteral("Job"));
        QVERIFY(d.problemText().isEmpty());
    }

    // A save the writer cannot write (the account went meanwhile, e.g. from the command line)
    // is said, and nothing reports it saved.
    void aSaveThatCannotBeWrittenIsShown()
    {
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        testing::MemoryCredentialStore keyring;
        AccountSettingsDialog d(m_fx->context(&keyring), a);
        QSignalSpy changed(&d, &AccountSettingsDialog::accountChanged);
        QSignalSpy saved(&d, &AccountSettingsDialog::saved);
        QVERIFY(account::AccountRepository(*m_fx->db)
                    .remove(a.id, account::AccountRepository::Messages::Delete)
                    .ok());
        d.nameEdit()->setText(QStringLiteral("Job"));
        QVERIFY(d.save());
        QTRY_VERIFY_WITH_TIMEOUT(!d.problemText().isEmpty(), 20000);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(saved.size(), 0);
    }

    // Removing is one of the window's edits too: written on the writer's thread, under the lock.
    void removalIsWrittenOffTheGuiThread()
    {
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        testing::MemoryCredentialStore keyring;
        AccountSettingsDialog d(m_fx->context(&keyring), a);
        QSignalSpy removed(&d, &AccountSettingsDialog::accountRemoved);
        auto locker = store::Database::open(m_fx->db->path());
        QVERIFY(locker.ok());
        store::Transaction tx(*locker.value());
        QVERIFY(tx.begin().ok());
        d.removeAccount(true);
        QTimer tick;
        QSignalSpy ticks(&tick, &QTimer::timeout);
        tick.start(20);
        QTRY_VERIFY(ticks.size() >= 3);
        QCOMPARE(removed.size(), 0);
        QVERIFY(account::AccountRepository(*m_fx->db).byId(a.id).ok());
        // Still under the account's lock: no sync of it may start before the removal is written.
        const auto inUse = account::AccountLock::acquire(m_fx->db->path(), a.id);
        QVERIFY(!inUse.ok());
        QCOMPARE(inUse.error().code, ErrorCode::MailboxInUse);
        tx.rollback();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
        QVERIFY(!account::AccountRepository(*m_fx->db).byId(a.id).ok());
        QVERIFY(account::AccountLock::acquire(m_fx->db->path(), a.id).ok());
    }

    void removingKeepsMessagesWhenAsked()
    {
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        store::NewMessage m;
        m.accountId = a.id;
        m.folderId = account::AccountRepository(*m_fx->db).inboxOf(a).value();
        m.uidl = QStringLiteral("u1");
        m.raw = "Subject: kept\r\n\r\nbody\r\n";
        m.subject = QStringLiteral("kept");
        QVERIFY(store::MessageStore(*m_fx->db).insert(m).ok());
        testing::MemoryCredentialStore keyring;
        keyring.secrets.insert(account::CredentialStore::keyFor(a), QStringLiteral("x"));
        AccountSettingsDialog d(m_fx->context(&keyring), a);
        QSignalSpy removed(&d, &AccountSettingsDialog::accountRemoved);
        d.removeAccount(true);
        QTRY_COMPARE(removed.size(), 1); // written on the writer's thread
        QCOMPARE(account::AccountRepository(*m_fx->db).list().value().size(), 0);
        QVERIFY(keyring.secrets.isEmpty());
        bool found = false;
        for (const store::Folder& f : store::FolderStore(*m_fx->db).list().value()) {
            if (f.name == u"Work") {
                found = true;
                QCOMPARE(store::MessageStore(*m_fx->db).ids(f.id).value().size(), 1);
            }
        }
        QVERIFY(found);
    }

    // A sync of the account is running (it holds the account's lock): the dialog cancels it and
    // removes only once it has ended.
    void removingCancelsTheRunningSyncFirst()
    {
        const account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        auto syncing = account::AccountLock::acquire(m_fx->db->path(), a.id);
        QVERIFY(syncing.ok());
        std::unique_ptr<account::AccountLock> held = std::move(syncing).value();
        QList<qint64> cancelled;
        bool existedWhenCancelled = false;
        testing::MemoryCredentialStore keyring;
        AccountSetupContext context = m_fx->context(&keyring);
        context.cancelSync = [&](qint64 id) {
            cancelled.append(id);
            existedWhenCancelled = account::AccountRepository(*m_fx->db).byId(a.id).ok();
            // The sync ends a moment later, as a cancelled one does.
            QTimer::singleShot(0, [&held] { held.reset(); });
        };
        AccountSettingsDialog d(context, a);
        QSignalSpy removed(&d, &AccountSettingsDialog::accountRemoved);
        d.removeAccount(false);
        QCOMPARE(cancelled, QList<qint64>{a.id});
        QVERIFY(existedWhenCancelled);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(d.problemText(), QStringLiteral("Waiting for the sync of Work to stop…"));
        QTRY_COMPARE(removed.size(), 1);
        QVERIFY(!held);
        QVERIFY(!account::AccountRepository(*m_fx->db).byId(a.id).ok());
    }

    // Two accounts on one mailbox (possible from the command line) share a keyring entry:
    // removing one leaves the other's password.
    void removingOneOfTwoAccountsOnAMailboxKeepsThePassword()
    {
        account::AccountSettings work = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        account::AccountSettings copy = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work again"));
        testing::MemoryCredentialStore keyring;
        keyring.secrets.insert(account::CredentialStore::keyFor(work), QStringLiteral("x"));
        QCOMPARE(account::AccountRepository(*m_fx->db).sameMailbox(work).value()->id, copy.id);
        {
            AccountSettingsDialog d(m_fx->context(&keyring), copy);
            QSignalSpy removed(&d, &AccountSettingsDialog::accountRemoved);
            d.removeAccount(false);
            QTRY_COMPARE(removed.size(), 1);
        }
        QCOMPARE(secretOf(keyring, work), QStringLiteral("x"));
        QVERIFY(!account::AccountRepository(*m_fx->db).sameMailbox(work).value().has_value());
        AccountSettingsDialog last(m_fx->context(&keyring), work);
        QSignalSpy removed(&last, &AccountSettingsDialog::accountRemoved);
        last.removeAccount(false);
        QTRY_COMPARE(removed.size(), 1);
        QVERIFY(keyring.secrets.isEmpty()); // the last one takes it along
    }

    void accountListReorders()
    {
        const auto a = addAccount(*m_fx->db, *m_fx, QStringLiteral("A"));
        const auto b = addAccount(*m_fx->db, *m_fx, QStringLiteral("B"));
        AccountsDialog d(*m_fx->db, *m_fx->writer);
        QSignalSpy reordered(&d, &AccountsDialog::orderChanged);
        QCOMPARE(d.list()->count(), 2);
        d.list()->setCurrentRow(0);
        d.move(+1);
        QTRY_COMPARE(reordered.size(), 1); // written on the writer's thread
        const auto list = account::AccountRepository(*m_fx->db).list().value();
        QCOMPARE(list.first().id, b.id);
        QCOMPARE(list.last().id, a.id);
        QCOMPARE(d.list()->currentRow(), 1); // the moved account stays selected
    }

    void passwordPromptKeepsTheAnswerForTheSession()
    {
        account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        a.passwordSource = account::PasswordSource::AskEachSession;
        QVERIFY(account::AccountRepository(*m_fx->db).update(a).ok());
        testing::MemoryCredentialStore keyring;
        PasswordPrompt prompt(m_fx->context(&keyring), a,
                              Error::make(ErrorCode::CredentialsUnavailable));
        QSignalSpy stored(&prompt, &PasswordPrompt::passwordStored);
        QVERIFY(!prompt.rememberBox()->isChecked());
        prompt.passwordEdit()->setText(QStringLiteral("typed"));
        prompt.accept();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(secretOf(m_fx->session, a), QStringLiteral("typed"));
        QVERIFY(keyring.secrets.isEmpty());
    }

    void passwordPromptCanRememberInTheKeyring()
    {
        account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        a.passwordSource = account::PasswordSource::AskEachSession;
        QVERIFY(account::AccountRepository(*m_fx->db).update(a).ok());
        testing::MemoryCredentialStore keyring;
        PasswordPrompt prompt(m_fx->context(&keyring), a, Error::make(ErrorCode::WrongCredentials));
        QSignalSpy stored(&prompt, &PasswordPrompt::passwordStored);
        prompt.rememberBox()->setChecked(true);
        prompt.passwordEdit()->setText(QStringLiteral("new one"));
        prompt.accept();
        QTRY_COMPARE(stored.size(), 1); // where it is kept is written on the writer's thread
        QCOMPARE(secretOf(keyring, a), QStringLiteral("new one"));
        QCOMPARE(account::AccountRepository(*m_fx->db).byId(a.id)->passwordSource,
                 account::PasswordSource::Keyring);
    }

    void passwordPromptForgetsTheKeyringEntryWhenRememberIsUnticked()
    {
        account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        testing::MemoryCredentialStore keyring;
        keyring.write(a, QStringLiteral("old"), [](const Status&) {});
        QCOMPARE(secretOf(keyring, a), QStringLiteral("old"));
        PasswordPrompt prompt(m_fx->context(&keyring), a, Error::make(ErrorCode::WrongCredentials));
        QVERIFY(prompt.rememberBox()->isChecked());
        QSignalSpy stored(&prompt, &PasswordPrompt::passwordStored);
        prompt.rememberBox()->setChecked(false);
        prompt.passwordEdit()->setText(QStringLiteral("typed"));
        prompt.accept();
        QTRY_COMPARE(stored.size(), 1);
        QCOMPARE(secretOf(m_fx->session, a), QStringLiteral("typed"));
        QVERIFY(keyring.secrets.isEmpty());
        QCOMPARE(account::AccountRepository(*m_fx->db).byId(a.id)->passwordSource,
                 account::PasswordSource::AskEachSession);
    }

    void passwordPromptSaysWhenTheKeyringRefuses()
    {
        account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        a.passwordSource = account::PasswordSource::AskEachSession;
        QVERIFY(account::AccountRepository(*m_fx->db).update(a).ok());
        testing::MemoryCredentialStore keyring;
        keyring.refuseWrites = true;
        PasswordPrompt prompt(m_fx->context(&keyring), a, Error::make(ErrorCode::WrongCredentials));
        QSignalSpy stored(&prompt, &PasswordPrompt::passwordStored);
        prompt.rememberBox()->setChecked(true);
        prompt.passwordEdit()->setText(QStringLiteral("new one"));
        prompt.accept();
        QCOMPARE(stored.size(), 0);
        QCOMPARE(prompt.result(), int(QDialog::Rejected)); // still open, the answer still typed
        QVERIFY2(prompt.problemText().startsWith(
                     QStringLiteral("The keyring did not store the password.")),
                 qPrintable(prompt.problemText()));
        QVERIFY2(prompt.problemText().endsWith(
                     QStringLiteral("OK now keeps the password until Postbag quits.")),
                 qPrintable(prompt.problemText()));
        QVERIFY(!prompt.rememberBox()->isChecked()); // a second OK keeps it for the session
        QCOMPARE(prompt.passwordEdit()->text(), QStringLiteral("new one"));
        QCOMPARE(account::AccountRepository(*m_fx->db).byId(a.id)->passwordSource,
                 account::PasswordSource::AskEachSession);
        prompt.accept();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(secretOf(m_fx->session, a), QStringLiteral("new one"));
    }

    // Issue 22: a password with a line break would reach the server as commands of its own; the
    // prompt says so and keeps nothing.
    void passwordPromptRefusesALineBreak()
    {
        account::AccountSettings a = addAccount(*m_fx->db, *m_fx, QStringLiteral("Work"));
        testing::MemoryCredentialStore keyring;
        PasswordPrompt prompt(m_fx->context(&keyring), a, Error::make(ErrorCode::WrongCredentials));
        QSignalSpy stored(&prompt, &PasswordPrompt::passwordStored);
        prompt.passwordEdit()->setText(QStringLiteral("pw\r\nDELE 1"));
        prompt.accept();
        QCOMPARE(stored.size(), 0);
        QCOMPARE(prompt.problemText(),
                 ErrorText::describe(Error::make(ErrorCode::UnsafeArgument)).what);
        QVERIFY(keyring.secrets.isEmpty());
        QVERIFY(secretOf(m_fx->session, a).isEmpty());
    }

private:
    std::unique_ptr<test::WizardFixture> m_fx;
};

QTEST_MAIN(tst_AccountSettingsDialog)
#include "tst_AccountSettingsDialog.moc"
