// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/account/CredentialStore.h"
#include "core/store/Database.h"
#include "core/sync/SyncRunner.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

namespace postbag::sync {

// When each account is synced (the second of the four layers: SyncManager → SyncScheduler →
// SyncRunner → SyncJob). It keeps one schedule per account (its interval, the back-off after a
// temporary failure, the server's LOGIN-DELAY, a stop after a wrong password until the user
// answers) and hands the accounts that are due to its SyncRunner, through a database connection
// of its own. Why apart from SyncManager: the manager is only the thread boundary, and the rules
// of the schedule are tested here directly, without a thread. Why apart from SyncRunner: the
// command line runs accounts once and has no schedule. Guarantees: a disabled account never
// syncs; an account runs at most once at a time; nothing is planned before its LOGIN-DELAY ends.
// Private to core/sync; every method runs on the thread that owns it (SyncManager's thread).
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    SyncScheduler(QString databasePath, TransportFactory transports);
    ~SyncScheduler() override;

    void setCredentialStore(account::PasswordSource source, account::CredentialStore* store);
    void setProtocolLogDirectory(const QString& dir) { m_logDir = dir; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void reloadAccounts();
    void start();
    void syncAccounts(const QList<qint64>& ids); // empty: all enabled accounts
    void cancel(qint64 accountId);
    void cancelAll();
    void credentialsUpdated(qint64 accountId);
    void completeMessage(qint64 messageId);
    void shutdown();
    // Milliseconds until the account is checked by itself; nullopt when nothing is planned
    // (disabled, on demand only, running, or waiting for the user).
    [[nodiscard]] std::optional<qint64> msUntilCheck(qint64 accountId) const;

Q_SIGNALS:
    void accountStarted(qint64 accountId);
    void accountProgress(qint64 accountId, const postbag::sync::SyncProgress& progress);
    void accountFinished(qint64 accountId, const postbag::sync::SyncReport& report,
                         const QDateTime& nextAttempt);
    void newMail(qint64 accountId, int count);
    void credentialsRequired(qint64 accountId, const postbag::Error& error);
    void failedToOpen(const postbag::Error& error);

private:
    struct Schedule
    {
        account::AccountSettings settings;
        std::unique_ptr<QTimer> timer;
        int failures = 0;
        bool waitingForUser = false;
        bool again = false; // a body was asked for while it synced: sync again when it ends
        // The server's LOGIN-DELAY counted from its last sync: no check of our own before it
        // (one the user asks for goes ahead; the server may refuse it).
        QDateTime notBefore;
    };

    bool ensureOpen();
    // Plans the account's next check from its settings: its interval from now, unless a check
    // is already planned that the settings did not change; never before its LOGIN-DELAY.
    void plan(Schedule& s, const account::AccountSettings* before);
    void onFinished(qint64 accountId, const SyncReport& report);
    // Starts the account's timer `ms` from now, or later when its LOGIN-DELAY says so.
    void startTimer(Schedule& s, qint64 ms);

    QString m_path;
    TransportFactory m_transports;
    Clock m_clock;
    QString m_logDir;
    QHash<int, account::CredentialStore*> m_credentials;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<SyncRunner> m_runner;
    std::map<qint64, Schedule> m_schedules;
};

} // namespace postbag::sync
