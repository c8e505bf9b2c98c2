// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/MessageStore.h"

#include <QList>

namespace postbag::sync {

// Collects downloaded messages and writes them in batches, each batch one transaction (message,
// UIDL and index rows together). Why: one fsync per message would make a large download
// disk-bound; a batch bounds both the fsyncs and the memory held.
// Guarantees: after flush() returns Ok every message added before is durably stored; a failed
// batch leaves nothing of itself behind and the error says why (DiskFull, ...).
class StoreWriter
{
public:
    StoreWriter(store::Database& db, int maxMessages, qint64 maxBytes);

    [[nodiscard]] Status add(store::NewMessage message);
    [[nodiscard]] Status flush();
    [[nodiscard]] int stored() const { return m_stored; }
    [[nodiscard]] int duplicates() const { return m_duplicates; }
    [[nodiscard]] bool isEmpty() const { return m_pending.isEmpty(); }

private:
    store::MessageStore m_store;
    QList<store::NewMessage> m_pending;
    qint64 m_pendingBytes = 0;
    int m_maxMessages;
    qint64 m_maxBytes;
    int m_stored = 0;
    int m_duplicates = 0;
};

} // namespace postbag::sync
