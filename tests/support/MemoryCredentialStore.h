// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/CredentialStore.h"

#include <QHash>
#include <QList>
#include <algorithm>
#include <functional>
#include <utility>

namespace postbag::testing {

// Passwords in memory, for tests only (never linked into the product). Counts reads so tests can
// prove that a temporary server failure did not make sync ask for the password again, and can
// hold its answers back like a keyring waiting for the user to unlock it.
class MemoryCredentialStore final : public account::CredentialStore
{
public:
    QHash<QString, QString> secrets;
    int reads = 0;
    bool holdReads = false; // read() answers only at releaseReads()
    bool refuseWrites = false; // like a locked keyring whose unlock prompt was dismissed
    bool holdWrites = false;   // write() takes effect and answers only at releaseWrites()

    void read(const account::AccountSettings& a, Done done) override
    {
        ++reads;
        const auto it = secrets.constFind(keyFor(a));
        const Result<QString> answer =
            it == secrets.constEnd()
                ? Result<QString>(
                      Error::make(ErrorCode::CredentialsUnavailable, QStringLiteral("no secret")))
                : Result<QString>(*it);
        if (holdReads)
            return m_held.append([done, answer] { done(answer); });
        done(answer);
    }
    [[nodiscard]] qsizetype heldReads() const { return m_held.size(); }
    void releaseReads()
    {
        for (const auto& answer : std::exchange(m_held, {}))
            answer();
    }
    void write(const account::AccountSettings& a, const QString& secret, StatusDone done) override
    {
        if (refuseWrites)
            return done(Error::make(ErrorCode::CredentialsNotStored, QStringLiteral("locked")));
        auto apply = [this, key = keyFor(a), secret, done] {
            secrets.insert(key, secret);
            done(Ok{});
        };
        if (holdWrites)
            return m_heldWrites.append(apply);
        apply();
    }
    [[nodiscard]] qsizetype heldWrites() const { return m_heldWrites.size(); }
    // In the order they were made, as a keyring usually does them, or the newest first.
    void releaseWrites(bool newestFirst = false)
    {
        auto writes = std::exchange(m_heldWrites, {});
        if (newestFirst)
            std::reverse(writes.begin(), writes.end());
        for (const auto& write : std::as_const(writes))
            write();
    }
    void erase(const account::AccountSettings& a, StatusDone done) override
    {
        secrets.remove(keyFor(a));
        done(Ok{});
    }

private:
    QList<std::function<void()>> m_held;
    QList<std::function<void()>> m_heldWrites;
};

} // namespace postbag::testing
