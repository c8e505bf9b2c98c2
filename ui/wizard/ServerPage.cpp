// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ServerPage.h"

#include "core/autoconfig/ServerCandidate.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/OutgoingServerForm.h"
#include "ui/wizard/ServerForm.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace postbag::ui {

ServerPage::ServerPage(AccountWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Server settings"));
    setSubTitle(tr("Your provider's help pages list these under POP3 and SMTP. SSL/TLS on port 995 "
                   "(incoming) and 465 (outgoing) is the usual choice."));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_form = new ServerForm(content);
    layout->addWidget(m_form);
    m_outgoing = new QGroupBox(tr("Outgoin&g server (SMTP), for sending"), content);
    m_outgoing->setCheckable(true);
    auto* outgoingLayout = new QVBoxLayout(m_outgoing);
    m_outgoingForm = new OutgoingServerForm(m_outgoing);
    outgoingLayout->addWidget(m_outgoingForm);
    layout->addWidget(m_outgoing);
    layout->addStretch(1);
    scrolledLayout(this, content);
    connect(m_form, &ServerForm::changed, this, &QWizardPage::completeChanged);
    connect(m_outgoingForm, &OutgoingServerForm::changed, this, &QWizardPage::completeChanged);
    connect(m_outgoing, &QGroupBox::toggled, this, &QWizardPage::completeChanged);
}

void ServerPage::initializePage()
{
    m_form->load(m_wizard->draft());
    account::OutgoingServer outgoing;
    if (m_wizard->outgoing()) {
        outgoing = *m_wizard->outgoing();
    } else {
        // The most common name; the check on the next page tells whether it is right.
        outgoing.host = QStringLiteral("smtp.") + autoconfig::domainOf(m_wizard->draft().address);
    }
    m_outgoingForm->load(outgoing);
    m_outgoing->setChecked(true);
}

bool ServerPage::isComplete() const
{
    return m_form->isValid() && (!m_outgoing->isChecked() || m_outgoingForm->isValid());
}

bool ServerPage::validatePage()
{
    m_form->apply(m_wizard->draft());
    if (!m_outgoing->isChecked()) {
        m_wizard->outgoing().reset();
        m_wizard->setOutgoingPassword(QString());
        return true;
    }
    account::OutgoingServer server = m_wizard->outgoing().value_or(account::OutgoingServer{});
    m_outgoingForm->apply(server);
    m_wizard->outgoing() = server;
    m_wizard->setOutgoingPassword(m_outgoingForm->password());
    return true;
}

int ServerPage::nextId() const
{
    return AccountWizard::CheckPageId;
}

} // namespace postbag::ui
