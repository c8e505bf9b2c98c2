// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/CertificateInfo.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace postbag::ui {

// Shows a certificate the system does not trust (subject, issuer, validity, SHA-256 fingerprint
// and what is wrong with it) and offers to trust exactly that certificate for one account.
// Guarantees: trusting pins the fingerprint shown, nothing broader (no CA, no host-wide exception).
class CertificatePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit CertificatePanel(QWidget* parent = nullptr);

    void present(const CertificateInfo& certificate);
    [[nodiscard]] QString text() const; // what is shown, for tests and accessibility
    QPushButton* trustButton() const { return m_trust; }

Q_SIGNALS:
    void trustRequested(const QByteArray& sha256);

private:
    QLabel* m_details = nullptr;
    QPushButton* m_trust = nullptr;
    QByteArray m_sha256;
};

// One sentence per verification error name from CertificateInfo::errors.
[[nodiscard]] QString certificateProblemText(const QString& errorName);

} // namespace postbag::ui
