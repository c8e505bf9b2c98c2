// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountLock.h"
#include "core/account/AccountRepository.h"
#include "core/account/CredentialStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

namespace postbag::account {

// What removing an account came to.
struct RemovalReport
{
    std::optional<Error> error;        // nothing was removed
    qint64 keptFolderId = 0;           // AccountRepository::remove's folder (0: none)
    std::optional<Error> keyringError; // the account is gone, its keyring entry is not
    bool waited = false;               // a sync of the account had to end first

    [[nodiscard]] bool ok() const { return !error; }
};

// Removing an account, one way for the window and the command line. Why: a sync of the account
// (in this process or another on the same profile) may have listed the server and be about to
// delete there; removing the account under it can destroy mail fetched a moment before, on both
// sides. Guarantees: the account is removed only while this object holds its AccountLock, so no
// sync of it runs meanwhile in any process; a sync that holds the lock is first cancelled (when
// `cancelSync` reaches it: the caller's own) and waited for; when it does not end within the
// patience, nothing is removed and the report says MailboxInUse. The keyring entry goes after the
// account, and only when no other account uses it. finished() comes exactly once per start(),
// at once when nothing has to be waited for and the removal is written here. The lock is held
// until the removal is written, wherever that is (the window writes on its writer's thread).
class AccountRemoval : public QObject
{
    Q_OBJECT
public:
    using CancelSync = std::function<void(qint64 accountId)>;
    // Writes AccountRepository::remove somewhere else (e.g. LocalWriter::removeAccount) and calls
    // `done` with its result on this object's thread.
    using Removed = std::function<void(const Result<qint64>& keptFolderId)>;
    using Remove =
        std::function<void(qint64 accountId, AccountRepository::Messages messages, Removed done)>;

    // `keyring` may be null (the entry is then left alone); `cancelSync` may be empty.
    AccountRemoval(store::Database& db, account::CredentialStore* keyring, CancelSync cancelSync,
                   QObject* parent = nullptr);

    void setPatience(std::chrono::milliseconds patience) { m_patience = patience; }
    // Not set: the removal is written here, through `db`.
    void setRemove(Remove remove) { m_remove = std::move(remove); }
    void start(qint64 accountId, account::AccountRepository::Messages messages);

Q_SIGNALS:
    // A sync of the account holds it: cancelled when it is ours, and waited for.
    void waiting(qint64 accountId);
    void finished(const postbag::account::RemovalReport& report);

private:
    void tryLock();
    void removeLocked(std::unique_ptr<AccountLock> lock);
    void removed(const Result<qint64>& keptFolderId);
    void finish();

    store::Database& m_db;
    account::CredentialStore* m_keyring;
    CancelSync m_cancelSync;
    Remove m_remove;
    std::chrono::milliseconds m_patience{std::chrono::seconds(60)};
    account::AccountSettings m_account;
    account::AccountRepository::Messages m_messages = account::AccountRepository::Messages::Delete;
    RemovalReport m_report;
    QTimer m_retry;
    QElapsedTimer m_waitingSince;
};

} // namespace postbag::account
