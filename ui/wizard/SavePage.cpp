// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/SavePage.h"

#include "core/account/AccountRepository.h"
#include "core/account/CredentialStore.h"
#include "ui/text/ErrorText.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/ServerForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QVBoxLayout>

namespace postbag::ui {

using account::PasswordSource;

SavePage::SavePage(AccountWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Ready"));
    setSubTitle(tr("Postbag starts downloading your mail as soon as you click Finish."));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Account name"));
    form->addRow(tr("Account &name:"), m_name);
    m_nameProblem = problemLabel(this);
    form->addRow(QString(), m_nameProblem);
    layout->addLayout(form);
    m_keyring = new QLabel(this);
    m_keyring->setWordWrap(true);
    layout->addWidget(m_keyring);

    m_alternatives = new QWidget(this);
    auto* alt = new QVBoxLayout(m_alternatives);
    alt->setContentsMargins(0, 0, 0, 0);
    m_ask =
        new QRadioButton(tr("&Ask for the password once each time Postbag starts"), m_alternatives);
    m_command = new QRadioButton(
        tr("Get the password from a &command (for example: pass show mail/work)"), m_alternatives);
    m_commandLine = new QLineEdit(m_alternatives);
    m_commandLine->setAccessibleName(tr("Password command"));
    m_commandLine->setEnabled(false);
    alt->addWidget(m_ask);
    alt->addWidget(m_command);
    alt->addWidget(m_commandLine);
    layout->addWidget(m_alternatives);
    m_alternatives->hide();
    m_saveProblem = problemLabel(this);
    layout->addWidget(m_saveProblem);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameProblem->setText(nameProblem());
        Q_EMIT completeChanged();
    });
    connect(m_command, &QRadioButton::toggled, m_commandLine, &QWidget::setEnabled);
    connect(m_ask, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
    connect(m_command, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
    connect(m_commandLine, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

QString SavePage::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the account a name.");
    if (!m_wizard->context().db)
        return {};
    if (account::AccountRepository(*m_wizard->context().db).byName(name).ok())
        return tr("Another account already has this name.");
    return {};
}

void SavePage::initializePage()
{
    m_name->setText(m_wizard->draft().name.isEmpty() ? m_wizard->draft().address
                                                     : m_wizard->draft().name);
    m_saveProblem->clear();
    m_alternatives->hide();
    m_duplicate = false;
    const int generation = ++m_generation;
    if (m_wizard->context().db) {
        // The same mailbox twice would share (and on removal or Cancel erase) one keyring entry.
        auto same =
            account::AccountRepository(*m_wizard->context().db).sameMailbox(m_wizard->draft());
        if (same.ok() && same->has_value()) {
            m_duplicate = true;
            m_keyringState = KeyringState::Unavailable;
            m_keyring->clear();
            //: Wizard save page; %1 the existing account's name
            m_saveProblem->setText(tr("This mailbox is already set up as the account “%1”. Go "
                                      "back to choose another one, or cancel.")
                                       .arg(same->value().name));
            Q_EMIT completeChanged();
            return;
        }
    }
    account::CredentialStore* keyring = m_wizard->context().keyring;
    if (!keyring) {
        setKeyringState(KeyringState::Unavailable);
        return;
    }
    setKeyringState(KeyringState::Writing);
    QPointer<SavePage> self(this);
    const account::AccountSettings written = m_wizard->draft();
    keyring->write(written, m_wizard->password(),
                   [self, generation, keyring, written](const Status& s) {
                       if (!self || generation != self->m_generation) {
                           // Back or Cancel came first: nothing will create the account this entry
                           // was for. Unless the page writes the same entry again right now (Back,
                           // then Next).
                           if (s.ok() && !(self && self->writingEntryFor(written)))
                               keyring->erase(written, [](const Status&) {});
                           return;
                       }
                       if (s.ok()) {
                           self->m_wizard->setKeyringWritten(true);
                           self->setKeyringState(KeyringState::Written);
                       } else {
                           self->setKeyringState(KeyringState::Unavailable, s.error().serverText);
                       }
                   });
}

bool SavePage::writingEntryFor(const account::AccountSettings& settings) const
{
    return !m_wizard->hasFinished() && m_wizard->currentPage() == this &&
           m_keyringState != KeyringState::Unavailable &&
           account::CredentialStore::keyFor(m_wizard->draft()) ==
               account::CredentialStore::keyFor(settings);
}

void SavePage::cleanupPage()
{
    ++m_generation;
    if (m_keyringState == KeyringState::Written && m_wizard->context().keyring) {
        // Back: the server settings may change, and with them the keyring entry's name.
        m_wizard->context().keyring->erase(m_wizard->draft(), [](const Status&) {});
        m_wizard->setKeyringWritten(false);
    }
    m_keyringState = KeyringState::Writing;
}

void SavePage::setKeyringState(KeyringState state, const QString& detail)
{
    m_keyringState = state;
    switch (state) {
    case KeyringState::Writing:
        m_keyring->setText(tr("Saving the password in your keyring…"));
        break;
    case KeyringState::Written:
        m_keyring->setText(
            tr("Your password is stored in your desktop's keyring, not in Postbag's files."));
        break;
    case KeyringState::Unavailable:
        m_keyring->setText(tr("No keyring could be reached to store the password safely. Postbag "
                              "never writes passwords "
                              "into its own files; choose how it gets the password instead.") +
                           (detail.isEmpty() ? QString() : QStringLiteral("\n(") + detail + u')'));
        m_alternatives->show();
        if (!m_ask->isChecked() && !m_command->isChecked())
            m_ask->setChecked(true);
        break;
    }
    Q_EMIT completeChanged();
}

QString SavePage::keyringText() const
{
    return m_keyring->text();
}

bool SavePage::isComplete() const
{
    if (m_duplicate || !nameProblem().isEmpty())
        return false;
    switch (m_keyringState) {
    case KeyringState::Writing:
        return false;
    case KeyringState::Written:
        return true;
    case KeyringState::Unavailable:
        return m_ask->isChecked() ||
               (m_command->isChecked() && !m_commandLine->text().trimmed().isEmpty());
    }
    return false;
}

bool SavePage::validatePage()
{
    account::AccountSettings settings = m_wizard->draft();
    settings.name = m_name->text().trimmed();
    if (m_keyringState == KeyringState::Written) {
        settings.passwordSource = PasswordSource::Keyring;
    } else if (m_command->isChecked()) {
        settings.passwordSource = PasswordSource::Command;
        settings.passwordCommand = m_commandLine->text().trimmed();
    } else {
        settings.passwordSource = PasswordSource::AskEachSession;
    }
    // The account, its identity and (when its check passed) its outgoing server, together.
    const std::optional<account::OutgoingServer> outgoing =
        m_wizard->outgoingVerified() ? m_wizard->outgoing() : std::nullopt;
    auto added = account::AccountRepository(*m_wizard->context().db).add(settings, outgoing);
    if (!added) {
        m_saveProblem->setText(ErrorText::describe(added.error()).oneLine());
        return false;
    }
    account::CredentialStore* store =
        settings.passwordSource == PasswordSource::Keyring          ? m_wizard->context().keyring
        : settings.passwordSource == PasswordSource::AskEachSession ? m_wizard->context().session
                                                                    : nullptr;
    if (settings.passwordSource == PasswordSource::AskEachSession && store)
        store->write(added.value(), m_wizard->password(), [](const Status&) {});
    // A login of its own for sending: its password gets an entry of its own (a login equal to
    // the incoming one is the incoming entry, which keeps the incoming password).
    const account::AccountSettings sender =
        outgoing ? outgoing->credentialAccount(added.value()) : added.value();
    if (store && !m_wizard->outgoingPassword().isEmpty() &&
        account::CredentialStore::keyFor(sender) != account::CredentialStore::keyFor(added.value()))
        store->write(sender, m_wizard->outgoingPassword(), [](const Status&) {});
    m_wizard->draft() = added.value();
    m_wizard->setCreatedAccountId(added->id);
    Q_EMIT m_wizard->accountCreated(added->id);
    return true;
}

} // namespace postbag::ui
