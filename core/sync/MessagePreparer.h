// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/StoreTypes.h"
#include "core/intake/MessageRecord.h"

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <map>

namespace postbag::sync {

// Turns downloaded bytes into store-ready messages (MIME parse, summary, digest, packing, search
// text) on worker threads while the sync thread goes on reading the socket and writing the store:
// the two halves of a download each take about half of its CPU, so with two cores the download
// takes half as long. Guarantees: every submitted message is handed to `ready` exactly once, on
// the thread that owns the preparer, in the order of submission; the destructor waits for the
// work in progress and nothing is handed over after it. `ready` must not delete the preparer
// (deleteLater() is fine).
class MessagePreparer : public QObject
{
    Q_OBJECT
public:
    using Ready = std::function<void(store::NewMessage)>;

    explicit MessagePreparer(Ready ready, int threads = defaultThreads(), QObject* parent = nullptr);
    ~MessagePreparer() override;

    // `origin.receivedAt` is also the parser's "now" (for dates in the future and the like).
    void submit(QByteArray raw, const intake::Origin& origin);

    // One worker per core beyond the sync thread's own, at least one, at most four.
    [[nodiscard]] static int defaultThreads();

private:
    void arrived(quint64 sequence, store::NewMessage message);

    Ready m_ready;
    QThreadPool m_pool;
    quint64 m_submitted = 0;
    quint64 m_delivered = 0;
    std::map<quint64, store::NewMessage> m_early; // finished, waiting for an earlier one
};

} // namespace postbag::sync
