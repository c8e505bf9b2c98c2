// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace postbag::ui {

class ServerFields;

// Server, port, security, authentication and user name, validated as the user types. Shared by
// the wizard's manual page and the settings dialog so both accept exactly the same input.
// Guarantees: isValid() is false while a field is wrong (each wrong field shows why next to it)
// and while an unencrypted choice has not been confirmed explicitly.
class ServerForm : public QWidget
{
    Q_OBJECT
public:
    explicit ServerForm(QWidget* parent = nullptr);

    void load(const account::AccountSettings& settings);
    void apply(account::AccountSettings& settings) const;
    [[nodiscard]] bool isValid() const;

    QLineEdit* hostEdit() const;
    QSpinBox* portSpin() const;
    QComboBox* securityCombo() const;
    QComboBox* authCombo() const { return m_auth; }
    QLineEdit* userEdit() const { return m_user; }
    QCheckBox* insecureConfirm() const;

Q_SIGNALS:
    void changed();

private:
    void validate();

    ServerFields* m_fields = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_user = nullptr;
    QLabel* m_userProblem = nullptr;
    bool m_valid = false;
};

// A label for what is wrong with the user's input, in the wizard's one error colour.
[[nodiscard]] QLabel* problemLabel(QWidget* parent);

// A problem label that stays hidden until there is something to say.
[[nodiscard]] QLabel* hiddenProblemLabel(QWidget* parent);

// Lays `content` out in `page` inside a frameless scroll area (pages that grow with what they show
// stay usable at the wizard's size); returns the page's layout for what goes below it.
QVBoxLayout* scrolledLayout(QWidget* page, QWidget* content);

// Whether `host` can be a server name or address (no scheme, no spaces, no port).
[[nodiscard]] QString hostProblem(const QString& host);

// What is wrong with a user name or password the session would refuse to send (a line break or
// NUL, which would inject commands; transport::checkArgument decides); empty when it can be used.
[[nodiscard]] QString credentialProblem(const QString& value);

} // namespace postbag::ui
