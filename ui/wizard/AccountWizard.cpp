// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/AccountWizard.h"

#include "core/account/CredentialStore.h"
#include "ui/wizard/CheckPage.h"
#include "ui/wizard/DetectPage.h"
#include "ui/wizard/IdentityPage.h"
#include "ui/wizard/OptionsPage.h"
#include "ui/wizard/SavePage.h"
#include "ui/wizard/ServerPage.h"

namespace postbag::ui {

AccountWizard::AccountWizard(AccountSetupContext context, QWidget* parent)
    : QWizard(parent), m_context(std::move(context))
{
    setWindowTitle(tr("Add a Mail Account"));
    setObjectName(QStringLiteral("AccountWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(IdentityPageId, new IdentityPage(this));
    setPage(DetectPageId, new DetectPage(this));
    setPage(ServerPageId, new ServerPage(this));
    setPage(CheckPageId, new CheckPage(this));
    setPage(OptionsPageId, new OptionsPage(this));
    setPage(SavePageId, new SavePage(this));
    setStartId(IdentityPageId);
    resize(640, 520);
}

AccountWizard::~AccountWizard() = default;

void AccountWizard::done(int result)
{
    if (result != QDialog::Accepted && m_keyringWritten && m_created == 0 && m_context.keyring) {
        // The account was not created: its password must not stay behind in the keyring.
        m_context.keyring->erase(m_draft, [](const Status&) {});
        m_keyringWritten = false;
    }
    QWizard::done(result);
    // A Finish whose last page refused (the account could not be saved) leaves the wizard open.
    m_finished = result != QDialog::Accepted || m_created != 0;
}

} // namespace postbag::ui
