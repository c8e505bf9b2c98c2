// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QGroupBox;

namespace postbag::ui {

class AccountWizard;
class OutgoingServerForm;
class ServerForm;

// The settings by hand: server, port, security, authentication, user name, each validated inline;
// below them the outgoing server (checked unless the user turns sending off for now).
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
    OutgoingServerForm* outgoingForm() const { return m_outgoingForm; }
    // Checked: the account gets the outgoing server below.
    QGroupBox* outgoingGroup() const { return m_outgoing; }

private:
    AccountWizard* m_wizard;
    ServerForm* m_form = nullptr;
    QGroupBox* m_outgoing = nullptr;
    OutgoingServerForm* m_outgoingForm = nullptr;
};

} // namespace postbag::ui
