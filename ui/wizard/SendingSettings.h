// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/autoconfig/Autodetector.h"
#include "core/localedit/LocalWriter.h"
#include "core/store/OutboxTypes.h"
#include "ui/wizard/AccountSetupContext.h"

#include <QWidget>
#include <memory>
#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace postbag::ui {

class ConnectionDoctorView;
class OutgoingServerForm;

// The account settings' "Sending" section: the default identity's name, reply-to and signature,
// and the outgoing server with a Check button (the connection doctor's SubmissionCheck). An
// account without an outgoing server (profiles from before sending) is offered one: "Find It"
// looks it up for the address's domain as the wizard does (presets, autoconfig, SRV, probes) and
// fills the fields; "Enter It Myself" shows them empty. Guarantees: nothing is written here (the
// dialog saves sending() with the account); a found server that would need the user's
// confirmation by name is never filled in by itself; the check sends no message.
class SendingSettings : public QWidget
{
    Q_OBJECT
public:
    SendingSettings(const AccountSetupContext& context, QWidget* parent = nullptr);
    ~SendingSettings() override;

    void load(const account::AccountSettings& account,
              const std::optional<store::Identity>& identity,
              const std::optional<account::OutgoingServer>& server);
    // What to save; its server is empty while the account has none and the user entered none.
    [[nodiscard]] localedit::AccountSending sending() const;
    // The outgoing server as the fields say (with a pin for the same server), if one is shown.
    [[nodiscard]] std::optional<account::OutgoingServer> server() const;
    [[nodiscard]] bool isValid() const;
    // The own login's password typed for sending (empty: keep, or the incoming login's).
    [[nodiscard]] QString ownPassword() const;

    void findServer();
    // Checks the server in the fields with `password` (the caller reads it where the account
    // keeps it): the incoming login's, or the server's own.
    void check(const account::AccountSettings& incoming, const QString& password);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* replyToEdit() const { return m_replyTo; }
    QPlainTextEdit* signatureEdit() const { return m_signature; }
    QWidget* offer() const { return m_offer; }
    QPushButton* findButton() const { return m_find; }
    QPushButton* enterButton() const { return m_enter; }
    QGroupBox* serverGroup() const { return m_serverGroup; }
    OutgoingServerForm* form() const { return m_form; }
    QPushButton* checkButton() const { return m_check; }
    ConnectionDoctorView* doctor() const { return m_doctor; }
    [[nodiscard]] QString offerText() const;
    [[nodiscard]] bool isFinding() const { return m_detector && m_detector->isRunning(); }

Q_SIGNALS:
    void checkRequested();
    void changed();

private:
    void showServer(bool shown);
    void onFound();
    void showPin();

    AccountSetupContext m_context;
    account::AccountSettings m_account;
    std::optional<account::OutgoingServer> m_original;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_replyTo = nullptr;
    QPlainTextEdit* m_signature = nullptr;
    QWidget* m_offer = nullptr;
    QLabel* m_offerText = nullptr;
    QPushButton* m_find = nullptr;
    QPushButton* m_enter = nullptr;
    QGroupBox* m_serverGroup = nullptr;
    OutgoingServerForm* m_form = nullptr;
    QLabel* m_pin = nullptr;
    QPushButton* m_forgetPin = nullptr;
    QByteArray m_pinned;
    QString m_pinnedHost;
    quint16 m_pinnedPort = 0;
    QPushButton* m_check = nullptr;
    ConnectionDoctorView* m_doctor = nullptr;
    std::unique_ptr<autoconfig::Autodetector> m_detector;
};

} // namespace postbag::ui
