// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"

#include <QList>
#include <QObject>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace postbag::ui {

// The fields every server form starts with: server name, port and security, with the warning
// and the explicit confirmation an unencrypted choice needs. Why: the incoming and the outgoing
// server are entered the same way and must be checked the same way. Guarantees: a standard port
// follows the security choice; leaving "none" clears the confirmation; check() is false while the
// name is wrong (which is then said next to it) or an unencrypted choice is not confirmed.
class ServerFields : public QObject
{
    Q_OBJECT
public:
    struct Words
    {
        QString hostLabel, hostName, hostPlaceholder, portLabel, portName, securityLabel;
    };

    // Adds the rows to `form` (widgets owned by `owner`); `defaultPort` and `standardPorts` are
    // the protocol's (995/110 for POP3, 465/587 for submission).
    ServerFields(QWidget* owner, QFormLayout* form, const Words& words,
                 std::function<quint16(account::Security)> defaultPort, QList<int> standardPorts);

    void load(const QString& host, quint16 port, account::Security security, bool allowInsecure);
    [[nodiscard]] QString host() const; // trimmed
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] account::Security security() const;
    [[nodiscard]] bool allowInsecure() const; // "none", and confirmed
    [[nodiscard]] bool check(const QString& emptyHostProblem);

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portSpin() const { return m_port; }
    QComboBox* securityCombo() const { return m_security; }
    QCheckBox* insecureConfirm() const { return m_confirmInsecure; }

Q_SIGNALS:
    void changed();

private:
    void securityChanged();
    void showInsecure(bool shown);

    std::function<quint16(account::Security)> m_defaultPort;
    QList<int> m_standardPorts;
    QLineEdit* m_host = nullptr;
    QLabel* m_hostProblem = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLabel* m_insecureWarning = nullptr;
    QCheckBox* m_confirmInsecure = nullptr;
};

} // namespace postbag::ui
