// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/account/CredentialStore.h"
#include "ui/wizard/AccountSetupContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace postbag::account {
class AccountRemoval;
}

namespace postbag::ui {

class ConnectionDoctorView;
class OptionsForm;
class SendingSettings;
class ServerForm;

// Every setting of one account, how it sends (identity and outgoing server, offered when it has
// none), the same connection checks as the wizard, a new password, and removing the account
// (asking whether to keep its mail). Guarantees: nothing changes until Save;
// a changed server or user name moves the keyring entry with it, erasing the old entry only once
// the new one is written and the settings saved (a keyring that refuses is shown, the settings
// stay as they were and no password is lost); the password never reaches the profile.
class AccountSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountSettingsDialog(AccountSetupContext context, account::AccountSettings account,
                          QWidget* parent = nullptr);

    [[nodiscard]] account::AccountSettings edited() const; // the account as the fields say
    // false (with the reason shown) if invalid or the password store refused at once; otherwise
    // true, and saved() or the reason shown follows once the keyring has answered and the
    // context's writer has written the settings (off the GUI thread, after the window's edits).
    bool save();
    void checkConnection();
    void checkOutgoing();
    // Asks, then removes (AccountRemoval: a sync of the account is cancelled and waited for
    // first); `keepMessages` answers the question in tests (nullopt: ask the user).
    void removeAccount(std::optional<bool> keepMessages = std::nullopt);

    ServerForm* serverForm() const { return m_server; }
    OptionsForm* optionsForm() const { return m_options; }
    SendingSettings* sendingSettings() const { return m_sending; }
    ConnectionDoctorView* doctor() const { return m_doctor; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* newPasswordEdit() const { return m_password; }
    QComboBox* passwordSourceCombo() const { return m_source; }
    QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QString problemText() const;

Q_SIGNALS:
    void accountChanged(qint64 accountId);
    void saved();
    void accountRemoved(qint64 accountId);

private:
    QWidget* generalTab();
    QWidget* passwordTab();
    QWidget* checkTab();
    void loadSending();
    // The password `who` logs in with: `typed`, else read where the account keeps it.
    void withPassword(const account::AccountSettings& who, const QString& typed,
                      std::function<void(const QString&)> use);
    void writeAccount(const account::AccountSettings& before, const account::AccountSettings& s,
                      bool moved);
    [[nodiscard]] account::CredentialStore* storeFor(account::PasswordSource source) const;
    // Whether the old entry may go now, or why the password could not be stored.
    using SecretStored = std::function<void(const Result<bool>&)>;
    void storeSecret(const account::AccountSettings& before, const account::AccountSettings& after,
                     SecretStored done);
    [[nodiscard]] bool movesNothing(const account::AccountSettings& before,
                                    const account::AccountSettings& after) const;
    void eraseOldSecret(const account::AccountSettings& before,
                        const account::AccountSettings& after);

    AccountSetupContext m_context;
    account::AccountSettings m_original;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_displayName = nullptr;
    QCheckBox* m_enabled = nullptr;
    QCheckBox* m_protocolLog = nullptr;
    ServerForm* m_server = nullptr;
    QLabel* m_pin = nullptr;
    QPushButton* m_forgetPin = nullptr;
    QByteArray m_pinned;
    QString m_pinnedHost; // the server m_pinned was trusted for
    quint16 m_pinnedPort = 0;
    QString m_checkedHost; // the server the last check ran against
    quint16 m_checkedPort = 0;
    OptionsForm* m_options = nullptr;
    SendingSettings* m_sending = nullptr;
    QComboBox* m_source = nullptr;
    QLineEdit* m_command = nullptr;
    QLineEdit* m_password = nullptr;
    ConnectionDoctorView* m_doctor = nullptr;
    QLabel* m_problem = nullptr;
    bool m_saving = false;
    account::AccountRemoval* m_removal = nullptr; // while removing
};

} // namespace postbag::ui
