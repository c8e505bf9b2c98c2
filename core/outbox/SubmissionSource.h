// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/account/CredentialStore.h"
#include "core/account/OutgoingServer.h"
#include "core/outbox/OutboxSender.h"

#include <QHash>
#include <functional>

namespace postbag::store {
class Database;
}

namespace postbag::outbox {

// The product's SubmissionResolver: an account's outgoing servers as the account repository keeps
// them, with their passwords from the account's credential store (the POP3 keyring entry when the
// login is the POP3 one, an entry of the server's own otherwise: OutgoingServer::
// credentialAccount). Why a class: credential stores answer asynchronously (a keyring may ask the
// user), while OutboxSender resolves synchronously between two messages, so the passwords are read
// first, by prepare(). Guarantees: prepare() answers exactly once; resolver() never waits and
// never guesses: an account without an outgoing server is NoOutgoingServer, a password that was
// not read is the read's error (CredentialsUnavailable when prepare() was not called); passwords
// live only in memory, for this object's lifetime, which must cover the resolver's.
class SubmissionSource
{
public:
    // The store that holds an account's passwords, by where they come from; nullptr: none.
    using CredentialStores = std::function<account::CredentialStore*(account::PasswordSource)>;

    SubmissionSource(store::Database& db, CredentialStores credentials);

    // Reads the passwords of the account's outgoing servers; `done` gets the first failure
    // (also kept for resolver()), or Ok once all are in, or at once when it has no server.
    void prepare(qint64 accountId, std::function<void(Status)> done);
    [[nodiscard]] SubmissionResolver resolver();

    // The endpoint and login to submit through `server` for `account` with `secret`.
    [[nodiscard]] static Submission submissionFor(const account::AccountSettings& account,
                                                  const account::OutgoingServer& server,
                                                  const QString& secret);

private:
    [[nodiscard]] Result<Submission> resolve(qint64 accountId, qint64 serverId);

    store::Database& m_db;
    CredentialStores m_credentials;
    QHash<qint64, Result<QString>> m_secrets; // by outgoing server id
};

} // namespace postbag::outbox
