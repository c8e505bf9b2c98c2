// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pop3/Client.h"
#include "core/store/Database.h"
#include "core/sync/ServerListing.h"
#include "core/sync/StoreWriter.h"
#include "core/sync/SyncTypes.h"

#include <QObject>
#include <QQueue>
#include <functional>
#include <optional>

namespace postbag::sync {

class MessagePreparer;
class SeenUidls;

// The fetch phase of a sync: LIST sizes, then RETR (or TOP n 0 for a message over the size limit)
// in a window, each message prepared on the preparer's threads and stored by a StoreWriter. The
// rest of a headers-only message takes the same road: prepared off this thread and written as a
// batch of its own. Why a class: the window, the caps and the hand-overs between the socket, the
// parser and the disk are one job, apart from listing and deleting.
// Guarantees: at most kWindow messages, and fewer once they add up to kWindowBytes (by LIST
// sizes, always one), are between their RETR and their batch's commit; a message sending more
// than its cap fails alone; every message is settled once (stored, counted as skipped with its
// reason, or left for a failure to report), and `finished` is called once, when none is in
// flight, with the first error that stopped the fetch (the store's before the network's). It
// never runs SQL on the owner's thread.
class FetchPipeline : public QObject
{
    Q_OBJECT
public:
    // What the fetch reports as it goes; `report` and `progress` outlive the pipeline.
    struct Tally
    {
        SyncReport& report;
        SyncProgress& progress;
        std::function<void()> changed; // progress moved
    };
    using Finished = std::function<void(const std::optional<Error>& error)>;

    FetchPipeline(store::Database& db, pop3::Client& client, SyncRequest& request,
                  ServerListing& server, SeenUidls& seen, Tally tally, Finished finished,
                  QObject* parent = nullptr);
    ~FetchPipeline() override;

    // Fetches `messages` (new ones, and the headers-only ones whose rest is wanted), sized by the
    // LIST answer `sizes`.
    void start(QList<ServerMessage> messages, const QList<pop3::ListEntry>& sizes);
    // Cancelled: nothing more is asked for; what is in flight settles as the connection fails.
    void stop();

    // Messages between their RETR and their batch's commit: at most kWindow, and fewer once they
    // add up to kWindowBytes (by LIST sizes), but always one. 1024 rather than 256: batches of
    // 200 instead of 128 (fewer commits and search-index flushes) and more work queued for the
    // parser; 10,000 messages on loopback took 8-13% less time, peak RSS 58 MB, not 43.
    static constexpr int kWindow = 1024;
    static constexpr qint64 kWindowBytes = 16 * 1024 * 1024;

private:
    // A message between its hand-over to the preparer and the writer.
    struct Preparing
    {
        qint64 size = 0;      // LIST size
        qint64 completes = 0; // the headers-only message it completes, else 0
    };

    void fillWindow();
    [[nodiscard]] static qint64 capFor(const ServerMessage& m);
    // Sends TOP n 0 (headersOnly) or RETR for one message; the answer goes to onFetched.
    void request(const ServerMessage& m, bool headersOnly);
    void onFetched(const ServerMessage& message, QByteArray bytes, bool headersOnly,
                   const Result<qint64>& result);
    void onPrepared(store::NewMessage message);
    void onWritten(const StoreWriter::Written& written);
    void storeFailed(const Error& error);
    void settle(int messages, qint64 bytes);
    void end();

    store::Database& m_db;
    pop3::Client& m_client;
    SyncRequest& m_request;
    ServerListing& m_server;
    SeenUidls& m_seen;
    Tally m_tally;
    Finished m_finished;
    StoreWriter* m_writer = nullptr;       // child
    MessagePreparer* m_preparer = nullptr; // child
    QList<ServerMessage> m_messages;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    qint64 m_inFlightBytes = 0;
    QQueue<Preparing> m_preparing; // in the preparer, in order
    bool m_storeFailed = false;
    bool m_stopped = false;
    bool m_ended = false;
    std::optional<Error> m_error;
};

} // namespace postbag::sync
