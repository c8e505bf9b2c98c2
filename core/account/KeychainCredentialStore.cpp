// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

namespace postbag::account {

namespace {
Error keychainError(const QKeychain::Job& job, ErrorCode code = ErrorCode::CredentialsUnavailable)
{
    // The keyring's own words are kept for details; they never contain the secret.
    return Error::make(
        code, QStringLiteral("keyring error %1: %2").arg(int(job.error())).arg(job.errorString()));
}
} // namespace

void KeychainCredentialStore::read(const AccountSettings& account, Done done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(keyFor(account));
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError)
            return done(keychainError(*j));
        done(static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
    });
    job->start();
}

void KeychainCredentialStore::write(const AccountSettings& account, const QString& secret, StatusDone done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(keyFor(account));
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError)
            return done(keychainError(*j, ErrorCode::CredentialsNotStored));
        done(Ok{});
    });
    job->start();
}

void KeychainCredentialStore::erase(const AccountSettings& account, StatusDone done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(keyFor(account));
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return done(keychainError(*j));
        done(Ok{});
    });
    job->start();
}

} // namespace postbag::account
