// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/CredentialStore.h"

namespace postbag::account {

// Passwords in the desktop keyring (Secret Service, KWallet) through QtKeychain.
// No keyring reachable is reported as CredentialsUnavailable so the UI can offer alternatives.
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("Postbag"))
        : m_service(std::move(service))
    {
    }
    void read(const AccountSettings& account, Done done) override;
    void write(const AccountSettings& account, const QString& secret, StatusDone done) override;
    void erase(const AccountSettings& account, StatusDone done) override;

private:
    QString m_service;
};

} // namespace postbag::account
