// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

namespace postbag::ui {

class AccountWizard;
class ServerForm;

// The settings by hand: server, port, security, authentication, user name, each validated inline.
class ServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServerPage(AccountWizard* wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;
    ServerForm* form() const { return m_form; }

private:
    AccountWizard* m_wizard;
    ServerForm* m_form = nullptr;
};

} // namespace postbag::ui
