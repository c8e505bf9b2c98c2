// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace postbag::ui {

class AccountWizard;
class ConnectionDoctorView;

// Checks the chosen settings with the password, step by step, before anything is saved: the
// incoming server, then the outgoing one. The page is complete only when the incoming login
// worked and the outgoing check has ended; a trusted certificate is pinned into the server it was
// shown for. Guarantees: an outgoing server whose check failed is not saved with the account
// (the page says so; Back corrects it, the account's settings add it later).
class CheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CheckPage(AccountWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;
    ConnectionDoctorView* doctor() const { return m_doctor; }
    ConnectionDoctorView* outgoingDoctor() const { return m_outgoingDoctor; }
    [[nodiscard]] QString outgoingText() const; // what is said about the outgoing server

private:
    void startOutgoing();

    AccountWizard* m_wizard;
    ConnectionDoctorView* m_doctor = nullptr;
    QLabel* m_outgoingTitle = nullptr;
    ConnectionDoctorView* m_outgoingDoctor = nullptr;
    QLabel* m_outgoingNote = nullptr;
    QPushButton* m_again = nullptr;
};

} // namespace postbag::ui
