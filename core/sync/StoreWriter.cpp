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
    if (m_waiting.empty() || m_waiting.back().closed)
        m_waiting.emplace_back();
    Batch& growing = m_waiting.back();
    growing.messages.append(std::move(message));
    growing.weight += weight;
    submitIfReady();
}

void StoreWriter::complete(qint64 id, store::NewMessage message, qint64 weight)
{
    if (m_failed)
        return;
    if (!m_waiting.empty())
        m_waiting.back().closed = true;
    Batch& completion = m_waiting.emplace_back();
    completion.messages.append(std::move(message));
    completion.weight = weight;
    completion.completes = id;
    completion.closed = true;
    submitIfReady();
}

void StoreWriter::drain()
{
    m_draining = true;
    submitIfReady();
}

void StoreWriter::submitIfReady()
{
    if (m_failed || m_writing || m_waiting.empty())
        return;
    const Batch& next = m_waiting.front();
    const bool full = next.messages.size() >= m_maxMessages || next.weight >= m_maxWeight;
    if (!full && !next.closed && !m_draining)
        return;
    m_writing = true;
    {
        const std::lock_guard lock(m_mutex);
        m_handedOver = std::move(m_waiting.front());
    }
    m_waiting.pop_front();
    m_wake.notify_one();
}

void StoreWriter::batchDone(Written written)
{
    m_writing = false;
    if (!written.status.ok()) {
        m_failed = true;
        for (const Batch& dropped : std::exchange(m_waiting, {})) {
            written.messages += int(dropped.messages.size());
            written.weight += dropped.weight;
        }
    } else {
        submitIfReady(); // before `done`: the thread works while the caller catches up
    }
    m_done(written);
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
        Written written = write(db, batch);
        written.messages = int(batch.messages.size());
        written.weight = batch.weight;
        batch = {}; // the bytes go now, not when the owner gets round to `done`
        QMetaObject::invokeMethod(
            this, [this, written = std::move(written)]() mutable { batchDone(std::move(written)); },
            Qt::QueuedConnection);
    }
}

StoreWriter::Written StoreWriter::write(Result<std::unique_ptr<store::Database>>& db,
                                        const Batch& batch)
{
    Written written;
    if (!db) {
        written.status = db.error();
        return written;
    }
    store::MessageStore messages(*db.value());
    if (batch.completes != 0) {
        const store::NewMessage& body = batch.messages.constFirst();
        const Status replaced = messages.replaceBody(batch.completes, body);
        if (!replaced.ok() && replaced.error().code != ErrorCode::NoSuchMessage) {
            written.status = replaced.error();
            return written;
        }
        (replaced.ok() ? written.completed : written.gone).append(body.uidl);
    } else {
        const auto inserted = messages.insertBatch(batch.messages);
        if (!inserted) {
            written.status = inserted.error();
            return written;
        }
        for (const store::Inserted& i : inserted.value()) {
            if (i.duplicate)
                ++written.duplicates;
            else
                ++written.stored;
        }
    }
    // This connection made the commit, so this is the one whose durability counts (the owner's
    // own connection committed nothing; its settings say nothing about these rows).
    if (Status durable = db.value()->makeDurable(); !durable.ok())
        written.status = durable.error();
    return written;
}

} // namespace postbag::sync
