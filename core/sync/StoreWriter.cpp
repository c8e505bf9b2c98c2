// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/StoreWriter.h"

namespace postbag::sync {

StoreWriter::StoreWriter(store::Database& db, int maxMessages, qint64 maxBytes)
    : m_store(db), m_maxMessages(qMax(1, maxMessages)), m_maxBytes(maxBytes)
{
}

Status StoreWriter::add(store::NewMessage message)
{
    m_pendingBytes += message.raw.size();
    m_pending.append(std::move(message));
    if (m_pending.size() >= m_maxMessages || m_pendingBytes >= m_maxBytes)
        return flush();
    return Ok{};
}

Status StoreWriter::flush()
{
    if (m_pending.isEmpty())
        return Ok{};
    auto result = m_store.insertBatch(m_pending);
    m_pending.clear();
    m_pendingBytes = 0;
    if (!result.ok())
        return result.error();
    for (const store::Inserted& i : result.value()) {
        if (i.duplicate)
            ++m_duplicates;
        else
            ++m_stored;
    }
    return Ok{};
}

} // namespace postbag::sync
