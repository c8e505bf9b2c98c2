// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/CredentialStore.h"

#include <QHash>

namespace postbag::testing {

// Passwords in memory, for tests only (never linked into the product). Counts reads so tests can
// prove that a temporary server failure did not make sync ask for the password again.
class MemoryCredentialStore final : public account::CredentialStore
{
public:
    QHash<QString, QString> secrets;
    int reads = 0;

    void read(const account::AccountSettings& a, Done done) override
    {
        ++reads;
        const auto it = secrets.constFind(keyFor(a));
        if (it == secrets.constEnd())
            return done(Error::make(ErrorCode::CredentialsUnavailable, QStringLiteral("no secret")));
        done(*it);
    }
    void write(const account::AccountSettings& a, const QString& secret, StatusDone done) override
    {
        secrets.insert(keyFor(a), secret);
        done(Ok{});
    }
    void erase(const account::AccountSettings& a, StatusDone done) override
    {
        secrets.remove(keyFor(a));
        done(Ok{});
    }
};

} // namespace postbag::testing
