// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QPushButton;

namespace postbag::ui {

class AccountWizard;
class ConnectionDoctorView;

// Checks the chosen settings with the password, step by step, before anything is saved. The page
// is complete only when the login worked; a trusted certificate is pinned into the account.
class CheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CheckPage(AccountWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    ConnectionDoctorView* doctor() const { return m_doctor; }

private:
    AccountWizard* m_wizard;
    ConnectionDoctorView* m_doctor = nullptr;
    QPushButton* m_again = nullptr;
};

} // namespace postbag::ui
