// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/AccountSetupController.h"

#include "core/account/AccountRepository.h"
#include "ui/wizard/AccountSettingsDialog.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/AccountsDialog.h"
#include "ui/wizard/PasswordPrompt.h"

namespace postbag::ui {

AccountSetupController::AccountSetupController(AccountSetupContext context, QWidget* window)
    : QObject(window), m_context(std::move(context)), m_window(window)
{
}

AccountWizard* AccountSetupController::wizard() const
{
    return m_wizard;
}

void AccountSetupController::addAccount()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new AccountWizard(m_context, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &AccountWizard::accountCreated, this, [this](qint64 id) {
        if (m_accounts)
            m_accounts->reload();
        Q_EMIT accountAdded(id);
    });
    m_wizard->open();
}

void AccountSetupController::editAccount(qint64 accountId)
{
    auto account = account::AccountRepository(*m_context.db).byId(accountId);
    if (!account)
        return;
    auto* dialog = new AccountSettingsDialog(m_context, account.value(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountSettingsDialog::accountChanged, this, [this](qint64 id) {
        if (m_accounts)
            m_accounts->reload();
        Q_EMIT accountChanged(id);
    });
    connect(dialog, &AccountSettingsDialog::accountRemoved, this, [this](qint64 id) {
        if (m_accounts)
            m_accounts->reload();
        Q_EMIT accountRemoved(id);
    });
    dialog->open();
}

void AccountSetupController::manageAccounts()
{
    if (!m_accounts) {
        m_accounts = new AccountsDialog(*m_context.db, *m_context.writer, m_window);
        m_accounts->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_accounts, &AccountsDialog::addRequested, this,
                &AccountSetupController::addAccount);
        connect(m_accounts, &AccountsDialog::editRequested, this,
                &AccountSetupController::editAccount);
        connect(m_accounts, &AccountsDialog::orderChanged, this,
                &AccountSetupController::accountsReordered);
    }
    m_accounts->show();
    m_accounts->raise();
}

void AccountSetupController::askPassword(qint64 accountId, const Error& why)
{
    if (m_prompting.contains(accountId))
        return;
    auto account = account::AccountRepository(*m_context.db).byId(accountId);
    if (!account || account->passwordSource == account::PasswordSource::Command)
        return; // a failing command is fixed in the settings, not by typing a password here
    m_prompting.insert(accountId);
    auto* prompt = new PasswordPrompt(m_context, account.value(), why, m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &PasswordPrompt::passwordStored, this,
            &AccountSetupController::passwordEntered);
    connect(prompt, &QObject::destroyed, this,
            [this, accountId] { m_prompting.remove(accountId); });
    prompt->open();
}

} // namespace postbag::ui
