// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/threading/ThreadGraph.h"
#include "core/threading/Threader.h"
#include "tests/support/ThreadingCases.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace postbag::test {

// threading::ThreadGraph in memory, so Threader's decisions are tested without a store. Messages
// are named by the test (place()), and a merge moves them like the store's UPDATE by thread id.
class MemoryThreadGraph final : public threading::ThreadGraph
{
public:
    // Places one message named `label` and records its thread.
    Result<threading::Threader::Placement> place(const QString& label,
                                                 const threading::Threader::Message& message)
    {
        auto placed = threading::Threader(*this).place(message);
        if (placed) {
            m_messages.insert(label, placed->thread);
        }
        return placed;
    }

    // The messages, grouped by thread: each group sorted, the groups sorted.
    [[nodiscard]] QList<QStringList> groups() const
    {
        QMap<qint64, QStringList> byThread;
        for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
            byThread[it.value()].append(it.key());
        }
        return sortedGroups(byThread);
    }

    [[nodiscard]] const QHash<QString, threading::Node>& allNodes() const { return m_nodes; }
    [[nodiscard]] const QHash<qint64, threading::Thread>& allThreads() const { return m_threads; }

    Result<QList<threading::Node>> nodes(const QStringList& ids) override
    {
        QList<threading::Node> out;
        for (const QString& id : ids) {
            if (m_nodes.contains(id)) {
                out.append(m_nodes.value(id));
            }
        }
        return out;
    }
    Result<threading::Thread> thread(qint64 id) override
    {
        if (!m_threads.contains(id)) {
            return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("no thread"));
        }
        return m_threads.value(id);
    }
    Result<qint64> addThread(const threading::Thread& thread) override
    {
        threading::Thread t = thread;
        t.id = ++m_lastId;
        m_threads.insert(t.id, t);
        return t.id;
    }
    Status saveThread(const threading::Thread& thread) override
    {
        if (!m_threads.contains(thread.id)) {
            return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("no thread"));
        }
        m_threads.insert(thread.id, thread);
        return Ok{};
    }
    Status mergeThread(qint64 from, qint64 into) override
    {
        for (qint64& t : m_messages) {
            t = t == from ? into : t;
        }
        for (threading::Node& n : m_nodes) {
            n.thread = n.thread == from ? into : n.thread;
        }
        m_threads.remove(from);
        return Ok{};
    }
    Status saveNode(const threading::Node& node) override
    {
        m_nodes.insert(node.id, node);
        return Ok{};
    }
    Result<qint64> subjectOriginal(const QString& key, qint64 date) override
    {
        qint64 best = 0;
        qint64 bestDate = 0;
        for (const threading::Thread& t : std::as_const(m_threads)) {
            if (t.subjectKey == key && !t.subjectReply && t.subjectDate <= date &&
                (best == 0 || t.subjectDate > bestDate ||
                 (t.subjectDate == bestDate && t.id > best))) {
                best = t.id;
                bestDate = t.subjectDate;
            }
        }
        return best;
    }
    Result<QList<qint64>> subjectReplies(const QString& key, qint64 date) override
    {
        QList<qint64> out;
        for (const threading::Thread& t : std::as_const(m_threads)) {
            if (t.subjectKey == key && t.subjectReply && t.subjectDate >= date) {
                out.append(t.id);
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    QHash<QString, threading::Node> m_nodes;
    QHash<qint64, threading::Thread> m_threads;
    QHash<QString, qint64> m_messages; // label -> thread
    qint64 m_lastId = 0;
};

} // namespace postbag::test
