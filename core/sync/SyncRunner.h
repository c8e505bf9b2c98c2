// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountLock.h"
#include "core/account/AccountSettings.h"
#include "core/account/CredentialStore.h"
#include "core/sync/SyncJob.h"

#include <QHash>
#include <QObject>
#include <map>

namespace postbag::sync {

// Runs one sync per account, all at once and independently: a stalled server delays only its own
// account. The third of the four layers: it takes each account's lock, password source and
// protocol log and starts its SyncJob. Why: the command line and the window's SyncScheduler both
// need "sync these accounts now", with passwords fetched from each account's own source while the
// connection is being made.
// Guarantees: every account given to run() gets exactly one accountFinished(); a password is
// fetched once per run (an OAuth access token at most twice: after one refused token) and never
// logged; finished() follows the last account.
class SyncRunner : public QObject
{
    Q_OBJECT
public:
    SyncRunner(store::Database& db, TransportFactory transports, QObject* parent = nullptr);
    ~SyncRunner() override;

    void setCredentialStore(account::PasswordSource source, account::CredentialStore* store);
    // Where accounts that sign in with OAuth 2 get their secret, an access token, whatever their
    // password source (core/oauth's AccessTokenSource). A token the server refuses is discarded
    // and the account runs once more with a fresh one.
    void setOAuthTokens(account::CredentialStore* tokens) { m_oauthTokens = tokens; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setProtocolLogDirectory(const QString& dir) { m_logDir = dir; }

    void run(const QList<account::AccountSettings>& accounts);
    // The next sync of this account also fetches the rest of this headers-only message.
    void requestCompletion(qint64 accountId, const QString& uidl, qint64 messageId);
    void cancel();
    void cancel(qint64 accountId);
    [[nodiscard]] bool isRunning() const { return m_running > 0; }
    [[nodiscard]] bool isRunning(qint64 accountId) const { return m_active.contains(accountId); }

    // The request a sync of this account makes, given its password (public for tests and tools).
    [[nodiscard]] static SyncRequest requestFor(const account::AccountSettings& account,
                                                qint64 folderId, const QString& secret);

Q_SIGNALS:
    void accountProgress(qint64 accountId, const postbag::sync::SyncProgress& progress);
    void accountFinished(qint64 accountId, const postbag::sync::SyncReport& report);
    void finished();

private:
    void startAccount(const account::AccountSettings& account);
    void finishAccount(qint64 accountId, const SyncReport& report);

    store::Database& m_db;
    TransportFactory m_transports;
    Clock m_clock;
    QString m_logDir;
    QHash<int, account::CredentialStore*> m_credentials;
    account::CredentialStore* m_oauthTokens = nullptr;
    // OAuth accounts running now: their settings, the token handed to the job, whether the
    // one more run after a refused token was made.
    struct OAuthRun
    {
        account::AccountSettings account;
        QString token;
        bool retried = false;
    };
    QHash<qint64, OAuthRun> m_oauthRuns;
    std::map<qint64, std::unique_ptr<SyncJob>> m_jobs;
    std::map<qint64, std::unique_ptr<ProtocolLog>> m_logs;
    std::map<qint64, std::unique_ptr<account::AccountLock>> m_locks; // held while the account syncs
    QHash<qint64, QHash<QString, qint64>> m_completions;
    QSet<qint64> m_active; // from run() until accountFinished()
    int m_running = 0;
};

} // namespace postbag::sync
