// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace postbag::account {
struct AccountSettings;
}

namespace postbag::ui {

class AccountWizard;

// Names the account and decides where its password lives. The password goes to the keyring as
// soon as the page opens; when no keyring answers, the page says so and offers the alternatives:
// ask once per session, or a password command. Finish saves the account (the first download
// starts right after). Guarantees: the password is never written to the profile.
class SavePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SavePage(AccountWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

    QLineEdit* nameEdit() const { return m_name; }
    QRadioButton* askEachSession() const { return m_ask; }
    QRadioButton* useCommand() const { return m_command; }
    QLineEdit* commandEdit() const { return m_commandLine; }
    [[nodiscard]] QString keyringText() const;
    [[nodiscard]] bool keyringAnswered() const { return m_keyringState != KeyringState::Writing; }

private:
    // Whether the page is writing (or wrote) the keyring entry `settings` name, now.
    [[nodiscard]] bool writingEntryFor(const account::AccountSettings& settings) const;
    enum class KeyringState
    {
        Writing,
        Written,
        Unavailable
    };
    void setKeyringState(KeyringState state, const QString& detail = {});
    [[nodiscard]] QString nameProblem() const;

    AccountWizard* m_wizard;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameProblem = nullptr;
    QLabel* m_keyring = nullptr;
    QWidget* m_alternatives = nullptr;
    QRadioButton* m_ask = nullptr;
    QRadioButton* m_command = nullptr;
    QLineEdit* m_commandLine = nullptr;
    QLabel* m_saveProblem = nullptr;
    KeyringState m_keyringState = KeyringState::Writing;
    int m_generation = 0; // ignores a keyring answer that arrives after the page was left
    bool m_duplicate = false; // the mailbox already belongs to another account
};

} // namespace postbag::ui
