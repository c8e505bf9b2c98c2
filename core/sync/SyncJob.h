// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Database.h"
#include "core/sync/ListingReader.h"
#include "core/sync/SeenUidls.h"
#include "core/sync/SyncTypes.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace postbag::sync {

class FetchPipeline;

// One sync of one account, as a phase and the step that runs it:
// connect (CAPA, STLS, login, which waits for provideSecret() when the password is still being
// looked up) → list: STAT, UIDL and identities (ListingReader) → forget removed records the listing
// no longer holds and compare with the seen UIDLs (SeenUidls; skipped when the listing is the one
// last found fully recorded) → fetch the new ones, pipelined, prepared on a thread pool and stored
// in batches by a StoreWriter (FetchPipeline) → decide deletions with the policy → DELE → QUIT.
// Guarantees: a message is stored with its UIDL in one transaction, so it is fetched once; DELE is
// sent only for messages the store holds durably (checked on the connection that committed them);
// deletions count only after +OK to QUIT; every listed message is downloaded or counted as skipped
// with its reason; one message larger than its LIST size allows fails alone; a cancelled or failed
// sync keeps every complete message it fetched and deletes nothing; a server that breaks under
// pipelining is retried once without it. Runs on the thread that owns `db`, and runs no commit of
// a download there: messages, and the bodies of headers-only ones, are parsed on the preparer's
// threads and written by the StoreWriter's.
class SyncJob : public QObject
{
    Q_OBJECT
public:
    SyncJob(store::Database& db, TransportFactory transports, SyncRequest request,
            QObject* parent = nullptr);
    ~SyncJob() override;

    void start();
    // The password, when the request was made with login.secretPending: the job connects while
    // it is being looked up and authenticates once it is here. An error ends the job with it.
    void provideSecret(Result<QString> secret);
    void cancel();
    // The request's completeBodies this job has not completed (yet).
    [[nodiscard]] const QHash<QString, qint64>& pendingCompletions() const
    {
        return m_request.completeBodies;
    }

Q_SIGNALS:
    void progress(const postbag::sync::SyncProgress& progress);
    void finished(const postbag::sync::SyncReport& report);

private:
    void step();
    void connectAndLogin();
    void listMessages();
    void listed(const Status& status);
    void selectNew(QList<ServerMessage> fresh);
    void fetched(const std::optional<Error>& error);
    void deleteAndQuit();
    void quit(std::shared_ptr<QStringList> deleted);
    void rememberListing();
    void fail(const Error& error);
    void finish();
    void emitProgress();
    [[nodiscard]] QSet<QString> deletableOnServer(const QList<store::UidlEntry>& entries) const;

    store::Database& m_db;
    TransportFactory m_transports;
    SyncRequest m_request;
    std::unique_ptr<pop3::Client> m_client;
    SyncPhase m_phase = SyncPhase::Idle;
    SyncReport m_report;
    SyncProgress m_progress; // of this connection's download: a retry counts what is left again
    ListingReader m_listing;
    SeenUidls m_seen;
    FetchPipeline* m_fetch = nullptr; // child; deleted later (it may be calling us)
    bool m_cancelled = false;
    bool m_reconnectWithSecret = false;      // the server hung up while the secret was looked up
    bool m_secretCameWhileConnected = false; // a hang-up now may have raced it: redial once
};

} // namespace postbag::sync
