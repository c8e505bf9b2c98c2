// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/AccountSettingsDialog.h"

#include "core/account/AccountRemoval.h"
#include "core/account/AccountRepository.h"
#include "core/account/CredentialStore.h"
#include "core/localedit/LocalWriter.h"
#include "core/store/IdentityStore.h"
#include "ui/text/ErrorText.h"
#include "ui/wizard/ConnectionDoctorView.h"
#include "ui/wizard/OptionsForm.h"
#include "ui/wizard/OutgoingServerForm.h"
#include "ui/wizard/SendingSettings.h"
#include "ui/wizard/ServerForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace postbag::ui {

using account::PasswordSource;

AccountSettingsDialog::AccountSettingsDialog(AccountSetupContext context,
                                             account::AccountSettings account, QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_original(std::move(account))
{
    setWindowTitle(tr("Account Settings — %1").arg(m_original.name));
    setObjectName(QStringLiteral("AccountSettingsDialog"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(generalTab(), tr("&General"));
    auto* serverTab = new QWidget(this);
    auto* serverLayout = new QVBoxLayout(serverTab);
    m_server = new ServerForm(serverTab);
    m_server->load(m_original);
    serverLayout->addWidget(m_server);
    auto* pinRow = new QHBoxLayout;
    m_pin = new QLabel(serverTab);
    m_pin->setWordWrap(true);
    m_pin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forgetPin = new QPushButton(tr("&Forget"), serverTab);
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_forgetPin);
    serverLayout->addLayout(pinRow);
    serverLayout->addStretch(1);
    m_tabs->addTab(serverTab, tr("Ser&ver"));
    m_options = new OptionsForm(m_context.db, this);
    m_options->load(m_original);
    m_tabs->addTab(m_options, tr("&Options"));
    m_sending = new SendingSettings(m_context, this);
    loadSending();
    m_tabs->addTab(m_sending, tr("Se&nding"));
    connect(m_sending, &SendingSettings::checkRequested, this,
            &AccountSettingsDialog::checkOutgoing);
    m_tabs->addTab(passwordTab(), tr("Pass&word"));
    m_tabs->addTab(checkTab(), tr("Chec&k"));
    layout->addWidget(m_tabs);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* remove =
        buttons->addButton(tr("&Remove Account…"), QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)save(); });
    connect(this, &AccountSettingsDialog::saved, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(remove, &QPushButton::clicked, this, [this] { removeAccount(); });

    m_pinned = m_original.pinnedSha256;
    m_pinnedHost = m_original.host;
    m_pinnedPort = m_original.port;
    auto showPin = [this] {
        m_pin->setText(
            m_pinned.isEmpty()
                ? tr("No certificate is pinned: the system's certificate authorities decide.")
                : tr("Trusted certificate (SHA-256): %1")
                      .arg(QString::fromLatin1(m_pinned.toHex(':').toUpper())));
        m_forgetPin->setEnabled(!m_pinned.isEmpty());
    };
    showPin();
    connect(m_forgetPin, &QPushButton::clicked, this, [this, showPin] {
        m_pinned.clear();
        showPin();
    });
    connect(m_doctor, &ConnectionDoctorView::certificateTrusted, this,
            [this, showPin](const QByteArray& sha) {
                m_pinned = sha;
                m_pinnedHost = m_checkedHost;
                m_pinnedPort = m_checkedPort;
                showPin();
            });
    resize(620, 560);
}

QWidget* AccountSettingsDialog::generalTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    m_name = new QLineEdit(m_original.name, tab);
    m_name->setAccessibleName(tr("Account name"));
    form->addRow(tr("Account &name:"), m_name);
    m_address = new QLineEdit(m_original.address, tab);
    m_address->setAccessibleName(tr("Email address"));
    form->addRow(tr("&Email address:"), m_address);
    m_displayName = new QLineEdit(m_original.displayName, tab);
    m_displayName->setAccessibleName(tr("Your name"));
    form->addRow(tr("Your n&ame:"), m_displayName);
    m_enabled = new QCheckBox(tr("Check this account for new &mail"), tab);
    m_enabled->setChecked(m_original.enabled);
    form->addRow(m_enabled);
    m_protocolLog = new QCheckBox(
        tr("Keep a protocol &log for troubleshooting (passwords are never logged)"), tab);
    m_protocolLog->setChecked(m_original.protocolLog);
    form->addRow(m_protocolLog);
    return tab;
}

QWidget* AccountSettingsDialog::passwordTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    m_source = new QComboBox(tab);
    m_source->setAccessibleName(tr("Where the password comes from"));
    m_source->addItem(tr("The desktop keyring"), int(PasswordSource::Keyring));
    m_source->addItem(tr("Ask once each time Postbag starts"), int(PasswordSource::AskEachSession));
    m_source->addItem(tr("A password command"), int(PasswordSource::Command));
    m_source->setCurrentIndex(m_source->findData(int(m_original.passwordSource)));
    form->addRow(tr("Password &from:"), m_source);
    m_command = new QLineEdit(m_original.passwordCommand, tab);
    m_command->setAccessibleName(tr("Password command"));
    //: Placeholder of the password command field
    m_command->setPlaceholderText(tr("pass show mail/work"));
    form->addRow(tr("&Command:"), m_command);
    m_password = new QLineEdit(tab);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("New password"));
    m_password->setPlaceholderText(tr("Leave empty to keep the current password"));
    form->addRow(tr("&New password:"), m_password);
    auto update = [this] {
        const auto source = PasswordSource(m_source->currentData().toInt());
        m_command->setEnabled(source == PasswordSource::Command);
        m_password->setEnabled(source != PasswordSource::Command);
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, update);
    update();
    return tab;
}

QWidget* AccountSettingsDialog::checkTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* run = new QPushButton(tr("Check the &connection now"), tab);
    layout->addWidget(run, 0, Qt::AlignLeft);
    m_doctor = new ConnectionDoctorView(m_context.transports, tab);
    layout->addWidget(m_doctor, 1);
    connect(run, &QPushButton::clicked, this, &AccountSettingsDialog::checkConnection);
    return tab;
}

account::AccountSettings AccountSettingsDialog::edited() const
{
    account::AccountSettings s = m_original;
    s.name = m_name->text().trimmed();
    s.address = m_address->text().trimmed();
    s.displayName = m_displayName->text().trimmed();
    s.enabled = m_enabled->isChecked();
    s.protocolLog = m_protocolLog->isChecked();
    m_server->apply(s);
    // A pin belongs to the server it was made for (the original, or the one just checked).
    s.pinnedSha256 =
        s.host.compare(m_pinnedHost, Qt::CaseInsensitive) == 0 && s.port == m_pinnedPort
            ? m_pinned
            : QByteArray();
    m_options->apply(s);
    s.passwordSource = PasswordSource(m_source->currentData().toInt());
    s.passwordCommand =
        s.passwordSource == PasswordSource::Command ? m_command->text().trimmed() : QString();
    return s;
}

QString AccountSettingsDialog::problemText() const
{
    return m_problem->text();
}

void AccountSettingsDialog::loadSending()
{
    std::optional<store::Identity> identity;
    if (auto all = store::IdentityStore(*m_context.db).list(m_original.id); all && !all->isEmpty())
        identity = all->first();
    auto server = account::AccountRepository(*m_context.db).outgoingServer(m_original.id);
    m_sending->load(m_original, identity,
                    server ? server.value() : std::optional<account::OutgoingServer>());
}

void AccountSettingsDialog::withPassword(const account::AccountSettings& who, const QString& typed,
                                         std::function<void(const QString&)> use)
{
    auto done = [self = QPointer(this), use](Result<QString> r) {
        if (self)
            use(r.ok() ? r.value() : QString());
    };
    if (who.passwordSource == PasswordSource::Command && m_context.passwordCommand)
        return m_context.passwordCommand->read(who, done);
    if (!typed.isEmpty())
        return use(typed);
    account::CredentialStore* store =
        who.passwordSource == PasswordSource::Keyring ? m_context.keyring : m_context.session;
    if (!store)
        return use(QString());
    store->read(who, done);
}

void AccountSettingsDialog::checkConnection()
{
    m_tabs->setCurrentWidget(m_doctor->parentWidget());
    const account::AccountSettings s = edited();
    m_checkedHost = s.host;
    m_checkedPort = s.port;
    // A changed password source is read from where the password is now (until saved).
    account::AccountSettings who = m_original;
    if (s.passwordSource == PasswordSource::Command)
        who = s;
    withPassword(who, m_password->text(),
                 [this, s](const QString& password) { m_doctor->start(s, password); });
}

void AccountSettingsDialog::checkOutgoing()
{
    const std::optional<account::OutgoingServer> server = m_sending->server();
    if (!server)
        return;
    const account::AccountSettings s = edited();
    if (!server->username.isEmpty() && server->username != s.username)
        // A login of its own: the password typed for it, else its own entry.
        return withPassword(server->credentialAccount(m_original), m_sending->ownPassword(),
                            [this, s](const QString& password) { m_sending->check(s, password); });
    account::AccountSettings who = m_original;
    if (s.passwordSource == PasswordSource::Command)
        who = s;
    withPassword(who, m_password->text(),
                 [this, s](const QString& password) { m_sending->check(s, password); });
}

bool AccountSettingsDialog::save()
{
    if (m_saving)
        return true;
    const account::AccountSettings s = edited();
    if (!m_server->isValid()) {
        m_tabs->setCurrentIndex(1);
        m_problem->setText(tr("Check the server settings."));
        return false;
    }
    if (!m_sending->isValid()) {
        m_tabs->setCurrentWidget(m_sending);
        m_problem->setText(tr("Check the outgoing server's settings."));
        return false;
    }
    if (const QString problem = credentialProblem(m_password->text()); !problem.isEmpty()) {
        m_problem->setText(problem);
        return false;
    }
    if (const Status valid = s.validate(); !valid) {
        m_problem->setText(ErrorText::describe(valid.error()).oneLine() + QStringLiteral(" (") +
                           valid.error().serverText + u')');
        return false;
    }
    m_saving = true;
    m_problem->clear();
    // The password is stored where the account now keeps it before the settings say so, and the
    // old entry goes only after both: a failure anywhere leaves a password that still works.
    auto failed =
        std::make_shared<std::optional<bool>>(); // set at once by a store that answers at once
    const account::AccountSettings before = m_original;
    storeSecret(before, s, [self = QPointer(this), before, s, failed](const Result<bool>& stored) {
        if (!self) // the dialog went while a keyring was still answering
            return;
        if (!stored) {
            self->m_saving = false;
            self->m_tabs->setCurrentWidget(self->m_password->parentWidget());
            self->m_problem->setText(ErrorText::describe(stored.error()).oneLine());
            *failed = true;
            return;
        }
        *failed = false;
        self->writeAccount(before, s, stored.value());
    });
    return !failed->value_or(false);
}

void AccountSettingsDialog::writeAccount(const account::AccountSettings& before,
                                         const account::AccountSettings& s, bool moved)
{
    const localedit::AccountSending sending = m_sending->sending();
    auto write = [self = QPointer(this), before, s, moved, sending] {
        if (!self)
            return;
        // On the writer's thread, after the window's edits asked for before it.
        self->m_context.writer->updateAccount(
            s, sending, [self, before, s, moved](const Status& saved) {
                if (!self)
                    return;
                self->m_saving = false;
                if (!saved)
                    return self->m_problem->setText(ErrorText::describe(saved.error()).oneLine());
                if (moved)
                    self->eraseOldSecret(before, s);
                self->m_original = s;
                Q_EMIT self->accountChanged(s.id);
                Q_EMIT self->saved();
            });
    };
    account::CredentialStore* store = storeFor(s.passwordSource);
    const QString own = m_sending->ownPassword();
    // A login equal to the incoming one is the incoming entry: the Password tab changes that.
    if (!sending.server || own.isEmpty() || !store ||
        account::CredentialStore::keyFor(sending.server->credentialAccount(s)) ==
            account::CredentialStore::keyFor(s))
        return write();
    // A login of its own for sending: its password goes to an entry of its own first.
    store->write(sending.server->credentialAccount(s), own,
                 [self = QPointer(this), write](const Status& written) {
                     if (!self)
                         return;
                     if (!written) {
                         self->m_saving = false;
                         self->m_tabs->setCurrentWidget(self->m_sending);
                         self->m_problem->setText(ErrorText::describe(written.error()).oneLine());
                         return;
                     }
                     write();
                 });
}

account::CredentialStore* AccountSettingsDialog::storeFor(PasswordSource source) const
{
    return source == PasswordSource::Keyring          ? m_context.keyring
           : source == PasswordSource::AskEachSession ? m_context.session
                                                      : nullptr;
}

void AccountSettingsDialog::storeSecret(const account::AccountSettings& before,
                                        const account::AccountSettings& after,
                                        SecretStored done)
{
    account::CredentialStore* from = storeFor(before.passwordSource);
    account::CredentialStore* to = storeFor(after.passwordSource);
    const QString typed = m_password->text();
    auto written = [done](const Status& s) { done(s ? Result<bool>(true) : Result<bool>(s.error())); };
    if (to && !typed.isEmpty())
        return to->write(after, typed, written);
    if (!to || !from || movesNothing(before, after))
        return done(true);
    // Carry the known password over to where the account now keeps it. When it cannot be read
    // (a locked keyring), the settings are saved and the old entry stays where it is.
    from->read(before, [to, after, done, written](Result<QString> r) {
        if (!r.ok())
            return done(false);
        to->write(after, r.value(), written);
    });
}

bool AccountSettingsDialog::movesNothing(const account::AccountSettings& before,
                                         const account::AccountSettings& after) const
{
    return storeFor(before.passwordSource) == storeFor(after.passwordSource) &&
           account::CredentialStore::keyFor(before) == account::CredentialStore::keyFor(after);
}

void AccountSettingsDialog::eraseOldSecret(const account::AccountSettings& before,
                                           const account::AccountSettings& after)
{
    account::CredentialStore* from = storeFor(before.passwordSource);
    if (!from || movesNothing(before, after))
        return;
    // Another account on the same mailbox keeps using a shared keyring entry.
    const auto shared = account::AccountRepository(*m_context.db).keyringEntryShared(before);
    if (from == m_context.keyring && (!shared.ok() || shared.value()))
        return;
    from->erase(before, [](const Status&) {});
}

void AccountSettingsDialog::removeAccount(std::optional<bool> keepMessages)
{
    if (m_removal)
        return;
    if (!keepMessages) {
        QMessageBox box(
            QMessageBox::Question, tr("Remove Account"),
            tr("Remove the account %1? Mail on the server is not touched.").arg(m_original.name),
            QMessageBox::NoButton, this);
        box.setInformativeText(
            tr("Its messages in Postbag can stay in a local folder named after the account, "
               "or be deleted with it."));
        QPushButton* keep = box.addButton(tr("Remove, &Keep Messages"), QMessageBox::AcceptRole);
        QPushButton* drop =
            box.addButton(tr("Remove and &Delete Messages"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != keep && box.clickedButton() != drop)
            return;
        keepMessages = box.clickedButton() == keep;
    }
    m_removal =
        new account::AccountRemoval(*m_context.db, m_context.keyring, m_context.cancelSync, this);
    // Written on the window's writer thread, in order with its other edits.
    m_removal->setRemove([writer = m_context.writer](qint64 id,
                                                     account::AccountRepository::Messages messages,
                                                     account::AccountRemoval::Removed done) {
        writer->removeAccount(id, messages, std::move(done));
    });
    connect(m_removal, &account::AccountRemoval::waiting, this, [this] {
        m_problem->setText(tr("Waiting for the sync of %1 to stop…").arg(m_original.name));
    });
    connect(m_removal, &account::AccountRemoval::finished, this,
            [this](const account::RemovalReport& r) {
                m_removal->deleteLater();
                m_removal = nullptr;
                if (!r.ok()) {
                    m_problem->setText(
                        r.error->code == ErrorCode::MailboxInUse
                            ? tr("%1 is still being synced; try again when that has ended.")
                                  .arg(m_original.name)
                            : ErrorText::describe(*r.error).oneLine());
                    return;
                }
                Q_EMIT accountRemoved(m_original.id);
                accept();
            });
    m_removal->start(m_original.id, *keepMessages ? account::AccountRepository::Messages::Keep
                                                  : account::AccountRepository::Messages::Delete);
}

} // namespace postbag::ui
