// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/OutgoingServer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace postbag::ui {

class ServerFields;

// The outgoing (SMTP submission) server's settings: server, port, security, authentication and
// the login, which is the incoming server's unless the user gives one of its own (then with its
// password). Shared by the wizard's server page and the settings dialog so both accept the same
// input. Guarantees: isValid() is false while a field is wrong (each wrong field says why next to
// it) and while an unencrypted choice is not confirmed; apply() forgets a pin made for another
// server; the form never keeps a password anywhere but its own field.
class OutgoingServerForm : public QWidget
{
    Q_OBJECT
public:
    explicit OutgoingServerForm(QWidget* parent = nullptr);

    void load(const account::OutgoingServer& server);
    void apply(account::OutgoingServer& server) const;
    [[nodiscard]] bool isValid() const { return m_valid; }
    // The own login's password as typed; empty with the incoming server's login.
    [[nodiscard]] QString password() const;
    [[nodiscard]] bool usesIncomingLogin() const;

    QLineEdit* hostEdit() const;
    QSpinBox* portSpin() const;
    QComboBox* securityCombo() const;
    QComboBox* authCombo() const { return m_auth; }
    QCheckBox* sameLoginCheck() const { return m_sameLogin; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* insecureConfirm() const;

Q_SIGNALS:
    void changed();

private:
    void validate();

    ServerFields* m_fields = nullptr;
    QComboBox* m_auth = nullptr;
    QCheckBox* m_sameLogin = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_userProblem = nullptr;
    bool m_valid = false;
};

} // namespace postbag::ui
