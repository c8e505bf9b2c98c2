// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncRunner.h"

#include "core/account/AccountRepository.h"
#include "core/common/PrivateFiles.h"

#include <QPointer>

namespace postbag::sync {

namespace {
transport::Security toPop3(account::Security s)
{
    switch (s) {
    case account::Security::None:
        return transport::Security::None;
    case account::Security::StartTls:
        return transport::Security::StartTls;
    case account::Security::ImplicitTls:
        return transport::Security::ImplicitTls;
    }
    return transport::Security::ImplicitTls;
}

pop3::AuthMethod toPop3(account::AuthPreference p)
{
    switch (p) {
    case account::AuthPreference::Automatic:
    case account::AuthPreference::OAuth2:
        return pop3::AuthMethod::Automatic;
    case account::AuthPreference::UserPass:
        return pop3::AuthMethod::UserPass;
    case account::AuthPreference::Apop:
        return pop3::AuthMethod::Apop;
    case account::AuthPreference::CramMd5:
        return pop3::AuthMethod::CramMd5;
    case account::AuthPreference::Plain:
        return pop3::AuthMethod::Plain;
    case account::AuthPreference::Login:
        return pop3::AuthMethod::Login;
    }
    return pop3::AuthMethod::Automatic;
}
} // namespace

SyncRunner::SyncRunner(store::Database& db, TransportFactory transports, QObject* parent)
    : QObject(parent), m_db(db), m_transports(std::move(transports)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

SyncRunner::~SyncRunner() = default;

void SyncRunner::setCredentialStore(account::PasswordSource source, account::CredentialStore* store)
{
    m_credentials.insert(int(source), store);
}

SyncRequest SyncRunner::requestFor(const account::AccountSettings& a, qint64 folderId, const QString& secret)
{
    SyncRequest r;
    r.accountId = a.id;
    r.folderId = folderId;
    r.endpoint.host = a.host;
    r.endpoint.port = a.port;
    r.endpoint.security = toPop3(a.security);
    r.endpoint.pinnedSha256 = a.pinnedSha256;
    r.login.credentials.user = a.username;
    r.login.credentials.secret = secret;
    r.login.credentials.isOAuthToken = a.auth == account::AuthPreference::OAuth2;
    r.login.auth.preference = toPop3(a.auth);
    r.login.auth.allowInsecure = a.allowInsecureAuth;
    r.login.auth.oauth = a.auth == account::AuthPreference::OAuth2;
    r.policy = {a.leaveOnServer, a.deleteAfterDays, a.deleteWhenDeletedLocally};
    r.sizeLimitBytes = a.sizeLimitBytes;
    return r;
}

void SyncRunner::run(const QList<account::AccountSettings>& accounts)
{
    QList<account::AccountSettings> todo;
    for (const account::AccountSettings& a : accounts) {
        if (!m_active.contains(a.id) && a.enabled)
            todo.append(a);
    }
    if (todo.isEmpty() && m_running == 0) {
        Q_EMIT finished();
        return;
    }
    m_running += int(todo.size());
    for (const account::AccountSettings& a : std::as_const(todo))
        m_active.insert(a.id);
    for (const account::AccountSettings& a : std::as_const(todo))
        startAccount(a);
}

void SyncRunner::startAccount(const account::AccountSettings& account)
{
    const bool oauth = account.auth == account::AuthPreference::OAuth2;
    account::CredentialStore* credentials =
        oauth ? m_oauthTokens : m_credentials.value(int(account.passwordSource));
    if (oauth && !m_oauthRuns.contains(account.id))
        m_oauthRuns.insert(account.id, {account, {}, false});
    if (!credentials) {
        SyncReport r;
        r.error = Error::make(ErrorCode::CredentialsUnavailable, QStringLiteral("no password source"));
        return finishAccount(account.id, r);
    }
    // Another process (the window, a cron "postbag sync") syncing this account: not twice. Taken
    // before the account is read: a removal (AccountRemoval, which holds the lock) is then over.
    auto lock = account::AccountLock::acquire(m_db.path(), account.id);
    if (!lock.ok()) {
        SyncReport r;
        r.error = lock.error();
        return finishAccount(account.id, r);
    }
    m_locks[account.id] = std::move(lock).value();
    // Where its mail goes is read now: the settings given may be older than the store (another
    // process removed the folder it delivered to, which sends the mail to its own Inbox).
    auto current = account::AccountRepository(m_db).byId(account.id);
    if (!current.ok()) {
        SyncReport r;
        r.error = current.error();
        return finishAccount(account.id, r);
    }
    auto folder = account::AccountRepository(m_db).inboxOf(current.value());
    if (!folder.ok()) {
        SyncReport r;
        r.error = folder.error();
        return finishAccount(account.id, r);
    }
    // The job connects while the password is looked up (a keyring may ask the user to unlock
    // it; a password command may decrypt a file): it waits at authentication, not before.
    SyncRequest request = requestFor(account, folder.value(), QString());
    request.login.secretPending = true;
    request.clock = m_clock;
    request.completeBodies = m_completions.take(account.id);
    if (account.protocolLog && !m_logDir.isEmpty()) {
        auto log = std::make_unique<ProtocolLog>();
        if (PrivateFiles::makeFolder(m_logDir) &&
            log->addFileSink(m_logDir + QStringLiteral("/pop3-%1.log").arg(account.id)))
            request.protocolLog = log.get();
        m_logs[account.id] = std::move(log);
    }
    auto job = std::make_unique<SyncJob>(m_db, m_transports, std::move(request));
    const qint64 id = account.id;
    connect(job.get(), &SyncJob::progress, this,
            [this, id](const SyncProgress& p) { Q_EMIT accountProgress(id, p); });
    connect(job.get(), &SyncJob::finished, this,
            [this, id](const SyncReport& r) { finishAccount(id, r); });
    const QPointer<SyncJob> started = job.get();
    m_jobs[id] = std::move(job);
    started->start();
    // Answers after the job ended (it failed to connect, or was cancelled) are dropped.
    credentials->read(account, [this, started, id, oauth](Result<QString> secret) {
        if (!started)
            return;
        if (oauth && secret.ok())
            m_oauthRuns[id].token = secret.value();
        started->provideSecret(std::move(secret));
    });
}

void SyncRunner::finishAccount(qint64 accountId, const SyncReport& report)
{
    // A refused access token may only have been revoked or expired early: once more with a
    // fresh one (never a second time, so a server refusing every token cannot make a loop).
    const auto oauth = m_oauthRuns.find(accountId);
    const bool again = oauth != m_oauthRuns.end() && !oauth->retried && report.error &&
                       report.error->code == ErrorCode::WrongCredentials && m_oauthTokens &&
                       m_oauthTokens->discard(oauth->account, oauth->token);
    if (auto it = m_jobs.find(accountId); it != m_jobs.end()) {
        // A body asked for is asked for again by the next sync when this one failed or was
        // cancelled before it came (after a successful one, the server no longer has it).
        if (!report.ok()) {
            QHash<QString, qint64>& pending = m_completions[accountId];
            const QHash<QString, qint64>& left = it->second->pendingCompletions();
            for (auto c = left.constBegin(); c != left.constEnd(); ++c)
                pending.insert(c.key(), c.value());
        }
        it->second.release()->deleteLater(); // we are inside its finished() signal
        m_jobs.erase(it);
    }
    m_logs.erase(accountId);
    m_locks.erase(accountId);
    if (again) {
        oauth->retried = true;
        return startAccount(oauth->account);
    }
    m_oauthRuns.remove(accountId);
    m_active.remove(accountId);
    Q_EMIT accountFinished(accountId, report);
    if (--m_running == 0)
        Q_EMIT finished();
}

void SyncRunner::requestCompletion(qint64 accountId, const QString& uidl, qint64 messageId)
{
    m_completions[accountId].insert(uidl, messageId);
}

void SyncRunner::cancel()
{
    for (qint64 id : QSet<qint64>(m_active))
        cancel(id);
}

void SyncRunner::cancel(qint64 accountId)
{
    if (auto it = m_jobs.find(accountId); it != m_jobs.end())
        it->second->cancel();
}

} // namespace postbag::sync
