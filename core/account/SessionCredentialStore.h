// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/CredentialStore.h"

#include <QHash>
#include <QMutex>

namespace postbag::account {

// Passwords the user chose to type once per session (PasswordSource::AskEachSession), for when
// no keyring is reachable or wanted. Why: the sync engine reads every password through the same
// interface; this one simply forgets everything when the app quits. Guarantees: nothing is ever
// written to disk; an unknown account reads as CredentialsUnavailable, which makes the window
// ask for the password. Thread-safe: the window writes what the user typed while the sync
// worker reads.
class SessionCredentialStore final : public CredentialStore
{
public:
    void read(const AccountSettings& account, Done done) override;
    void write(const AccountSettings& account, const QString& secret, StatusDone done) override;
    void erase(const AccountSettings& account, StatusDone done) override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets; // keyed by CredentialStore::keyFor
};

} // namespace postbag::account
