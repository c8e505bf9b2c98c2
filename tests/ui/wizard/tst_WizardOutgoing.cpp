// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The setup wizard's outgoing server, driven like a user would, offscreen, against a real Dovecot
// and a real Postfix in front of it: found by autodetection or typed by hand, checked step by step
// after the incoming server, and saved with the account (or, when its check failed, not saved).
#include "WizardDriver.h"
#include "core/account/AccountRepository.h"
#include "core/mime/MessageBuilder.h"
#include "core/outbox/OutboxQueue.h"
#include "core/outbox/OutboxSender.h"
#include "core/outbox/SubmissionSource.h"
#include "core/store/IdentityStore.h"
#include "tests/support/MemoryCredentialStore.h"
#include "tests/support/Outcome.h"
#include "ui/text/DoctorText.h"
#include "ui/text/ErrorText.h"
#include "ui/wizard/OutgoingServerForm.h"

#include <QGroupBox>
#include <QListWidget>
#include <QSignalSpy>

using namespace postbag;
using namespace postbag::ui;
using Step = doctor::ConnectionCheck::Step;
using postbag::test::snap;
using postbag::test::WizardFixture;

namespace {

QString user()
{
    return QString::fromLatin1(WizardFixture::kUser);
}

// Waits until the check page has checked both servers (or the incoming one failed).
CheckPage* checked(AccountWizard& w)
{
    auto* check = qobject_cast<CheckPage*>(w.currentPage());
    if (!check || !QTest::qWaitFor(
                      [&] {
                          return !check->doctor()->isRunning() &&
                                 !check->outgoingDoctor()->isRunning() &&
                                 (check->isComplete() || !check->doctor()->succeeded());
                      },
                      60000))
        return nullptr;
    return check;
}

// The identity page, then the search, then "by hand": the incoming server is the Dovecot's
// implicit-TLS port; returns the server page.
ServerPage* byHand(AccountWizard& w, WizardFixture& fx)
{
    if (!test::enterIdentity(w, QString::fromLatin1(WizardFixture::kPassword)))
        return nullptr;
    qobject_cast<DetectPage*>(w.currentPage())->manualChoice()->setChecked(true);
    w.next();
    auto* page = qobject_cast<ServerPage*>(w.currentPage());
    if (!page)
        return nullptr;
    ServerForm* form = page->form();
    form->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    form->securityCombo()->setCurrentIndex(
        form->securityCombo()->findData(int(account::Security::ImplicitTls)));
    form->portSpin()->setValue(fx.dovecot.tlsPort());
    form->userEdit()->setText(user());
    return page;
}

// The outgoing server by hand: the Postfix's STARTTLS port, with the login given.
void enterOutgoing(OutgoingServerForm* form, WizardFixture& fx, const QString& login = {},
                   const QString& password = {})
{
    form->hostEdit()->setText(fx.postfix->host());
    form->securityCombo()->setCurrentIndex(
        form->securityCombo()->findData(int(account::Security::StartTls)));
    form->portSpin()->setValue(fx.postfix->submissionPort());
    form->sameLoginCheck()->setChecked(login.isEmpty());
    form->userEdit()->setText(login);
    form->passwordEdit()->setText(password);
}

} // namespace

class tst_WizardOutgoing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The provider's autoconfiguration names both servers: the outgoing one is listed beside the
    // incoming one, checked after it with the same steps (EHLO instead of CAPA), and saved with
    // the account's identity; a message then really goes out through what was saved.
    void aDetectedOutgoingServerIsCheckedAndSavedWithTheAccount()
    {
        WizardFixture fx;
        QVERIFY2(fx.start(true), qPrintable(fx.dovecot.errorString() +
                                            (fx.postfix ? fx.postfix->errorString() : QString())));
        testing::LoopbackHttpServer http;
        QString error;
        QVERIFY2(fx.publishSettings(http, fx.ispdb(fx.postfix->submissionsPort()), &error),
                 qPrintable(error));
        AccountSetupContext context = fx.context(nullptr);
        context.detect.proxy = http.proxy();
        testing::MemoryCredentialStore keyring;
        context.keyring = &keyring;
        AccountWizard w(context);
        w.show();
        qobject_cast<IdentityPage*>(w.currentPage())
            ->nameEdit()
            ->setText(QStringLiteral("Alice Example"));
        DetectPage* detect = test::searchSettings(w, QStringLiteral("alice@example.test"));
        QVERIFY(detect);
        QListWidget* outgoing = detect->outgoingList();
        QVERIFY(outgoing->count() >= 1);
        QCOMPARE(outgoing->currentRow(), 0);
        const QString best = outgoing->item(0)->text();
        QVERIFY2(best.contains(QStringLiteral("127.0.0.1:%1").arg(fx.postfix->submissionsPort())),
                 qPrintable(best));
        QVERIFY2(best.contains(QStringLiteral("SSL/TLS")), qPrintable(best));
        QVERIFY2(best.contains(QStringLiteral("answered")), qPrintable(best)); // probed with EHLO
        snap(w, "wizard-2-detect-outgoing");

        w.next();
        CheckPage* check = checked(w);
        QVERIFY(check);
        QVERIFY2(check->doctor()->succeeded(), qPrintable(check->doctor()->resultText()));
        ConnectionDoctorView* out = check->outgoingDoctor();
        QVERIFY2(out->succeeded(), qPrintable(out->resultText()));
        QVERIFY2(out->stepText(Step::Capabilities).startsWith(QStringLiteral("✓")) &&
                     out->stepText(Step::Capabilities).contains(QStringLiteral("EHLO")),
                 qPrintable(out->stepText(Step::Capabilities)));
        QVERIFY(out->stepText(Step::Login).startsWith(QStringLiteral("✓")));
        QVERIFY(out->resultText().contains(QStringLiteral("No message was sent")));
        snap(w, "wizard-4-check-outgoing");
        QVERIFY(test::finish(w));

        auto server = account::AccountRepository(*fx.db).outgoingServer(w.createdAccountId());
        QVERIFY(server && server->has_value());
        QCOMPARE(server.value()->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(server.value()->port, fx.postfix->submissionsPort());
        QCOMPARE(server.value()->security, account::Security::ImplicitTls);
        QVERIFY(server.value()->username.isEmpty()); // the incoming login
        auto identity = store::IdentityStore(*fx.db).defaultOf(w.createdAccountId());
        QVERIFY(identity);
        QCOMPARE(identity->address, QStringLiteral("alice@example.test"));
        QCOMPARE(identity->name, QStringLiteral("Alice Example"));
        QVERIFY(identity->outgoingServerId != 0);

        // What was saved sends: a message to alice herself, with the password the wizard stored.
        mime::OutgoingMessage m;
        m.from = {QStringLiteral("Alice Example"), QStringLiteral("alice@example.test")};
        m.to = {{QString(), QStringLiteral("alice@example.test")}};
        m.subject = QStringLiteral("Sent through the wizard's server");
        m.date = QDateTime::currentDateTime();
        m.text = QStringLiteral("Hello.\n");
        const auto built = mime::MessageBuilder::build(m);
        QVERIFY(built);
        QVERIFY(outbox::OutboxQueue::enqueue(*fx.db, w.createdAccountId(), identity->id,
                                             built.value()));
        outbox::SubmissionSource source(*fx.db, [&](account::PasswordSource) { return &keyring; });
        std::optional<Status> prepared;
        source.prepare(w.createdAccountId(), [&](Status s) { prepared = s; });
        QVERIFY(QTest::qWaitFor([&] { return prepared.has_value(); }, 10000));
        QVERIFY(prepared->ok());
        outbox::OutboxSender sender(*fx.db, context.transports, source.resolver());
        QSignalSpy finished(&sender, &outbox::OutboxSender::finished);
        sender.run(w.createdAccountId());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<outbox::SendReport>().sent, 1);
        QVERIFY(fx.postfix->waitForMessages(user(), 4)); // the three it had, and this one
    }

    // By hand, with a login of its own whose password is wrong: the check stops at the login
    // with the server's words and advice, the page says the account is saved without it, and it
    // is; nothing of the failed login is kept.
    void aFailedOutgoingCheckSaysWhyAndTheAccountIsSavedWithoutIt()
    {
        WizardFixture fx;
        QVERIFY2(fx.start(true), qPrintable(fx.dovecot.errorString()));
        fx.trustTestCertificate();
        testing::MemoryCredentialStore keyring;
        AccountWizard w(fx.context(&keyring));
        w.show();
        ServerPage* page = byHand(w, fx);
        QVERIFY(page);
        QVERIFY(page->outgoingGroup()->isChecked());
        QCOMPARE(page->outgoingForm()->hostEdit()->text(), QStringLiteral("smtp.localhost"));
        enterOutgoing(page->outgoingForm(), fx, QString::fromLatin1(WizardFixture::kOtherUser),
                      QStringLiteral("not-the-password"));
        snap(w, "wizard-3-server-outgoing");
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.next();
        CheckPage* check = checked(w);
        QVERIFY(check);
        QVERIFY2(check->doctor()->succeeded(), qPrintable(check->doctor()->resultText()));
        ConnectionDoctorView* out = check->outgoingDoctor();
        QVERIFY(!out->succeeded());
        QVERIFY(out->outgoingOutcome().has_value());
        QCOMPARE(out->outgoingOutcome()->failedAt, Step::Login);
        QVERIFY(out->stepText(Step::Tls).startsWith(QStringLiteral("✓"))); // STARTTLS first
        QVERIFY(out->stepText(Step::Login).startsWith(QStringLiteral("✗")));
        const QString said = out->resultText();
        QVERIFY2(said.contains(ErrorText::describe(Error::make(ErrorCode::WrongCredentials),
                                                   fx.postfix->host(), fx.postfix->submissionPort())
                                   .what),
                 qPrintable(said));
        QVERIFY2(said.contains(DoctorText::advice(doctor::Advice::CheckPassword)),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("authentication failed")), // the server's words
                 qPrintable(said));
        QVERIFY2(check->outgoingText().contains(QStringLiteral("without an outgoing server")),
                 qPrintable(check->outgoingText()));
        snap(w, "wizard-4-check-outgoing-failed");
        QVERIFY(test::finish(w));
        auto server = account::AccountRepository(*fx.db).outgoingServer(w.createdAccountId());
        QVERIFY(server);
        QVERIFY(!server->has_value());
        // The wrong password went nowhere; the incoming one is where the account keeps it.
        QCOMPARE(keyring.secrets.size(), 1);
    }

    // A login of its own that works: saved as the server's, and its password in an entry of its
    // own, next to the incoming one (which keeps its own password).
    void anOwnLoginIsCheckedAndItsPasswordGetsAnEntryOfItsOwn()
    {
        WizardFixture fx;
        QVERIFY2(fx.start(true), qPrintable(fx.dovecot.errorString()));
        fx.trustTestCertificate();
        testing::MemoryCredentialStore keyring;
        AccountWizard w(fx.context(&keyring));
        w.show();
        ServerPage* page = byHand(w, fx);
        QVERIFY(page);
        const QString other = QString::fromLatin1(WizardFixture::kOtherUser);
        enterOutgoing(page->outgoingForm(), fx, other,
                      QString::fromLatin1(WizardFixture::kOtherPassword));
        w.next();
        CheckPage* check = checked(w);
        QVERIFY(check);
        QVERIFY2(check->outgoingDoctor()->succeeded(),
                 qPrintable(check->outgoingDoctor()->resultText()));
        QVERIFY(test::finish(w));
        const auto account = account::AccountRepository(*fx.db).byId(w.createdAccountId());
        auto server = account::AccountRepository(*fx.db).outgoingServer(w.createdAccountId());
        QVERIFY(server && server->has_value());
        QCOMPARE(server.value()->username, other);
        QCOMPARE(server.value()->security, account::Security::StartTls);
        QCOMPARE(server.value()->port, fx.postfix->submissionPort());
        testing::Outcome<QString> own, incoming;
        keyring.read(server.value()->credentialAccount(account.value()), own.callback());
        keyring.read(account.value(), incoming.callback());
        QCOMPARE(own.value(), QString::fromLatin1(WizardFixture::kOtherPassword));
        QCOMPARE(incoming.value(), QString::fromLatin1(WizardFixture::kPassword));
    }

    // No outgoing server for now: the group unchecked, the check page says so, the account
    // receives only (the settings offer the server later).
    void sendingCanBeSetUpLater()
    {
        WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        fx.trustTestCertificate();
        testing::MemoryCredentialStore keyring;
        AccountWizard w(fx.context(&keyring));
        w.show();
        ServerPage* page = byHand(w, fx);
        QVERIFY(page);
        page->outgoingGroup()->setChecked(false);
        w.next();
        CheckPage* check = checked(w);
        QVERIFY(check);
        QVERIFY(check->outgoingDoctor()->isHidden());
        QVERIFY2(check->outgoingText().contains(QStringLiteral("No outgoing server")),
                 qPrintable(check->outgoingText()));
        QVERIFY(test::finish(w));
        auto server = account::AccountRepository(*fx.db).outgoingServer(w.createdAccountId());
        QVERIFY(server && !server->has_value());
    }

    // The outgoing fields are validated as typed, as the incoming ones are.
    void outgoingFieldsAreValidatedInline()
    {
        OutgoingServerForm form;
        form.load(account::OutgoingServer{});
        QVERIFY(!form.isValid()); // no server name yet
        form.hostEdit()->setText(QStringLiteral("smtp://mail.example.test"));
        QVERIFY(!form.isValid());
        form.hostEdit()->setText(QStringLiteral("mail.example.test"));
        QVERIFY(form.isValid());
        QCOMPARE(form.portSpin()->value(), 465);
        form.securityCombo()->setCurrentIndex(
            form.securityCombo()->findData(int(account::Security::StartTls)));
        QCOMPARE(form.portSpin()->value(), 587); // a standard port follows the security
        form.sameLoginCheck()->setChecked(false);
        QVERIFY(!form.isValid()); // a login of its own needs a user name
        form.userEdit()->setText(QStringLiteral("sender\r\nMAIL FROM:<x>"));
        QVERIFY(!form.isValid());
        form.userEdit()->setText(QStringLiteral("sender"));
        QVERIFY(form.isValid());
        form.securityCombo()->setCurrentIndex(
            form.securityCombo()->findData(int(account::Security::None)));
        QVERIFY(!form.isValid()); // unencrypted needs an explicit confirmation
        form.insecureConfirm()->setChecked(true);
        QVERIFY(form.isValid());
        account::OutgoingServer applied;
        form.apply(applied);
        QCOMPARE(applied.host, QStringLiteral("mail.example.test"));
        QCOMPARE(applied.username, QStringLiteral("sender"));
        QVERIFY(applied.allowInsecureAuth);
        QVERIFY(applied.validate());
    }
};

QTEST_MAIN(tst_WizardOutgoing)
#include "tst_WizardOutgoing.moc"
