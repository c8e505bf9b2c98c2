// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "ui/wizard/AccountSetupContext.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace postbag::ui {

class AccountWizard;
class AccountsDialog;

// Opens the account dialogs for the window: the setup wizard, the settings of one account, the
// account list, and the password prompt when sync needs a password. Why: the window only asks
// ("edit account 3"); this is the one place that knows the dialogs and tells the app what changed
// so it can reload accounts and start the first download. Guarantees: at most one wizard and one
// prompt per account at a time; every dialog is non-blocking (open(), not exec()).
class AccountSetupController : public QObject
{
    Q_OBJECT
public:
    AccountSetupController(AccountSetupContext context, QWidget* window);

    [[nodiscard]] AccountWizard* wizard() const; // the open wizard, if any

public Q_SLOTS:
    void addAccount();
    void editAccount(qint64 accountId);
    void manageAccounts();
    // From SyncManager::credentialsRequired: asks for the password, never twice at once.
    void askPassword(qint64 accountId, const postbag::Error& why);

Q_SIGNALS:
    void accountAdded(qint64 accountId);   // saved: reload accounts and download its mail
    void accountChanged(qint64 accountId); // settings saved: reload accounts
    void accountRemoved(qint64 accountId);
    void accountsReordered();
    void passwordEntered(qint64 accountId); // try the account again

private:
    AccountSetupContext m_context;
    QWidget* m_window;
    QPointer<AccountWizard> m_wizard;
    QPointer<AccountsDialog> m_accounts;
    QSet<qint64> m_prompting;
};

} // namespace postbag::ui
