// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/AccountLock.h"

namespace postbag::account {

Result<std::unique_ptr<AccountLock>> AccountLock::acquire(const QString& databasePath,
                                                          qint64 accountId, Purpose purpose)
{
    const QString name = purpose == Purpose::Download ? QStringLiteral(".sync-%1.lock")
                                                      : QStringLiteral(".send-%1.lock");
    std::unique_ptr<AccountLock> lock(new AccountLock(databasePath + name.arg(accountId)));
    lock->m_file.setStaleLockTime(0); // only a dead owner makes it stale, never its age
    if (lock->m_file.tryLock(0))
        return lock;
    // No server text: the error text would quote it as the server's words.
    if (lock->m_file.error() == QLockFile::LockFailedError)
        return Error::make(ErrorCode::MailboxInUse);
    return Error::make(ErrorCode::StorageFailed,
                       QStringLiteral("cannot make the lock file next to ") + databasePath);
}

} // namespace postbag::account
