// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/account/CredentialStore.h"
#include "core/sync/SyncPolicy.h"
#include "core/sync/SyncTypes.h"

#include <QObject>
#include <QThread>

namespace postbag::sync {

class SyncScheduler;

// Keeps every account's mail coming: at startup, on each account's interval and on demand, on a
// sync thread with its own database connection so the window never waits on the network,
// parsing or writes. The first of the four layers: the window's handle, living on the GUI thread;
// it owns the sync thread, on which its SyncScheduler decides when each account runs (the rules
// for when to try again live there, once), a SyncRunner runs them and a SyncJob is one sync.
// Why: the window needs "sync in the background, tell me what happened" without knowing threads.
// Guarantees: accounts run independently (one stalled server never delays another); a temporary
// failure (IN-USE, SYS/TEMP, LOGIN-DELAY, network) backs off without asking for the password again;
// a wrong password stops that account's schedule and emits credentialsRequired() once; every
// signal is delivered on the thread that owns the manager.
class SyncManager : public QObject
{
    Q_OBJECT
public:
    // `databasePath`: the profile's store; the scheduler opens its own connection to it.
    SyncManager(QString databasePath, TransportFactory transports, QObject* parent = nullptr);
    ~SyncManager() override; // cancels running syncs and joins the sync thread

    // Password sources, used on the sync thread; they must outlive the manager.
    void setCredentialStore(account::PasswordSource source, account::CredentialStore* store);
    void setProtocolLogDirectory(const QString& dir);
    void setClock(Clock clock);

    // (Re)reads the accounts from the store and (re)plans their schedules; call after changes.
    void reloadAccounts();
    // Starts the schedule, runs the accounts marked "check at startup", then keeps the schedule.
    void start();
    void syncAll();
    void syncAccount(qint64 accountId);
    void cancel(qint64 accountId);
    void cancelAll();
    // After credentialsRequired(): the user gave a new password (already stored) or none.
    void credentialsUpdated(qint64 accountId);
    // Fetches the rest of a headers-only message (over the account's size limit) in a sync of its
    // account; accountFinished() reports it as `completed`.
    void completeMessage(qint64 messageId);

    [[nodiscard]] bool isSyncing(qint64 accountId) const;

Q_SIGNALS:
    void accountStarted(qint64 accountId);
    void accountProgress(qint64 accountId, const postbag::sync::SyncProgress& progress);
    // After each sync; `nextAttempt` is when the schedule runs it again (invalid: not scheduled).
    void accountFinished(qint64 accountId, const postbag::sync::SyncReport& report, const QDateTime& nextAttempt);
    // New messages were stored (for the models to refresh and for notifications).
    void newMail(qint64 accountId, int count);
    void credentialsRequired(qint64 accountId, const postbag::Error& error);

private:
    QThread m_thread;
    SyncScheduler* m_scheduler = nullptr; // lives on m_thread
    QSet<qint64> m_running;
};

} // namespace postbag::sync
