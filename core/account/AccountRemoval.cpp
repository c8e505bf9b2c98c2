// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/AccountRemoval.h"

#include "core/store/Database.h"

#include <QPointer>

namespace postbag::account {

namespace {
// How often the lock is tried again while a sync ends (QLockFile has no change notification).
constexpr auto kRetryInterval = std::chrono::milliseconds(50);
} // namespace

AccountRemoval::AccountRemoval(store::Database& db, account::CredentialStore* keyring,
                               CancelSync cancelSync, QObject* parent)
    : QObject(parent), m_db(db), m_keyring(keyring), m_cancelSync(std::move(cancelSync))
{
    m_retry.setInterval(kRetryInterval);
    connect(&m_retry, &QTimer::timeout, this, &AccountRemoval::tryLock);
}

void AccountRemoval::start(qint64 accountId, account::AccountRepository::Messages messages)
{
    m_report = {};
    m_messages = messages;
    auto account = account::AccountRepository(m_db).byId(accountId);
    if (!account) {
        m_report.error = account.error();
        return finish();
    }
    m_account = account.value();
    tryLock();
}

void AccountRemoval::tryLock()
{
    auto lock = AccountLock::acquire(m_db.path(), m_account.id);
    if (lock)
        return removeLocked(std::move(lock).value());
    if (lock.error().code != ErrorCode::MailboxInUse) {
        m_report.error = lock.error();
        return finish();
    }
    if (!m_report.waited) {
        m_report.waited = true;
        m_waitingSince.start();
        Q_EMIT waiting(m_account.id);
        if (m_cancelSync)
            m_cancelSync(m_account.id);
        m_retry.start();
        return;
    }
    if (std::chrono::milliseconds(m_waitingSince.elapsed()) >= m_patience) {
        m_report.error = lock.error();
        finish();
    }
}

void AccountRemoval::removeLocked(std::unique_ptr<AccountLock> lock)
{
    m_retry.stop();
    // Held until the removal is written, even if this object goes first.
    std::shared_ptr<AccountLock> held(std::move(lock));
    Removed done = [self = QPointer(this), held](const Result<qint64>& keptFolderId) mutable {
        held.reset(); // a sync that starts now finds no account
        if (self)
            self->removed(keptFolderId);
    };
    if (m_remove)
        return m_remove(m_account.id, m_messages, std::move(done));
    done(account::AccountRepository(m_db).remove(m_account.id, m_messages));
}

void AccountRemoval::removed(const Result<qint64>& keptFolderId)
{
    if (!keptFolderId) {
        m_report.error = keptFolderId.error();
        return finish();
    }
    m_report.keptFolderId = keptFolderId.value();
    const auto shared = account::AccountRepository(m_db).keyringEntryShared(m_account);
    if (!m_keyring || m_account.passwordSource != account::PasswordSource::Keyring ||
        !shared.ok() || shared.value())
        return finish();
    m_keyring->erase(m_account, [self = QPointer(this)](const Status& erased) {
        if (!self)
            return;
        if (!erased)
            self->m_report.keyringError = erased.error();
        self->finish();
    });
}

void AccountRemoval::finish()
{
    m_retry.stop();
    Q_EMIT finished(m_report);
}

} // namespace postbag::account
