// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/CredentialStore.h"

#include <QMutex>
#include <QSet>
#include <memory>

class QProcess;

namespace postbag::account {

// The password is the first line a user command prints, as msmtp's passwordeval and mbsync's
// PassCmd do (e.g. `pass show mail/work`). Read-only: the user's tool owns the secret.
// Guarantees: the command runs through /bin/sh without a terminal, with a time limit after which
// it is killed with every process it started (ProcessTree); a failing command is
// CredentialsUnavailable with its exit status, never its output; a command printing more than
// 64 KiB is stopped there with the same error (its output is never buffered beyond that). A command
// still running when the store goes (the sync that asked already ended, the program quits) is
// killed the same way.
class CommandCredentialStore final : public CredentialStore
{
public:
    explicit CommandCredentialStore(int timeoutMs = 30000) : m_timeoutMs(timeoutMs) {}
    ~CommandCredentialStore() override;
    CommandCredentialStore(const CommandCredentialStore&) = delete;
    CommandCredentialStore& operator=(const CommandCredentialStore&) = delete;
    void read(const AccountSettings& account, Done done) override;
    void write(const AccountSettings& account, const QString& secret, StatusDone done) override;
    void erase(const AccountSettings& account, StatusDone done) override;

    // The commands still running (their answers may come on another thread).
    struct Running
    {
        QMutex lock;
        QSet<QProcess*> processes;
    };

private:
    int m_timeoutMs;
    std::shared_ptr<Running> m_running = std::make_shared<Running>();
};

} // namespace postbag::account
