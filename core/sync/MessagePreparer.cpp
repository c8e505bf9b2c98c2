// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/MessagePreparer.h"

#include "core/mime/MessageParser.h"
#include "core/store/MessageStore.h"

#include <QThread>

namespace postbag::sync {

MessagePreparer::MessagePreparer(Ready ready, int threads, QObject* parent)
    : QObject(parent), m_ready(std::move(ready))
{
    m_pool.setMaxThreadCount(qMax(1, threads));
}

MessagePreparer::~MessagePreparer()
{
    m_pool.clear();      // not started: dropped
    m_pool.waitForDone(); // started: finished; their hand-overs die with this object's events
}

int MessagePreparer::defaultThreads()
{
    return qBound(1, QThread::idealThreadCount() - 1, 4);
}

void MessagePreparer::submit(QByteArray raw, const intake::Origin& origin)
{
    const quint64 sequence = m_submitted++;
    m_pool.start([this, sequence, raw = std::move(raw), origin]() mutable {
        const mime::ParsedMessage parsed = mime::MessageParser::parse(raw, origin.receivedAt);
        store::NewMessage message = intake::toNewMessage(parsed, std::move(raw), origin);
        store::MessageStore::prepare(message);
        QMetaObject::invokeMethod(
            this,
            [this, sequence, message = std::move(message)]() mutable {
                arrived(sequence, std::move(message));
            },
            Qt::QueuedConnection);
    });
}

void MessagePreparer::arrived(quint64 sequence, store::NewMessage message)
{
    m_early.emplace(sequence, std::move(message));
    while (!m_early.empty() && m_early.begin()->first == m_delivered) {
        auto next = m_early.extract(m_early.begin());
        ++m_delivered;
        m_ready(std::move(next.mapped()));
    }
}

} // namespace postbag::sync
