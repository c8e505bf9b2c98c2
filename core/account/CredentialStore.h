// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/common/Result.h"

#include <functional>

namespace postbag::account {

// Where account passwords live. Why an interface: the keyring, a user's password command and a
// session-only memory are interchangeable to sync, and tests use their own.
// Guarantees of every implementation: a secret never reaches the profile database, a log or an
// error text; answers arrive asynchronously (a keyring may prompt the user) and exactly once.
class CredentialStore
{
public:
    using Done = std::function<void(Result<QString>)>;
    using StatusDone = std::function<void(Status)>;
    virtual ~CredentialStore() = default;

    virtual void read(const AccountSettings& account, Done done) = 0;
    virtual void write(const AccountSettings& account, const QString& secret, StatusDone done) = 0;
    virtual void erase(const AccountSettings& account, StatusDone done) = 0;
    // The server refused `secret`, which read() gave. A store that can get a fresh one (an
    // OAuth access token) forgets it and returns true: one more login is then worthwhile. A
    // password is what the user gave, and only the user can change it.
    virtual bool discard(const AccountSettings& account, const QString& secret)
    {
        Q_UNUSED(account);
        Q_UNUSED(secret);
        return false;
    }

    // The keyring entry name for an account: stable across renames of the account.
    [[nodiscard]] static QString keyFor(const AccountSettings& account)
    {
        return account.username + u'@' + account.host + u':' + QString::number(account.port);
    }
};

} // namespace postbag::account
