// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QLockFile>
#include <QString>
#include <memory>

namespace postbag::account {

// One sync per account at a time, across processes: the window and a cron "postbag sync" on the
// same profile. Why: two at once download the same new mail twice (messages without a
// Message-ID are stored twice) and one's UIDL record can bring back what the other's user
// deleted meanwhile. Guarantees: acquire() fails with MailboxInUse while another AccountLock
// (this process or another) holds the account; a lock left by a process that died is taken over;
// the lock goes with the object.
class AccountLock
{
public:
    // What the lock guards: downloading (sync, import, removal) or sending the account's outbox,
    // which may run beside a download.
    enum class Purpose
    {
        Download,
        Sending
    };
    // A lock file next to the profile's database file.
    [[nodiscard]] static Result<std::unique_ptr<AccountLock>>
    acquire(const QString& databasePath, qint64 accountId, Purpose purpose = Purpose::Download);

private:
    explicit AccountLock(const QString& path) : m_file(path) {}

    QLockFile m_file;
};

} // namespace postbag::account
