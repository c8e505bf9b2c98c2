// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/OptionsPage.h"

#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/OptionsForm.h"

#include <QVBoxLayout>

namespace postbag::ui {

OptionsPage::OptionsPage(AccountWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("How this account behaves"));
    setSubTitle(
        tr("The defaults are safe; you can change all of this later in the account settings."));
    auto* layout = new QVBoxLayout(this);
    m_form = new OptionsForm(wizard->context().db, this);
    layout->addWidget(m_form);
    layout->addStretch(1);
}

void OptionsPage::initializePage()
{
    m_form->load(m_wizard->draft());
}

bool OptionsPage::validatePage()
{
    m_form->apply(m_wizard->draft());
    return true;
}

int OptionsPage::nextId() const
{
    return AccountWizard::SavePageId;
}

} // namespace postbag::ui
