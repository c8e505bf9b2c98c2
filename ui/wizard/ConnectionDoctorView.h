// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/account/OutgoingServer.h"
#include "core/doctor/ConnectionCheck.h"
#include "core/doctor/SubmissionCheck.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;

namespace postbag::ui {

class CertificatePanel;

// The connection doctor on screen: DNS → TCP → TLS → CAPA (EHLO for the outgoing server) →
// login, each step with a tick or a cross, and for the failed step what happened and what to try
// (from ui/text/ErrorText, with the server name and port, and DoctorText's advice for the outgoing
// server). An untrusted certificate is shown in full with "Trust this certificate", which pins it
// and checks again. Shared by the wizard and the settings dialog, for the incoming server
// (ConnectionCheck) and the outgoing one (SubmissionCheck). Guarantees: touches no mail (both
// checks QUIT right after the login; no MAIL is ever sent); one check at a time.
class ConnectionDoctorView : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionDoctorView(transport::TransportFactory transports,
                                  QWidget* parent = nullptr);
    ~ConnectionDoctorView() override;

    void start(const account::AccountSettings& settings, const QString& password);
    // Checks `server` with its login: `incoming`'s (and `password`) unless it has one of its own.
    void startOutgoing(const account::OutgoingServer& server,
                       const account::AccountSettings& incoming, const QString& password);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_check != nullptr || m_submission != nullptr; }
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    [[nodiscard]] const std::optional<doctor::ConnectionCheck::Outcome>& outcome() const
    {
        return m_outcome;
    }
    [[nodiscard]] const std::optional<doctor::SubmissionCheck::Outcome>& outgoingOutcome() const
    {
        return m_outgoingOutcome;
    }
    // The settings last checked, with a certificate pin if the user trusted one.
    [[nodiscard]] const account::AccountSettings& settings() const { return m_settings; }
    [[nodiscard]] const account::OutgoingServer& outgoingServer() const { return m_outgoing; }
    [[nodiscard]] QString resultText() const; // what the user reads under the steps
    [[nodiscard]] QString stepText(doctor::ConnectionCheck::Step step) const;
    CertificatePanel* certificatePanel() const { return m_certificate; }

Q_SIGNALS:
    void finished(bool ok);
    void certificateTrusted(const QByteArray& sha256);

private:
    enum class Mark
    {
        Pending,
        Running,
        Passed,
        Failed,
        Skipped
    };
    void mark(doctor::ConnectionCheck::Step step, Mark state, const QString& detail = {});
    void reset(const QString& host, quint16 port, bool outgoing);
    void onPassed(doctor::ConnectionCheck::Step step, const QString& detail);
    void onFinished(const doctor::ConnectionCheck::Outcome& outcome);
    void onOutgoingFinished(const doctor::SubmissionCheck::Outcome& outcome);
    void showFailure(doctor::ConnectionCheck::Step failedAt, const Error& error,
                     const QString& advice);
    void trust(const QByteArray& sha256);

    transport::TransportFactory m_transports;
    account::AccountSettings m_settings;
    account::OutgoingServer m_outgoing;
    bool m_checkingOutgoing = false;
    QString m_password;
    std::unique_ptr<doctor::ConnectionCheck> m_check;
    std::unique_ptr<doctor::SubmissionCheck> m_submission;
    std::optional<doctor::ConnectionCheck::Outcome> m_outcome;
    std::optional<doctor::SubmissionCheck::Outcome> m_outgoingOutcome;
    bool m_succeeded = false;
    QList<QLabel*> m_titles;
    QList<QLabel*> m_marks;
    QList<QLabel*> m_details;
    QLabel* m_result = nullptr;
    CertificatePanel* m_certificate = nullptr;
};

} // namespace postbag::ui
