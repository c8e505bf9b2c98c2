// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outbox/SubmissionSource.h"

#include "core/account/AccountRepository.h"
#include "core/store/IdentityStore.h"

#include <memory>

namespace postbag::outbox {

namespace {
transport::Security transportSecurity(account::Security security)
{
    switch (security) {
    case account::Security::None:
        return transport::Security::None;
    case account::Security::StartTls:
        return transport::Security::StartTls;
    case account::Security::ImplicitTls:
        return transport::Security::ImplicitTls;
    }
    return transport::Security::ImplicitTls;
}

auth::AuthMethod submissionMethod(account::AuthPreference preference)
{
    switch (preference) {
    case account::AuthPreference::CramMd5:
        return auth::AuthMethod::CramMd5;
    case account::AuthPreference::Plain:
        return auth::AuthMethod::Plain;
    case account::AuthPreference::Login:
        return auth::AuthMethod::Login;
    // USER/PASS and APOP are POP3's: the submission server chooses among its own.
    case account::AuthPreference::UserPass:
    case account::AuthPreference::Apop:
    case account::AuthPreference::OAuth2:
    case account::AuthPreference::Automatic:
        return auth::AuthMethod::Automatic;
    }
    return auth::AuthMethod::Automatic;
}
} // namespace

SubmissionSource::SubmissionSource(store::Database& db, CredentialStores credentials)
    : m_db(db), m_credentials(std::move(credentials))
{
}

Submission SubmissionSource::submissionFor(const account::AccountSettings& account,
                                           const account::OutgoingServer& server,
                                           const QString& secret)
{
    Submission s;
    s.endpoint.host = server.host;
    s.endpoint.port = server.port;
    s.endpoint.security = transportSecurity(server.security);
    s.endpoint.pinnedSha256 = server.pinnedSha256;
    const bool oauth = server.auth == account::AuthPreference::OAuth2 ||
                       (server.auth == account::AuthPreference::Automatic &&
                        account.auth == account::AuthPreference::OAuth2);
    s.options.credentials.user = server.effectiveUsername(account);
    s.options.credentials.secret = secret;
    s.options.credentials.isOAuthToken = oauth;
    s.options.credentials.host = server.host;
    s.options.credentials.port = server.port;
    s.options.auth.preference = submissionMethod(server.auth);
    s.options.auth.allowInsecure = server.allowInsecureAuth;
    s.options.auth.oauth = oauth;
    return s;
}

void SubmissionSource::prepare(qint64 accountId, std::function<void(Status)> done)
{
    const auto account = account::AccountRepository(m_db).byId(accountId);
    if (!account) {
        done(account.error());
        return;
    }
    const auto rows = store::IdentityStore(m_db).servers(accountId);
    if (!rows) {
        done(rows.error());
        return;
    }
    account::CredentialStore* store = m_credentials(account->passwordSource);
    // What is still to come, shared by the answers; the first failure is the one reported.
    struct Pending
    {
        int left = 0;
        Status first = Ok{};
        std::function<void(Status)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = int(rows->size()) + 1; // +1 until every read has started
    pending->done = std::move(done);
    const auto settle = [pending](const Status& s) {
        if (!s && pending->first)
            pending->first = s;
        if (--pending->left == 0)
            pending->done(pending->first);
    };
    for (const store::OutgoingServerRow& row : rows.value()) {
        const auto server = account::OutgoingServer::fromJson(row.settings);
        if (!server || !store) {
            const Error e =
                server ? Error::make(ErrorCode::CredentialsUnavailable) : server.error();
            m_secrets.insert(row.id, e);
            settle(e);
            continue;
        }
        const qint64 id = row.id;
        store->read(server->credentialAccount(account.value()),
                    [this, id, settle](Result<QString> secret) {
                        const Status s = secret ? Status(Ok{}) : Status(secret.error());
                        m_secrets.insert(id, std::move(secret));
                        settle(s);
                    });
    }
    settle(Ok{});
}

SubmissionResolver SubmissionSource::resolver()
{
    return [this](qint64 accountId, qint64 serverId) { return resolve(accountId, serverId); };
}

Result<Submission> SubmissionSource::resolve(qint64 accountId, qint64 serverId)
{
    account::AccountRepository repo(m_db);
    const auto account = repo.byId(accountId);
    if (!account)
        return account.error();
    if (serverId == 0) {
        const auto identity = store::IdentityStore(m_db).defaultOf(accountId);
        serverId = identity ? identity->outgoingServerId : 0;
    }
    if (serverId == 0)
        return Error::make(ErrorCode::NoOutgoingServer, account->name);
    const auto server = repo.outgoingServer(accountId, serverId);
    if (!server)
        return server.error();
    if (!server->has_value())
        return Error::make(ErrorCode::NoOutgoingServer, account->name);
    const auto secret = m_secrets.constFind(serverId);
    if (secret == m_secrets.constEnd())
        return Error::make(ErrorCode::CredentialsUnavailable);
    if (!secret.value())
        return secret.value().error();
    return submissionFor(account.value(), *server.value(), secret.value().value());
}

} // namespace postbag::outbox
