// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/CheckPage.h"

#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/ConnectionDoctorView.h"
#include "ui/wizard/SourceText.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace postbag::ui {

CheckPage::CheckPage(AccountWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Checking the connection"));
    auto* layout = new QVBoxLayout(this);
    m_doctor = new ConnectionDoctorView(wizard->context().transports, this);
    layout->addWidget(m_doctor, 1);
    m_again = new QPushButton(tr("Check &again"), this);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    connect(m_again, &QPushButton::clicked, this, [this] { initializePage(); });
    connect(m_doctor, &ConnectionDoctorView::finished, this, [this](bool) {
        m_again->setEnabled(true);
        Q_EMIT completeChanged();
    });
    connect(m_doctor, &ConnectionDoctorView::certificateTrusted, this,
            [this](const QByteArray& sha256) {
                m_wizard->draft().pinnedSha256 = sha256;
                m_again->setEnabled(false);
                Q_EMIT completeChanged();
            });
}

void CheckPage::initializePage()
{
    const account::AccountSettings& d = m_wizard->draft();
    //: %1 host, %2 port, %3 security such as SSL/TLS
    setSubTitle(tr("%1, port %2, %3. Go back to change the settings.")
                    .arg(d.host)
                    .arg(d.port)
                    .arg(securityText(d.security)));
    m_again->setEnabled(false);
    m_doctor->start(d, m_wizard->password());
    Q_EMIT completeChanged();
}

void CheckPage::cleanupPage()
{
    m_doctor->cancel();
}

bool CheckPage::isComplete() const
{
    return !m_doctor->isRunning() && m_doctor->succeeded();
}

int CheckPage::nextId() const
{
    return AccountWizard::OptionsPageId;
}

} // namespace postbag::ui
