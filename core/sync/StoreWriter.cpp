// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/StoreWriter.h"

#include "core/store/MessageStore.h"

namespace postbag::sync {

StoreWriter::StoreWriter(const store::Database& db, int maxMessages, qint64 maxWeight, Done done,
                         QObject* parent)
    : QObject(parent), m_done(std::move(done)), m_maxMessages(qMax(1, maxMessages)),
      m_maxWeight(maxWeight)
{
    m_thread = std::thread(&StoreWriter::run, this, db.path(), db.options());
}

StoreWriter::~StoreWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    // The `done` of the last batch, if posted, dies with this object's events.
}

void StoreWriter::add(store::NewMessage message, qint64 weight)
{
    if (m_failed)
        return; // the owner was told in `done`; nothing more is written or handed back
    m_pending.messages.append(std::move(message));
    m_pending.weight += weight;
    submitIfReady();
}

void StoreWriter::drain()
{
    m_draining = true;
    submitIfReady();
}

void StoreWriter::submitIfReady()
{
    if (m_failed || m_writing > 0 || m_pending.messages.isEmpty())
        return;
    const bool full = m_pending.messages.size() >= m_maxMessages || m_pending.weight >= m_maxWeight;
    if (!full && !m_draining)
        return;
    m_writing = int(m_pending.messages.size());
    {
        const std::lock_guard lock(m_mutex);
        m_handedOver = std::exchange(m_pending, {});
    }
    m_wake.notify_one();
}

void StoreWriter::batchDone(int messages, qint64 weight, const Outcome& outcome)
{
    m_writing = 0;
    m_stored += outcome.stored;
    m_duplicates += outcome.duplicates;
    if (!outcome.status.ok()) {
        m_failed = true;
        const Batch dropped = std::exchange(m_pending, {});
        messages += int(dropped.messages.size());
        weight += dropped.weight;
    } else {
        submitIfReady(); // before `done`: the thread works while the caller catches up
    }
    m_done(messages, weight, outcome.status);
}

void StoreWriter::run(QString path, store::Database::Options options)
{
    options.migrate = false; // the owner's connection migrated the file before this one began
    auto db = store::Database::open(path, options);
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_handedOver.has_value(); });
            if (!m_handedOver)
                break;
            batch = std::move(*m_handedOver);
            m_handedOver.reset();
        }
        const Outcome outcome = write(db, batch);
        const int messages = int(batch.messages.size());
        const qint64 weight = batch.weight;
        batch = {}; // the bytes go now, not when the owner gets round to `done`
        QMetaObject::invokeMethod(
            this, [this, messages, weight, outcome] { batchDone(messages, weight, outcome); },
            Qt::QueuedConnection);
    }
}

StoreWriter::Outcome StoreWriter::write(Result<std::unique_ptr<store::Database>>& db,
                                        const Batch& batch)
{
    if (!db)
        return {0, 0, db.error()};
    const auto inserted = store::MessageStore(*db.value()).insertBatch(batch.messages);
    if (!inserted)
        return {0, 0, inserted.error()};
    Outcome outcome;
    for (const store::Inserted& i : inserted.value()) {
        if (i.duplicate)
            ++outcome.duplicates;
        else
            ++outcome.stored;
    }
    // This connection made the commit, so this is the one whose durability counts (the owner's
    // own connection committed nothing; its settings say nothing about these rows).
    if (Status durable = db.value()->makeDurable(); !durable.ok())
        outcome.status = durable.error();
    return outcome;
}

} // namespace postbag::sync
