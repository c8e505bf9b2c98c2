// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The account settings' Sending section on real widgets with a real profile: an account from
// before sending is offered an outgoing server, finds it the way the wizard does (the provider's
// autoconfiguration, served on loopback), checks it against a real Postfix, and saves it with the
// identity's words; the dialog opened again shows what was saved.
#include "WizardDriver.h"
#include "core/account/AccountRepository.h"
#include "core/store/IdentityStore.h"
#include "tests/support/MemoryCredentialStore.h"
#include "ui/wizard/AccountSettingsDialog.h"
#include "ui/wizard/OutgoingServerForm.h"
#include "ui/wizard/SendingSettings.h"

#include <QGroupBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace postbag;
using namespace postbag::ui;
using postbag::test::snap;
using postbag::test::WizardFixture;

namespace {

// An account as profiles from before sending have it: its identity, no outgoing server.
account::AccountSettings addAccount(WizardFixture& fx)
{
    account::AccountSettings s;
    s.name = QStringLiteral("Work");
    s.address = QStringLiteral("alice@example.test");
    s.displayName = QStringLiteral("Alice Example");
    s.host = fx.dovecot.host();
    s.port = fx.dovecot.tlsPort();
    s.security = account::Security::ImplicitTls;
    s.username = QString::fromLatin1(WizardFixture::kUser);
    s.pinnedSha256 = fx.dovecot.certificateSha256();
    return account::AccountRepository(*fx.db).add(s).value();
}

bool save(AccountSettingsDialog& d)
{
    QSignalSpy saved(&d, &AccountSettingsDialog::saved);
    return d.save() && (!saved.isEmpty() || saved.wait(10000));
}

} // namespace

class tst_SendingSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anAccountWithoutAnOutgoingServerFindsChecksAndSavesOne()
    {
        WizardFixture fx;
        QVERIFY2(fx.start(true), qPrintable(fx.dovecot.errorString()));
        testing::LoopbackHttpServer http;
        QString error;
        QVERIFY2(fx.publishSettings(http, fx.ispdb(fx.postfix->submissionsPort()), &error),
                 qPrintable(error));
        const account::AccountSettings a = addAccount(fx);
        testing::MemoryCredentialStore keyring;
        keyring.secrets.insert(account::CredentialStore::keyFor(a),
                               QString::fromLatin1(WizardFixture::kPassword));
        AccountSetupContext context = fx.context(&keyring);
        context.detect.proxy = http.proxy();

        AccountSettingsDialog d(context, a);
        d.show();
        SendingSettings* sending = d.sendingSettings();
        d.tabs()->setCurrentWidget(sending);
        QVERIFY(sending->offer()->isVisible());
        QVERIFY(!sending->serverGroup()->isVisible());
        QVERIFY(sending->offerText().contains(a.address));
        QCOMPARE(sending->nameEdit()->text(), QStringLiteral("Alice Example"));
        snap(d, "settings-sending-offer");

        sending->findButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return !sending->isFinding(); }, 20000));
        QVERIFY2(sending->serverGroup()->isVisible(), qPrintable(sending->offerText()));
        QCOMPARE(sending->form()->hostEdit()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(sending->form()->portSpin()->value(), int(fx.postfix->submissionsPort()));
        QCOMPARE(account::Security(sending->form()->securityCombo()->currentData().toInt()),
                 account::Security::ImplicitTls);
        QVERIFY(sending->form()->sameLoginCheck()->isChecked());
        QVERIFY(sending->offerText().contains(QStringLiteral("autoconfiguration")));

        sending->checkButton()->click(); // with the incoming password, from the keyring
        QVERIFY(QTest::qWaitFor([&] { return !sending->doctor()->isRunning(); }, 30000));
        QVERIFY2(sending->doctor()->succeeded(), qPrintable(sending->doctor()->resultText()));

        sending->nameEdit()->setText(QStringLiteral("Alice A. Example"));
        sending->replyToEdit()->setText(QStringLiteral("replies@example.test"));
        sending->signatureEdit()->setPlainText(QStringLiteral("-- \nAlice"));
        snap(d, "settings-sending");
        QVERIFY2(save(d), qPrintable(d.problemText()));

        auto server = account::AccountRepository(*fx.db).outgoingServer(a.id);
        QVERIFY(server && server->has_value());
        QCOMPARE(server.value()->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(server.value()->port, fx.postfix->submissionsPort());
        QCOMPARE(server.value()->security, account::Security::ImplicitTls);
        QVERIFY(server.value()->username.isEmpty());
        auto identity = store::IdentityStore(*fx.db).defaultOf(a.id);
        QVERIFY(identity);
        QCOMPARE(identity->name, QStringLiteral("Alice A. Example"));
        QCOMPARE(identity->replyTo, QStringLiteral("replies@example.test"));
        QCOMPARE(identity->signature, QStringLiteral("-- \nAlice"));
        QCOMPARE(identity->outgoingServerId != 0, true);

        // Opened again, the section shows what was saved; a change is saved over it.
        AccountSettingsDialog again(context, account::AccountRepository(*fx.db).byId(a.id).value());
        SendingSettings* shown = again.sendingSettings();
        QVERIFY(shown->offer()->isHidden());
        QVERIFY(!shown->serverGroup()->isHidden());
        QVERIFY(shown->server() == server.value());
        QCOMPARE(shown->nameEdit()->text(), QStringLiteral("Alice A. Example"));
        QCOMPARE(shown->replyToEdit()->text(), QStringLiteral("replies@example.test"));
        QCOMPARE(shown->signatureEdit()->toPlainText(), QStringLiteral("-- \nAlice"));
        shown->form()->securityCombo()->setCurrentIndex(
            shown->form()->securityCombo()->findData(int(account::Security::StartTls)));
        shown->form()->portSpin()->setValue(fx.postfix->submissionPort());
        QVERIFY2(save(again), qPrintable(again.problemText()));
        server = account::AccountRepository(*fx.db).outgoingServer(a.id);
        QCOMPARE(server.value()->security, account::Security::StartTls);
        QCOMPARE(server.value()->port, fx.postfix->submissionPort());
        QCOMPARE(store::IdentityStore(*fx.db).list(a.id)->size(), 1); // the same identity
    }

    // Entered by hand and wrong: not saved, the section says why, nothing changes.
    void aWrongOutgoingServerIsNotSaved()
    {
        WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        const account::AccountSettings a = addAccount(fx);
        AccountSettingsDialog d(fx.context(nullptr), a);
        d.show();
        SendingSettings* sending = d.sendingSettings();
        sending->enterButton()->click();
        QVERIFY(!sending->serverGroup()->isHidden());
        sending->form()->hostEdit()->setText(QStringLiteral("smtp://bad"));
        QVERIFY(!d.save());
        QCOMPARE(d.tabs()->currentWidget(), sending);
        QVERIFY(!d.problemText().isEmpty());
        auto server = account::AccountRepository(*fx.db).outgoingServer(a.id);
        QVERIFY(server && !server->has_value());
    }

    // An account that does not send is saved as it was: no outgoing server appears by itself.
    void leavingTheOfferAloneAddsNoServer()
    {
        WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        const account::AccountSettings a = addAccount(fx);
        AccountSettingsDialog d(fx.context(nullptr), a);
        d.nameEdit()->setText(QStringLiteral("Job"));
        QVERIFY2(save(d), qPrintable(d.problemText()));
        QCOMPARE(account::AccountRepository(*fx.db).byId(a.id)->name, QStringLiteral("Job"));
        auto server = account::AccountRepository(*fx.db).outgoingServer(a.id);
        QVERIFY(server && !server->has_value());
    }
};

QTEST_MAIN(tst_SendingSettings)
#include "tst_SendingSettings.moc"
