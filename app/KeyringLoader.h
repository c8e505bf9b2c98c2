// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/CredentialStore.h"

#include <memory>

namespace postbag::app {

// The command line's keyring: the keyring module (see KeyringModule.h) loaded the first time a
// password is read, written or erased, and used from then on. Guarantees: a command that never
// touches the keyring never loads it; a missing or broken module answers every request with
// CredentialsUnavailable (CredentialsNotStored for a write), naming where it looked, like a
// keyring that cannot be reached.
class KeyringLoader final : public account::CredentialStore
{
public:
    KeyringLoader();
    ~KeyringLoader() override;
    void read(const account::AccountSettings& account, Done done) override;
    void write(const account::AccountSettings& account, const QString& secret,
               StatusDone done) override;
    void erase(const account::AccountSettings& account, StatusDone done) override;

private:
    account::CredentialStore* store();
    [[nodiscard]] Error unavailable(ErrorCode code = ErrorCode::CredentialsUnavailable) const;

    std::unique_ptr<account::CredentialStore> m_store;
    QString m_problem;
};

} // namespace postbag::app
