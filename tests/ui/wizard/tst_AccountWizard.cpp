// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The setup wizard driven like a user would, offscreen, against a real Dovecot and (through
// tests/support/with-keyring) a real Secret Service keyring.
#include "WizardDriver.h"
#include "core/account/AccountRepository.h"
#include "core/account/KeychainCredentialStore.h"
#include "core/store/MessageStore.h"
#include "core/sync/SyncRunner.h"
#include "tests/support/DnsmasqServer.h"
#include "tests/support/HostCertificate.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/MemoryCredentialStore.h"
#include "tests/support/Outcome.h"
#include "tests/support/ScriptedPop3Server.h"
#include "tests/support/TestCertificate.h"
#include "ui/text/ErrorText.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/CertificatePanel.h"
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
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace postbag;
using namespace postbag::ui;
using namespace Qt::StringLiterals;
using Step = doctor::ConnectionCheck::Step;
using postbag::test::enterIdentity;
using postbag::test::enterServer;
using postbag::test::finish;
using postbag::test::snap;

namespace {

// Downloads the new account's mail with the real engine, reading the password where the wizard
// put it, and returns how many messages arrived.
int downloadMail(store::Database& db, const account::AccountSettings& a,
                 account::CredentialStore& store)
{
    sync::SyncRunner runner(db, [] { return std::make_unique<net::SslTransport>(); });
    runner.setCredentialStore(a.passwordSource, &store);
    QSignalSpy finished(&runner, &sync::SyncRunner::accountFinished);
    runner.run({a});
    if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 30000))
        return -1;
    const auto report = finished.first().at(1).value<sync::SyncReport>();
    return report.ok() ? report.downloaded : -1;
}

} // namespace

class tst_AccountWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startTlsHappyPathSavesAccountAndKeyringPassword()
    {
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        fx.trustTestCertificate();
        account::KeychainCredentialStore keyring(QStringLiteral("PostbagWizardTest"));
        AccountWizard w(fx.context(&keyring));
        QSignalSpy created(&w, &AccountWizard::accountCreated);
        w.show();
        QVERIFY(enterIdentity(w, QString::fromLatin1(test::WizardFixture::kPassword)));
        ConnectionDoctorView* doctor =
            enterServer(w, fx.dovecot.plainPort(), account::Security::StartTls);
        QVERIFY(doctor);
        QVERIFY2(doctor->succeeded(), qPrintable(doctor->resultText()));
        QVERIFY(doctor->stepText(Step::Tls).startsWith(QStringLiteral("✓")));
        QVERIFY(doctor->stepText(Step::Login).startsWith(QStringLiteral("✓")));
        snap(w, "wizard-4-check");
        QVERIFY(finish(w));

        QCOMPARE(created.size(), 1);
        auto saved = account::AccountRepository(*fx.db).byId(created.first().first().toLongLong());
        QVERIFY(saved.ok());
        QCOMPARE(saved->name, QStringLiteral("alice@localhost"));
        QCOMPARE(saved->displayName, QStringLiteral("Alice Example"));
        QCOMPARE(saved->security, account::Security::StartTls);
        QCOMPARE(saved->port, fx.dovecot.plainPort());
        QCOMPARE(saved->passwordSource, account::PasswordSource::Keyring);
        QVERIFY(saved->leaveOnServer);
        // The password went to the keyring, and nowhere into the profile.
        testing::Outcome<QString> secret;
        keyring.read(saved.value(), secret.callback());
        QVERIFY(QTest::qWaitFor([&] { return secret.done(); }, 20000));
        QCOMPARE(secret.value(), QString::fromLatin1(test::WizardFixture::kPassword));
        QFile file(fx.db->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(test::WizardFixture::kPassword));

        QCOMPARE(downloadMail(*fx.db, saved.value(), keyring), 3);
    }

    // The same mailbox set up again is refused on the save page, before its keyring entry (the
    // one the existing account uses) is written; Cancel leaves the existing password in place.
    void aMailboxSetUpTwiceIsRefusedAndKeepsItsPassword()
    {
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        fx.trustTestCertificate();
        testing::MemoryCredentialStore keyring;
        {
            AccountWizard first(fx.context(&keyring));
            first.show();
            QVERIFY(enterIdentity(first, QString::fromLatin1(test::WizardFixture::kPassword)));
            QVERIFY(enterServer(first, fx.dovecot.plainPort(), account::Security::StartTls));
            QVERIFY(finish(first));
        }
        const auto existing = account::AccountRepository(*fx.db).list().value();
        QCOMPARE(existing.size(), 1);
        const QString key = account::CredentialStore::keyFor(existing.first());
        QCOMPARE(keyring.secrets.value(key), QString::fromLatin1(test::WizardFixture::kPassword));

        AccountWizard again(fx.context(&keyring));
        again.show();
        QVERIFY(enterIdentity(again, QStringLiteral("a different password")));
        QVERIFY(enterServer(again, fx.dovecot.plainPort(), account::Security::StartTls));
        SavePage* save = test::reachSavePage(again);
        QVERIFY(save);
        QVERIFY(!again.button(QWizard::FinishButton)->isEnabled());
        bool said = false;
        for (const QLabel* l : save->findChildren<QLabel*>()) {
            said = said || l->text().contains(u"already set up as the account");
        }
        QVERIFY(said);
        QCOMPARE(keyring.secrets.value(key), QString::fromLatin1(test::WizardFixture::kPassword));
        again.reject();
        QCOMPARE(keyring.secrets.value(key), QString::fromLatin1(test::WizardFixture::kPassword));
        QCOMPARE(account::AccountRepository(*fx.db).list().value().size(), 1);
    }

    // A slow keyring still writing when the user goes Back or cancels: the late entry goes,
    // unless the page is writing the same entry again.
    void aKeyringWriteStillRunningAtBackOrCancelLeavesNothingBehind()
    {
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        testing::MemoryCredentialStore keyring;
        keyring.holdWrites = true;
        AccountWizard w(fx.context(&keyring));
        w.show();
        QVERIFY(enterIdentity(w, QString::fromLatin1(test::WizardFixture::kPassword)));
        QVERIFY(enterServer(w, fx.dovecot.plainPort(), account::Security::StartTls));
        w.next(); // options
        w.next(); // save: the keyring write starts and is held
        auto* save = qobject_cast<SavePage*>(w.currentPage());
        QVERIFY(save);
        QCOMPARE(keyring.heldWrites(), 1);
        const QString key = account::CredentialStore::keyFor(w.draft());

        // Back, then Next again to the same server: the first write's late answer (here after
        // the second's) must not erase what the second one wrote.
        w.back();
        w.next();
        QCOMPARE(w.currentPage(), save);
        QCOMPARE(keyring.heldWrites(), 2);
        keyring.releaseWrites(true);
        QCOMPARE(keyring.secrets.value(key), QString::fromLatin1(test::WizardFixture::kPassword));
        QVERIFY(save->keyringAnswered());
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());

        // Back (which erases what was written), a new write, then Cancel before it answers.
        w.back();
        QVERIFY(keyring.secrets.isEmpty());
        w.next();
        QCOMPARE(keyring.heldWrites(), 1);
        w.reject();
        keyring.releaseWrites();
        QVERIFY2(keyring.secrets.isEmpty(), qPrintable(keyring.secrets.keys().join(u' ')));

        // Back while the write runs, then Cancel on an earlier page.
        AccountWizard again(fx.context(&keyring));
        again.show();
        QVERIFY(enterIdentity(again, QString::fromLatin1(test::WizardFixture::kPassword)));
        QVERIFY(enterServer(again, fx.dovecot.plainPort(), account::Security::StartTls));
        again.next();
        again.next();
        QCOMPARE(keyring.heldWrites(), 1);
        again.back();
        again.reject();
        keyring.releaseWrites();
        QVERIFY(keyring.secrets.isEmpty());
        QCOMPARE(account::AccountRepository(*fx.db).list().value().size(), 0);
    }

    void implicitTlsTrustsAndPinsTheCertificate()
    {
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        account::KeychainCredentialStore keyring(QStringLiteral("PostbagWizardTest"));
        AccountWizard w(fx.context(&keyring));
        w.show();
        QVERIFY(enterIdentity(w, QString::fromLatin1(test::WizardFixture::kPassword)));
        ConnectionDoctorView* doctor =
            enterServer(w, fx.dovecot.tlsPort(), account::Security::ImplicitTls);
        QVERIFY(doctor);
        QVERIFY(!doctor->succeeded());
        QCOMPARE(doctor->outcome()->failedAt, Step::Tls);
        QCOMPARE(doctor->outcome()->error->code, ErrorCode::CertificateUntrusted);
        QVERIFY(doctor->stepText(Step::Connect).startsWith(QStringLiteral("✓")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        // The trust step shows the certificate itself, fingerprint included.
        CertificatePanel* panel = doctor->certificatePanel();
        QVERIFY(panel->isVisible());
        const QString fingerprint =
            QString::fromLatin1(fx.dovecot.certificateSha256().toHex(':').toUpper());
        QVERIFY2(panel->text().contains(fingerprint), qPrintable(panel->text()));
        QVERIFY(panel->text().contains(QStringLiteral("Valid from")));
        snap(w, "wizard-4-certificate");

        panel->trustButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return !doctor->isRunning(); }, 30000));
        QVERIFY2(doctor->succeeded(), qPrintable(doctor->resultText()));
        QCOMPARE(w.draft().pinnedSha256, fx.dovecot.certificateSha256());
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(finish(w));

        auto saved = account::AccountRepository(*fx.db).byId(w.createdAccountId());
        QVERIFY(saved.ok());
        QCOMPARE(saved->pinnedSha256, fx.dovecot.certificateSha256());
        QCOMPARE(saved->security, account::Security::ImplicitTls);
        // Mail arrives over the pinned certificate; the system still does not trust it.
        QCOMPARE(downloadMail(*fx.db, saved.value(), keyring), 3);
    }

    // A certificate trusted for one server is forgotten when Back leads to another one: the
    // new server's certificate is offered for trust, not reported as an interception.
    void backToAnotherServerForgetsTheTrustedCertificate()
    {
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        testing::MemoryCredentialStore keyring;
        AccountWizard w(fx.context(&keyring));
        w.show();
        QVERIFY(enterIdentity(w, QString::fromLatin1(test::WizardFixture::kPassword)));
        ConnectionDoctorView* doctor =
            enterServer(w, fx.dovecot.tlsPort(), account::Security::ImplicitTls);
        QVERIFY(doctor);
        doctor->certificatePanel()->trustButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return !doctor->isRunning(); }, 30000));
        QVERIFY(doctor->succeeded());
        QCOMPARE(w.draft().pinnedSha256, fx.dovecot.certificateSha256());

        w.back(); // the server page
        w.back(); // the detection page
        doctor = enterServer(w, fx.dovecot.plainPort(), account::Security::StartTls);
        QVERIFY(doctor);
        QVERIFY(w.draft().pinnedSha256.isEmpty());
        QCOMPARE(doctor->outcome()->error->code, ErrorCode::CertificateUntrusted);
        QVERIFY(doctor->certificatePanel()->isVisible());
    }

    void detectedSettingsNeedOnlyAClick()
    {
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        // The provider publishes its settings the ISPDB way, over https from its own domain
        // (served on loopback with a certificate this process trusts, as if from a public CA).
        const QByteArray xml =
            R"(<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.test"><domain>example.test</domain>
<displayName>Example Mail</displayName>
<incomingServer type="pop3"><hostname>127.0.0.1</hostname><port>)" +
            QByteArray::number(fx.dovecot.plainPort()) +
            R"(</port><socketType>STARTTLS</socketType><username>%EMAILLOCALPART%</username>
<authentication>password-cleartext</authentication></incomingServer>
<incomingServer type="pop3"><hostname>127.0.0.1</hostname><port>)" +
            QByteArray::number(fx.dovecot.tlsPort()) +
            R"(</port><socketType>SSL</socketType><username>%EMAILLOCALPART%</username>
<authentication>password-cleartext</authentication></incomingServer>
</emailProvider></clientConfig>)";
        testing::LoopbackHttpServer http;
        QString error;
        QVERIFY2(fx.publishSettings(http, xml, &error), qPrintable(error));
        AccountSetupContext context = fx.context(nullptr);
        context.detect.proxy = http.proxy();
        testing::MemoryCredentialStore keyring;
        context.keyring = &keyring;
        AccountWizard w(context);
        w.show();
        DetectPage* detect = test::searchSettings(w, QStringLiteral("alice@example.test"));
        QVERIFY(detect);
        snap(w, "wizard-2-detect");
        // Both published servers are offered, SSL/TLS first, each saying where it came from.
        QListWidget* list = detect->candidateList();
        QVERIFY2(list->count() >= 2, qPrintable(detect->statusText()));
        QCOMPARE(list->currentRow(), 0);
        const QString best = list->item(0)->text();
        QVERIFY2(best.contains(QStringLiteral("127.0.0.1:%1").arg(fx.dovecot.tlsPort())),
                 qPrintable(best));
        QVERIFY2(best.contains(QStringLiteral("SSL/TLS")), qPrintable(best));
        QVERIFY2(best.contains(QStringLiteral("autoconfiguration")), qPrintable(best));
        QVERIFY(!detect->manualChoice()->isChecked());

        w.next();
        auto* check = qobject_cast<CheckPage*>(w.currentPage());
        QVERIFY(check);
        QVERIFY(QTest::qWaitFor([&] { return !check->doctor()->isRunning(); }, 30000));
        QVERIFY2(check->doctor()->succeeded(), qPrintable(check->doctor()->resultText()));
        QVERIFY(finish(w));
        auto saved = account::AccountRepository(*fx.db).byId(w.createdAccountId());
        QVERIFY(saved.ok());
        QCOMPARE(saved->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(saved->port, fx.dovecot.tlsPort());
        QCOMPARE(saved->security, account::Security::ImplicitTls);
        QCOMPARE(saved->username, QString::fromLatin1(test::WizardFixture::kUser));
        QCOMPARE(downloadMail(*fx.db, saved.value(), keyring), 3);
    }

    // RFC 6186 section 6: a hostile network answers _pop3s._tcp.example.test with a host of its
    // own (127.0.0.1: a real server whose certificate is valid for that name). The wizard must
    // not preselect it, must warn, and must send the password there only once the user has
    // confirmed that host by name.
    void aServerNamedOnlyByDnsNeedsConfirmationByName()
    {
        if (testing::DnsmasqServer::executable().isEmpty())
            QSKIP("dnsmasq is not installed (Debian package dnsmasq-base)");
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        testing::ScriptedPop3Server attacker;
        attacker.setImplicitTls(true);
        // The probe asks what the server can do, and nothing else.
        attacker.addConnection(
            u"S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\nC: QUIT\nS: +OK\n!close"_s);
        // A login, if one comes, is recorded here.
        attacker.addConnection(u"S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\nC: USER *\n"
                               "S: +OK\nC: PASS *\nS: -ERR [AUTH] no\n!expect-close"_s);
        testing::DnsmasqServer dns;
        dns.addSrv(u"_pop3s._tcp.example.test"_s, u"127.0.0.1"_s, attacker.port(), 0, 1);
        if (!dns.start()) {
            if (dns.cannotBindPort53())
                QSKIP(qPrintable(dns.errorString()));
            QFAIL(qPrintable(dns.errorString()));
        }
        QSslConfiguration::setDefaultConfiguration(
            testing::TestCertificate::shared().trustingClientConfiguration());
        AccountSetupContext context = fx.context(nullptr);
        context.detect.nameserver = dns.address();
        testing::MemoryCredentialStore keyring;
        context.keyring = &keyring;
        AccountWizard w(context);
        w.show();
        DetectPage* detect = test::searchSettings(w, u"alice@example.test"_s);
        QVERIFY(detect);
        QListWidget* list = detect->candidateList();
        QVERIFY2(list->count() == 1, qPrintable(detect->statusText()));
        QVERIFY2(list->item(0)->text().contains(u"127.0.0.1:%1"_s.arg(attacker.port())),
                 qPrintable(list->item(0)->text()));
        QVERIFY2(list->item(0)->text().contains(u"confirm it before use"_s),
                 qPrintable(list->item(0)->text()));
        QVERIFY(list->selectedItems().isEmpty()); // never chosen for the user
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());

        list->setCurrentRow(0);
        QVERIFY2(detect->notesText().contains(u"127.0.0.1 is not part of example.test"_s),
                 qPrintable(detect->notesText()));
        QCheckBox* confirm = detect->hostConfirmation();
        QVERIFY(confirm->isVisible());
        QVERIFY2(confirm->text().contains(u"127.0.0.1"_s), qPrintable(confirm->text()));
        QVERIFY(!confirm->isChecked());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        w.next(); // even pushed, the page refuses
        QCOMPARE(w.currentPage(), detect);
        snap(w, "wizard-2-detect-confirm");
        QTRY_COMPARE(attacker.finishedCount(), 1);
        QCOMPARE(attacker.receivedLines(), (QList<QByteArray>{"CAPA", "QUIT"}));

        // Confirmed by name: now, and only now, the check logs in there.
        confirm->setChecked(true);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.next();
        auto* check = qobject_cast<CheckPage*>(w.currentPage());
        QVERIFY(check);
        QVERIFY(QTest::qWaitFor([&] { return !check->doctor()->isRunning(); }, 30000));
        QTRY_VERIFY(attacker.isDone());
        QVERIFY2(attacker.mismatches().isEmpty(), qPrintable(attacker.transcript()));
        QVERIFY2(
            attacker.receivedLines().contains(QByteArray("PASS ") + test::WizardFixture::kPassword),
            qPrintable(attacker.transcript()));
    }

    void wrongPasswordSaysSoAndSavesNothing()
    {
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        fx.trustTestCertificate();
        account::KeychainCredentialStore keyring(QStringLiteral("PostbagWizardTest"));
        AccountWizard w(fx.context(&keyring));
        w.show();
        QVERIFY(enterIdentity(w, QStringLiteral("correct-horse-7"))); // wrong case
        ConnectionDoctorView* doctor =
            enterServer(w, fx.dovecot.tlsPort(), account::Security::ImplicitTls);
        QVERIFY(doctor);
        QCOMPARE(doctor->outcome()->failedAt, Step::Login);
        QCOMPARE(doctor->outcome()->error->code, ErrorCode::WrongCredentials);
        const ErrorText expected =
            ErrorText::describe(Error::make(ErrorCode::WrongCredentials),
                                QStringLiteral("127.0.0.1"), fx.dovecot.tlsPort());
        QVERIFY2(doctor->resultText().startsWith(expected.what), qPrintable(doctor->resultText()));
        QVERIFY(doctor->resultText().contains(QStringLiteral("case-sensitive")));
        QVERIFY(doctor->stepText(Step::Capabilities).startsWith(QStringLiteral("✓")));
        QVERIFY(doctor->stepText(Step::Login).startsWith(QStringLiteral("✗")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        snap(w, "wizard-4-wrong-password");
        w.reject();
        QCOMPARE(account::AccountRepository(*fx.db).list().value().size(), 0);
    }

    void closedPortPointsAtPortAndFirewall()
    {
        test::WizardFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.dovecot.errorString()));
        AccountWizard w(fx.context(nullptr));
        w.show();
        QVERIFY(enterIdentity(w, QStringLiteral("whatever")));
        const quint16 closed = test::WizardFixture::closedPort();
        ConnectionDoctorView* doctor = enterServer(w, closed, account::Security::ImplicitTls);
        QVERIFY(doctor);
        QCOMPARE(doctor->outcome()->failedAt, Step::Connect);
        QCOMPARE(doctor->outcome()->error->code, ErrorCode::ConnectionRefused);
        QVERIFY(doctor->stepText(Step::Resolve).startsWith(QStringLiteral("✓")));
        QVERIFY(doctor->stepText(Step::Connect).startsWith(QStringLiteral("✗")));
        const QString text = doctor->resultText();
        QVERIFY2(text.contains(QStringLiteral("127.0.0.1")), qPrintable(text));
        QVERIFY2(text.contains(QString::number(closed)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("port")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("firewall")), qPrintable(text));
    }

    void unencryptedChoiceNeedsExplicitConfirmation()
    {
        ServerForm form;
        form.hostEdit()->setText(QStringLiteral("pop.example.org"));
        form.userEdit()->setText(QStringLiteral("me"));
        QVERIFY(form.isValid());
        form.securityCombo()->setCurrentIndex(
            form.securityCombo()->findData(int(account::Security::None)));
        QCOMPARE(form.portSpin()->value(), 110);
        QVERIFY(!form.isValid());
        QVERIFY(!form.insecureConfirm()->isHidden());
        form.resize(600, 320);
        snap(form, "wizard-3-unencrypted");
        form.insecureConfirm()->setChecked(true);
        QVERIFY(form.isValid());
        account::AccountSettings s;
        form.apply(s);
        QVERIFY(s.allowInsecureAuth);
        form.securityCombo()->setCurrentIndex(
            form.securityCombo()->findData(int(account::Security::ImplicitTls)));
        QCOMPARE(form.portSpin()->value(), 995);
        form.apply(s);
        QVERIFY(!s.allowInsecureAuth);
    }

    void serverFieldsAreValidatedInline_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name") << QStringLiteral("pop.example.org") << true;
        QTest::newRow("ipv4") << QStringLiteral("192.0.2.7") << true;
        QTest::newRow("ipv6") << QStringLiteral("::1") << true;
        QTest::newRow("idn") << QStringLiteral("pop.bücher.example") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("url") << QStringLiteral("pop3://pop.example.org") << false;
        QTest::newRow("with port") << QStringLiteral("pop.example.org:995") << false;
        QTest::newRow("space") << QStringLiteral("pop example.org") << false;
        QTest::newRow("leading dot") << QStringLiteral(".example.org") << false;
    }

    void serverFieldsAreValidatedInline()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        ServerForm form;
        form.userEdit()->setText(QStringLiteral("me"));
        form.hostEdit()->setText(host);
        QCOMPARE(form.isValid(), valid);
        QCOMPARE(hostProblem(host).isEmpty(), valid);
    }

    void identityNeedsAPlausibleAddressAndPassword()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        AccountSetupContext c;
        c.db = db.value().get();
        AccountWizard w(c);
        w.show();
        auto* identity = qobject_cast<IdentityPage*>(w.currentPage());
        QVERIFY(identity);
        QAbstractButton* next = w.button(QWizard::NextButton);
        identity->addressEdit()->setText(QStringLiteral("alice"));
        identity->passwordEdit()->setText(QStringLiteral("x"));
        QVERIFY(!next->isEnabled());
        identity->addressEdit()->setText(QStringLiteral("alice@example"));
        QVERIFY(next->isEnabled());
        identity->passwordEdit()->clear();
        QVERIFY(!next->isEnabled());
    }

    // Issue 22: a line break or NUL in the password or the user name (typed, pasted, or from an
    // ISPDB <username>) would reach the server as commands of its own. The wizard says so and
    // goes no further, so nothing is saved.
    void injectingCredentialsAreRefusedBeforeSaving_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("CR LF") << QStringLiteral("pw\r\nDELE 1");
        QTest::newRow("LF") << QStringLiteral("pw\nQUIT");
        QTest::newRow("CR") << QStringLiteral("pw\rRSET");
        QTest::newRow("NUL") << QStringLiteral("pw") + QChar(0) + QStringLiteral("DELE 1");
    }
    void injectingCredentialsAreRefusedBeforeSaving()
    {
        QFETCH(QString, value);
        const QString said = ErrorText::describe(Error::make(ErrorCode::UnsafeArgument)).what;
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        AccountSetupContext c;
        c.db = db.value().get();
        AccountWizard w(c);
        w.show();
        auto* identity = qobject_cast<IdentityPage*>(w.currentPage());
        QVERIFY(identity);
        QAbstractButton* next = w.button(QWizard::NextButton);
        identity->addressEdit()->setText(QStringLiteral("alice@example.org"));
        identity->passwordEdit()->setText(value);
        QCOMPARE(identity->passwordEdit()->text(), value);
        QVERIFY(!next->isEnabled());
        QCOMPARE(identity->problemText(), said);
        identity->passwordEdit()->setText(QStringLiteral("pw"));
        QVERIFY(next->isEnabled());
        QVERIFY(identity->problemText().isEmpty());

        // The user name, as an ISPDB file may give it: the server form will not take it.
        ServerForm form;
        account::AccountSettings settings;
        settings.host = QStringLiteral("pop.example.org");
        settings.username = QStringLiteral("alice") + value;
        form.load(settings);
        QVERIFY(!form.isValid());
        bool shown = false;
        for (const QLabel* label : form.findChildren<QLabel*>())
            shown = shown || (label->text() == said && !label->isHidden());
        QVERIFY(shown);
        form.userEdit()->setText(QStringLiteral("alice"));
        QVERIFY(form.isValid());
    }
};

QTEST_MAIN(tst_AccountWizard)
#include "tst_AccountWizard.moc"
