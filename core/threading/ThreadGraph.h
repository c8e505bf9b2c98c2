// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace postbag::threading {

// One Message-ID known to threading: a message's own, or a placeholder for an ancestor that some
// message names and that is not (yet) stored. JWZ's container, kept across writes.
struct Node
{
    QString id;
    qint64 thread = 0;
    QString parent; // the parent's Message-ID; empty for a top node

    friend bool operator==(const Node&, const Node&) = default;
};

// One conversation: every message and placeholder connected by the ids they name.
struct Thread
{
    qint64 id = 0;
    qint64 size = 0;   // messages and placeholders; merges move the smaller thread
    qint64 newest = 0; // the newest message's date, UTC seconds
    QString root;      // the Message-ID at the top of the newest message's ancestry; may be empty
    // Set when a message that names no ancestor started the thread: its base subject, whether it
    // was a reply ("Re: x" without references, waiting for "x") and its date.
    QString subjectKey;
    bool subjectReply = false;
    qint64 subjectDate = 0;
};

// Where Threader keeps its graph: the store's tables, or memory in tests. Why an interface: the
// decisions (JWZ) are pure and tested alone; persisting them is the store's job. Every call either
// succeeds or returns the store's typed error; implementations change nothing else.
class ThreadGraph
{
public:
    virtual ~ThreadGraph() = default;

    // The nodes of those of `ids` that exist, in any order.
    [[nodiscard]] virtual Result<QList<Node>> nodes(const QStringList& ids) = 0;
    [[nodiscard]] virtual Result<Thread> thread(qint64 id) = 0;
    // Stores a new thread (its id is ignored) and returns its id.
    [[nodiscard]] virtual Result<qint64> addThread(const Thread& thread) = 0;
    [[nodiscard]] virtual Status saveThread(const Thread& thread) = 0;
    // Moves every message and node of `from` into `into`, then forgets `from`.
    [[nodiscard]] virtual Status mergeThread(qint64 from, qint64 into) = 0;
    // Inserts or replaces the node with `node.id`.
    [[nodiscard]] virtual Status saveNode(const Node& node) = 0;
    // The thread that an original (non-reply) message with base subject `key`, dated at or before
    // `date`, started; the newest such. 0: none.
    [[nodiscard]] virtual Result<qint64> subjectOriginal(const QString& key, qint64 date) = 0;
    // The threads that replies with base subject `key`, dated at or after `date`, started.
    [[nodiscard]] virtual Result<QList<qint64>> subjectReplies(const QString& key, qint64 date) = 0;
};

} // namespace postbag::threading
