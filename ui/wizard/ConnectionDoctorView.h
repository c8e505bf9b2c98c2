// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/doctor/ConnectionCheck.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;

namespace postbag::ui {

class CertificatePanel;

// The connection doctor on screen: DNS → TCP → TLS → CAPA → login, each step with a tick or a
// cross, and for the failed step what happened and what to try (from ui/text/ErrorText, with the
// server name and port). An untrusted certificate is shown in full with "Trust this certificate",
// which pins it and checks again. Shared by the wizard and the settings dialog.
// Guarantees: touches no mail (ConnectionCheck QUITs right after login); one check at a time.
class ConnectionDoctorView : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionDoctorView(transport::TransportFactory transports,
                                  QWidget* parent = nullptr);
    ~ConnectionDoctorView() override;

    void start(const account::AccountSettings& settings, const QString& password);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_check != nullptr; }
    [[nodiscard]] bool succeeded() const { return m_outcome && m_outcome->ok; }
    [[nodiscard]] const std::optional<doctor::ConnectionCheck::Outcome>& outcome() const
    {
        return m_outcome;
    }
    // The settings last checked, with a certificate pin if the user trusted one.
    [[nodiscard]] const account::AccountSettings& settings() const { return m_settings; }
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
    void onPassed(doctor::ConnectionCheck::Step step, const QString& detail);
    void onFinished(const doctor::ConnectionCheck::Outcome& outcome);
    void trust(const QByteArray& sha256);

    transport::TransportFactory m_transports;
    account::AccountSettings m_settings;
    QString m_password;
    std::unique_ptr<doctor::ConnectionCheck> m_check;
    std::optional<doctor::ConnectionCheck::Outcome> m_outcome;
    QList<QLabel*> m_marks;
    QList<QLabel*> m_details;
    QLabel* m_result = nullptr;
    CertificatePanel* m_certificate = nullptr;
};

} // namespace postbag::ui
