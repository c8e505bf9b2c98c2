// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

namespace postbag::ui {

class AccountWizard;
class OptionsForm;

// What stays on the server, how often to check, the size limit and the Inbox, with defaults that
// keep every message safe (leave on server) and one sentence each on what they mean.
class OptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OptionsPage(AccountWizard* wizard);

    void initializePage() override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;
    OptionsForm* form() const { return m_form; }

private:
    AccountWizard* m_wizard;
    OptionsForm* m_form = nullptr;
};

} // namespace postbag::ui
