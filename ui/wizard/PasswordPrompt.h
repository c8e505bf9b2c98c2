// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/common/Error.h"
#include "ui/wizard/AccountSetupContext.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace postbag::ui {

// Asks for an account's password when the server refused it or none is at hand (no keyring, or
// "ask once per session"). Says why it asks (ErrorText), and stores the answer where the account
// keeps passwords: the keyring, or only this session's memory; a change of where is written on
// the context's writer thread. Window-modal, opened with open().
class PasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    PasswordPrompt(AccountSetupContext context, account::AccountSettings account, const Error& why,
                   QWidget* parent = nullptr);

    void accept() override;
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }
    QString problemText() const;

Q_SIGNALS:
    void passwordStored(qint64 accountId);

private:
    // The answer is where the account (as now stored) keeps it: say so and close.
    void finish(const account::AccountSettings& stored);

    AccountSetupContext m_context;
    account::AccountSettings m_account;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace postbag::ui
