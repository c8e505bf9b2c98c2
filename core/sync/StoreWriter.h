// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/store/StoreTypes.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace postbag::sync {

// Writes downloaded messages in batches, each batch one transaction (message, UIDL and index rows
// together), on a thread of its own with its own connection to the profile. Why: storing is half
// of a download's CPU; on the sync thread it stopped the socket for every commit, so the server,
// the parser and the disk took turns instead of working at once. Batches bound both the fsyncs
// and the memory held: a batch goes when it is full and the thread is free; meanwhile the next one
// grows (bounded by the caller's fetch window). The body of a headers-only message (the rest of
// it, asked for when the user opened it) is written here too, as a batch of its own, so that no
// commit of a download ever runs on the sync thread.
// Guarantees: batches are committed one at a time, in the order of add(); `done` runs on the
// owner's thread once per batch, in order, after its transaction committed and was made durable
// on the connection that committed it (Database::makeDurable), or failed leaving nothing of
// itself behind, or committed but could not be made durable (counted, and reported as a failure,
// so nothing is deleted from the server on its strength). A completion whose headers-only message
// is gone (deleted here meanwhile) is reported in `gone`, not as a failure. After a failure
// nothing more is written: messages still waiting are handed back in that same `done`. The
// destructor waits for the batch being written and drops the ones not yet begun.
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    // What one batch came to. `messages` and `weight` add up what its add() calls passed (after a
    // failure, with those of the batches dropped with it).
    struct Written
    {
        int messages = 0;
        qint64 weight = 0;
        int stored = 0;
        int duplicates = 0;
        QStringList completed; // UIDLs of the headers-only messages whose body was written
        QStringList gone;      // UIDLs of completions whose message no longer waits for one
        Status status = Ok{};
    };
    using Done = std::function<void(const Written& written)>;

    // Opens its connection with `db`'s path and options; `db` itself is not used.
    StoreWriter(const store::Database& db, int maxMessages, qint64 maxWeight, Done done,
                QObject* parent = nullptr);
    ~StoreWriter() override;

    // `weight` counts toward maxWeight (the caller's unit, e.g. the server's size). After a `done`
    // that reported a failure the message is dropped: nothing more is written or handed back.
    void add(store::NewMessage message, qint64 weight);
    // The whole message for the headers-only message `id` (MessageStore::replaceBody): a batch of
    // its own, after the messages added before it.
    void complete(qint64 id, store::NewMessage message, qint64 weight);
    // No more messages are coming for a while: from now on each one goes as soon as the thread is
    // free, whatever the batch's size.
    void drain();

private:
    struct Batch
    {
        QList<store::NewMessage> messages;
        qint64 weight = 0;
        qint64 completes = 0; // a completion: its one message is the body of this id
        bool closed = false;  // nothing more joins it
    };

    void submitIfReady();
    void batchDone(Written written);
    void run(QString path, store::Database::Options options);
    [[nodiscard]] static Written write(Result<std::unique_ptr<store::Database>>& db,
                                       const Batch& batch);

    Done m_done;
    int m_maxMessages;
    qint64 m_maxWeight;
    std::deque<Batch> m_waiting; // in order; only the last one, unless closed, still grows
    bool m_writing = false;      // a batch is with the thread, not yet done
    bool m_draining = false;
    bool m_failed = false;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Batch> m_handedOver; // guarded by m_mutex
    bool m_stop = false;               // guarded by m_mutex
    std::thread m_thread;
};

} // namespace postbag::sync
