// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/threading/ThreadGraph.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace postbag::threading {

// JWZ threading (https://www.jwz.org/doc/threading.html) done one message at a time, as each is
// written. Why incremental: a store of 100,000 messages cannot be threaded again whole for every
// download; each message is placed against what the graph already holds. Guarantees: a message
// joins every thread that holds its own id or an id of its ancestry (References, else
// In-Reply-To; see Ancestry), so a parent written after its children joins them through the
// placeholder they left; ancestry links are set once (JWZ 1B) and a message's own References set
// its parent (1C); no link ever closes a loop; a message naming no ancestor joins by subject only
// when its subject is a reply's ("Re: x") and an original "x" dated no later exists, and an
// original adopts such replies dated no earlier; the graph's threads are then the same whatever
// the order of writes. Work per message is bounded by its ancestry, the depth it walks (MaxDepth)
// and the size of the smaller thread of a merge, never by the number of messages.
class Threader
{
public:
    static constexpr int MaxDepth = 256;

    struct Message
    {
        QString messageId;
        QStringList references;
        QString inReplyTo;
        QString subject;
        qint64 date = 0; // UTC seconds
    };

    struct Placement
    {
        qint64 thread = 0;
        QString parent; // the parent's Message-ID; empty for a top message
    };

    explicit Threader(ThreadGraph& graph) : m_graph(graph) {}

    [[nodiscard]] Result<Placement> place(const Message& message);

private:
    [[nodiscard]] Result<const Node*> node(const QString& id);
    [[nodiscard]] Result<bool> reaches(const QString& from, const QString& target);
    [[nodiscard]] Status link(const QString& id, const QString& parent, bool replace);
    [[nodiscard]] Status absorb(Thread& survivor, Thread other);
    // absorb() of the stored thread `id`; its root before the merge.
    [[nodiscard]] Result<QString> absorbStored(Thread& survivor, qint64 id);
    [[nodiscard]] Status bySubject(Thread& thread, const QString& self, const Message& message,
                                   QString& parent);
    [[nodiscard]] Result<QString> top(const QString& id);

    ThreadGraph& m_graph;
    QHash<QString, Node> m_known; // nodes read or decided during one place()
    QSet<QString> m_missing;      // ids read and not found
    QStringList m_dirty;          // nodes to save when the thread's id is known
    qint64 m_added = 0;           // nodes created during one place()
};

} // namespace postbag::threading
