// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/CredentialStore.h"
#include "core/outbox/OutboxSender.h"

#include <QObject>
#include <QThread>

namespace postbag::outbox {

// Sends the window's outbox in the background: the composition root asks it to send an account's
// due items after each check of that account, all accounts' at start-up and when the network is
// back, and after the user asked for a resend. On a thread of its own ("postbag-outbox") with its
// own database connection, beside the sync thread: a server that takes minutes for a final dot
// never holds up a download or the window. Why a handle like SyncManager: the window needs "send
// what is due, tell me what happened" without knowing threads, passwords or sockets.
// Guarantees: one OutboxSender run per account at a time (a request during a run runs once more
// after it); an account with nothing due and nothing interrupted is not touched (no password is
// read); passwords are read through the account's own credential store (SubmissionSource) for
// each run and kept no longer; an uncertain item is never sent again by itself (the store never
// makes it due); accountFinished() comes on the thread that owns the manager, once per run.
class OutboxManager : public QObject
{
    Q_OBJECT
public:
    OutboxManager(QString databasePath, transport::TransportFactory transports,
                  QObject* parent = nullptr);
    ~OutboxManager() override; // ends running sends (safely: see OutboxStore) and joins the thread

    // Password sources, used on the outbox thread; they must outlive the manager.
    void setCredentialStore(account::PasswordSource source, account::CredentialStore* store);

    void sendAccount(qint64 accountId);
    void sendAll();

Q_SIGNALS:
    void accountFinished(qint64 accountId, const postbag::outbox::SendReport& report);

private:
    struct Worker;

    QThread m_thread;
    QObject* m_context;               // lives on m_thread; the requests are queued to it
    std::unique_ptr<Worker> m_worker; // used on m_thread only
};

} // namespace postbag::outbox
