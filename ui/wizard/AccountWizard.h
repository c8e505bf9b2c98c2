// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/account/OutgoingServer.h"
#include "ui/wizard/AccountSetupContext.h"

#include <QWizard>

namespace postbag::ui {

// From an address and a password to a working account with the fewest questions: find the
// settings of the incoming and the outgoing server (showing where they came from before any
// password is sent), or take them by hand; check both connections step by step (trusting a
// certificate pins it); choose what stays on the server; save the account with its identity and
// outgoing server and put the password in the keyring (or, without a keyring, ask once per
// session or use a password command). Guarantees: nothing is saved before Finish; a password
// written to the keyring for an account that is then not created is erased again; the password
// never reaches the profile.
class AccountWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        IdentityPageId,
        DetectPageId,
        ServerPageId,
        CheckPageId,
        OptionsPageId,
        SavePageId
    };

    explicit AccountWizard(AccountSetupContext context, QWidget* parent = nullptr);
    ~AccountWizard() override;

    [[nodiscard]] const AccountSetupContext& context() const { return m_context; }
    [[nodiscard]] account::AccountSettings& draft() { return m_draft; }
    // The outgoing server to save with the account; none: the account only receives for now.
    [[nodiscard]] std::optional<account::OutgoingServer>& outgoing() { return m_outgoing; }
    // The outgoing server's own password, when it has a login of its own.
    [[nodiscard]] QString outgoingPassword() const { return m_outgoingPassword; }
    void setOutgoingPassword(const QString& password) { m_outgoingPassword = password; }
    // Set by the check page: the outgoing server passed its check, so it is saved.
    [[nodiscard]] bool outgoingVerified() const { return m_outgoingVerified; }
    void setOutgoingVerified(bool verified) { m_outgoingVerified = verified; }
    [[nodiscard]] QString password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }
    // Set by the save page once the password is in the keyring (so a cancel can erase it again).
    void setKeyringWritten(bool written) { m_keyringWritten = written; }
    [[nodiscard]] qint64 createdAccountId() const { return m_created; }
    void setCreatedAccountId(qint64 id) { m_created = id; }
    // Finished, cancelled or closed: nothing is created any more.
    [[nodiscard]] bool hasFinished() const { return m_finished; }

    void done(int result) override;

Q_SIGNALS:
    void accountCreated(qint64 accountId);

private:
    AccountSetupContext m_context;
    account::AccountSettings m_draft;
    std::optional<account::OutgoingServer> m_outgoing;
    QString m_password;
    QString m_outgoingPassword;
    bool m_outgoingVerified = false;
    bool m_keyringWritten = false;
    qint64 m_created = 0;
    bool m_finished = false;
};

} // namespace postbag::ui
