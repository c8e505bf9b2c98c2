// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ServerPage.h"

#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/ServerForm.h"

#include <QVBoxLayout>

namespace postbag::ui {

ServerPage::ServerPage(AccountWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Server settings"));
    setSubTitle(
        tr("Your provider's help pages list these under POP3. SSL/TLS on port 995 is the usual "
           "choice."));
    auto* layout = new QVBoxLayout(this);
    m_form = new ServerForm(this);
    layout->addWidget(m_form);
    layout->addStretch(1);
    connect(m_form, &ServerForm::changed, this, &QWizardPage::completeChanged);
}

void ServerPage::initializePage()
{
    m_form->load(m_wizard->draft());
}

bool ServerPage::isComplete() const
{
    return m_form->isValid();
}

bool ServerPage::validatePage()
{
    m_form->apply(m_wizard->draft());
    return true;
}

int ServerPage::nextId() const
{
    return AccountWizard::CheckPageId;
}

} // namespace postbag::ui
