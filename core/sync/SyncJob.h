// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Database.h"
#include "core/sync/ServerListing.h"
#include "core/sync/StoreWriter.h"
#include "core/sync/SyncTypes.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <memory>

namespace postbag::sync {

class MessagePreparer;

// One sync of one account, as an explicit phase and a step function:
// connect (CAPA, STLS, login, which waits for provideSecret() when the password is still being
// looked up) → STAT → UIDL (and TOP n 0 identities, in windows, where there is no UIDL or where
// several messages share one, see ServerListing) → forget removed records the listing no longer
// holds → compare with the seen
// UIDLs (skipped when the listing is the one last found fully recorded, see
// UidlStore::knownListing) → fetch the new ones, pipelined → store them in batches → make the store
// durable → decide deletions with the policy → DELE → QUIT. Guarantees: a message is stored with
// its UIDL in one transaction, so it is fetched once; DELE is sent only for messages the store
// holds durably (checked on the connection that committed them); deletions count only after +OK to
// QUIT; every listed message is downloaded or counted as skipped with its reason; one message
// larger than its LIST size allows fails alone; a cancelled or failed sync keeps every complete
// message it fetched and deletes nothing; a server that breaks under pipelining is retried once
// without it. Runs on the thread that owns `db`; messages are parsed on a thread pool and written
// by a StoreWriter with its own connection.
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
    [[nodiscard]] SyncPhase phase() const { return m_phase; }
    [[nodiscard]] const SyncReport& report() const { return m_report; }
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
    void identify();
    void identifyNext();
    void identified();
    void forgetRemoved();
    void selectNew();
    void fetch();
    void fillWindow();
    [[nodiscard]] QByteArray listingDigest() const;
    void rememberListing();
    void onFetched(const ServerMessage& message, QByteArray bytes, bool headersOnly,
                   const Result<qint64>& result);
    void onPrepared(store::NewMessage message);
    void onStored(int messages, qint64 weight, const Status& status);
    void storeFailed(const Error& error);
    void settle(int messages, qint64 bytes);
    void finishFetching();
    void deleteAndQuit();
    void quit(std::shared_ptr<QStringList> deleted);
    void fail(const Error& error);
    void finish();
    void emitProgress();
    [[nodiscard]] QSet<QString> deletableOnServer(const QList<store::UidlEntry>& entries) const;
    [[nodiscard]] static qint64 capFor(const ServerMessage& m);
    // Sends TOP n 0 (headersOnly) or RETR for one message; the answer goes to onFetched.
    void request(const ServerMessage& m, bool headersOnly);

    store::Database& m_db;
    TransportFactory m_transports;
    SyncRequest m_request;
    std::unique_ptr<pop3::Client> m_client;
    StoreWriter* m_writer = nullptr;        // child; deleted later (it may be calling us)
    MessagePreparer* m_preparer = nullptr; // child; deleted later (it may be calling us)
    SyncPhase m_phase = SyncPhase::Idle;
    SyncReport m_report;
    ServerListing m_server;
    QList<ServerMessage> m_new;
    // TOP n 0 for the messages needingHeaders(): at most kTopWindow outstanding, whatever the
    // count a server claims.
    static constexpr int kTopWindow = 64;
    QList<qsizetype> m_toIdentify;
    qsizetype m_nextToIdentify = 0;
    int m_identifying = 0;
    int m_headersRead = 0;
    bool m_topUnsupported = false;
    bool m_listingComplete = false; // every listed message has an identity: forgetting is safe
    // Messages between their RETR and their batch's commit: at most kFetchWindow, and fewer once
    // they add up to kFetchWindowBytes (by LIST sizes), but always one. 1024 rather than 256:
    // batches of 200 instead of 128 (fewer commits and search-index flushes) and more work queued
    // for the parser; 10,000 messages on loopback took 8-13% less time, peak RSS 58 MB, not 43.
    static constexpr int kFetchWindow = 1024;
    static constexpr qint64 kFetchWindowBytes = 16 * 1024 * 1024;
    qsizetype m_nextToFetch = 0;
    int m_inFlight = 0;
    qint64 m_inFlightBytes = 0;
    QQueue<qint64> m_preparing; // LIST sizes of the messages in the preparer, in order
    bool m_storeFailed = false;
    int m_fetched = 0;         // progress of this connection's download: after a retry
    qint64 m_fetchedBytes = 0; // (broken pipelining) it counts what is left again, from zero
    qint64 m_totalBytes = 0;
    QByteArray m_listingDigest; // of this sync's listing; empty when it cannot vouch for it
    bool m_cancelled = false;
    bool m_reconnectWithSecret = false; // the server hung up while the secret was looked up
    bool m_secretCameWhileConnected = false; // a hang-up now may have raced it: redial once
    std::optional<Error> m_fetchError;
    QSet<QString> m_seen;
};

} // namespace postbag::sync
