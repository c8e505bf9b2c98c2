// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace postbag::ui {

class AccountWizard;

// The first and often only questions: your name, your address, your password. Guarantees: Next
// stays disabled, with the reason shown, for an implausible address or a password the session
// would refuse to send (a line break or NUL).
class IdentityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IdentityPage(AccountWizard* wizard);

    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* passwordEdit() const { return m_password; }
    [[nodiscard]] QString problemText() const;

private:
    void showProblem();

    AccountWizard* m_wizard;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_problem = nullptr;
};

// Whether `address` is a usable e-mail address (one '@', a local part, a dotted or IP domain).
[[nodiscard]] bool isPlausibleAddress(const QString& address);

} // namespace postbag::ui
