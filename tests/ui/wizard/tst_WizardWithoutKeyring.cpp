// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs with a D-Bus session address that leads nowhere: QtKeychain really finds no keyring, and
// the wizard must say so and offer "ask once per session" or a password command instead.
#include "WizardDriver.h"
#include "core/account/AccountRepository.h"
#include "core/account/KeychainCredentialStore.h"
#include "tests/support/Outcome.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/CheckPage.h"
#include "ui/wizard/ConnectionDoctorView.h"
#include "ui/wizard/DetectPage.h"
#include "ui/wizard/IdentityPage.h"
#include "ui/wizard/SavePage.h"
#include "ui/wizard/ServerForm.h"
#include "ui/wizard/ServerPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

using namespace postbag;
using namespace postbag::ui;

namespace {
SavePage* reachSavePage(AccountWizard& w, test::WizardFixture& fx)
{
    if (!test::enterIdentity(w, QString::fromLatin1(test::WizardFixture::kPassword)))
        return nullptr;
    ConnectionDoctorView* doctor =
        test::enterServer(w, fx.dovecot.tlsPort(), account::Security::ImplicitTls);
    if (!doctor || !doctor->succeeded())
        return nullptr;
    return test::reachSavePage(w);
}
} // namespace

class tst_WizardWithoutKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                    .contains(QStringLiteral("nonexistent")));
    }

    void offersAskingOncePerSession()
    {
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        fx.trustTestCertificate();
        account::KeychainCredentialStore keyring(QStringLiteral("PostbagWizardTest"));
        AccountWizard w(fx.context(&keyring));
        w.show();
        SavePage* save = reachSavePage(w, fx);
        QVERIFY(save);
        QVERIFY2(save->keyringText().contains(QStringLiteral("No keyring")),
                 qPrintable(save->keyringText()));
        QVERIFY(save->askEachSession()->isVisible());
        QVERIFY(save->askEachSession()->isChecked());
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        w.button(QWizard::FinishButton)->click();
        QCOMPARE(w.result(), int(QDialog::Accepted));

        auto saved = account::AccountRepository(*fx.db).byId(w.createdAccountId());
        QVERIFY(saved.ok());
        QCOMPARE(saved->passwordSource, account::PasswordSource::AskEachSession);
        testing::Outcome<QString> secret;
        fx.session.read(saved.value(), secret.callback());
        QCOMPARE(secret.value(), QString::fromLatin1(test::WizardFixture::kPassword));
    }

    void offersAPasswordCommand()
    {
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        fx.trustTestCertificate();
        account::KeychainCredentialStore keyring(QStringLiteral("PostbagWizardTest"));
        AccountWizard w(fx.context(&keyring));
        w.show();
        SavePage* save = reachSavePage(w, fx);
        QVERIFY(save);
        save->useCommand()->setChecked(true);
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled()); // no command yet
        save->commandEdit()->setText(QStringLiteral("pass show mail/alice"));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        w.button(QWizard::FinishButton)->click();
        auto saved = account::AccountRepository(*fx.db).byId(w.createdAccountId());
        QVERIFY(saved.ok());
        QCOMPARE(saved->passwordSource, account::PasswordSource::Command);
        QCOMPARE(saved->passwordCommand, QStringLiteral("pass show mail/alice"));
        testing::Outcome<QString> none;
        fx.session.read(saved.value(), none.callback());
        QCOMPARE(none.code(), ErrorCode::CredentialsUnavailable);
    }
};

QTEST_MAIN(tst_WizardWithoutKeyring)
#include "tst_WizardWithoutKeyring.moc"
