// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/CheckPage.h"

#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/ConnectionDoctorView.h"
#include "ui/wizard/ServerForm.h"
#include "ui/wizard/SourceText.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace postbag::ui {

CheckPage::CheckPage(AccountWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Checking the connection"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_doctor = new ConnectionDoctorView(wizard->context().transports, content);
    layout->addWidget(m_doctor);
    m_outgoingTitle = new QLabel(content);
    m_outgoingTitle->setWordWrap(true);
    m_outgoingTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_outgoingTitle->font();
    bold.setBold(true);
    m_outgoingTitle->setFont(bold);
    layout->addWidget(m_outgoingTitle);
    m_outgoingDoctor = new ConnectionDoctorView(wizard->context().transports, content);
    layout->addWidget(m_outgoingDoctor);
    m_outgoingNote = new QLabel(content);
    m_outgoingNote->setWordWrap(true);
    layout->addWidget(m_outgoingNote);
    layout->addStretch(1);
    QVBoxLayout* page = scrolledLayout(this, content);
    m_again = new QPushButton(tr("Check &again"), this);
    page->addWidget(m_again, 0, Qt::AlignLeft);
    connect(m_again, &QPushButton::clicked, this, [this] { initializePage(); });
    connect(m_doctor, &ConnectionDoctorView::finished, this, [this](bool ok) {
        if (ok && m_wizard->outgoing())
            return startOutgoing();
        m_again->setEnabled(true);
        Q_EMIT completeChanged();
    });
    connect(m_outgoingDoctor, &ConnectionDoctorView::finished, this, [this](bool ok) {
        m_outgoingNote->setText(
            ok ? QString()
               : tr("Unless this is corrected (Back), the account is saved without an outgoing "
                    "server: it receives mail, and you can add the outgoing server later in its "
                    "settings."));
        m_again->setEnabled(true);
        Q_EMIT completeChanged();
    });
    connect(m_doctor, &ConnectionDoctorView::certificateTrusted, this,
            [this](const QByteArray& sha256) {
                m_wizard->draft().pinnedSha256 = sha256;
                m_again->setEnabled(false);
                Q_EMIT completeChanged();
            });
    connect(m_outgoingDoctor, &ConnectionDoctorView::certificateTrusted, this,
            [this](const QByteArray& sha256) {
                if (m_wizard->outgoing())
                    m_wizard->outgoing()->pinnedSha256 = sha256;
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
    m_outgoingDoctor->cancel();
    m_outgoingDoctor->hide();
    m_outgoingNote->clear();
    if (const auto& out = m_wizard->outgoing())
        //: %1 host, %2 port, %3 security such as SSL/TLS
        m_outgoingTitle->setText(tr("Outgoing server: %1, port %2, %3")
                                     .arg(out->host)
                                     .arg(out->port)
                                     .arg(securityText(out->security)));
    else
        m_outgoingTitle->setText(
            tr("No outgoing server: the account receives mail; you can add the outgoing server "
               "later in its settings."));
    m_doctor->start(d, m_wizard->password());
    Q_EMIT completeChanged();
}

void CheckPage::startOutgoing()
{
    m_outgoingDoctor->show();
    const QString own = m_wizard->outgoingPassword();
    m_outgoingDoctor->startOutgoing(*m_wizard->outgoing(), m_wizard->draft(),
                                    own.isEmpty() ? m_wizard->password() : own);
    Q_EMIT completeChanged();
}

void CheckPage::cleanupPage()
{
    m_doctor->cancel();
    m_outgoingDoctor->cancel();
}

QString CheckPage::outgoingText() const
{
    return m_outgoingTitle->text() + u'\n' + m_outgoingDoctor->resultText() + u'\n' +
           m_outgoingNote->text();
}

bool CheckPage::isComplete() const
{
    if (m_doctor->isRunning() || !m_doctor->succeeded())
        return false;
    return !m_wizard->outgoing() ||
           (!m_outgoingDoctor->isRunning() &&
            (m_outgoingDoctor->succeeded() || m_outgoingDoctor->outgoingOutcome().has_value()));
}

bool CheckPage::validatePage()
{
    m_wizard->setOutgoingVerified(m_wizard->outgoing() && m_outgoingDoctor->succeeded());
    return true;
}

int CheckPage::nextId() const
{
    return AccountWizard::OptionsPageId;
}

} // namespace postbag::ui
