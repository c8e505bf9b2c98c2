// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/threading/Threader.h"

#include "core/threading/Ancestry.h"
#include "core/threading/BaseSubject.h"

#include <utility>

namespace postbag::threading {

Result<Threader::Placement> Threader::place(const Message& message)
{
    m_known.clear();
    m_missing.clear();
    m_dirty.clear();
    m_added = 0;
    const Ancestry ancestry =
        Ancestry::of(message.messageId, message.references, message.inReplyTo);
    QStringList ids = ancestry.chain;
    if (!ancestry.self.isEmpty()) {
        ids.append(ancestry.self);
    }
    const auto found = m_graph.nodes(ids);
    if (!found) {
        return found.error();
    }
    QList<qint64> involved;
    for (const Node& n : found.value()) {
        m_known.insert(n.id, n);
        if (!involved.contains(n.thread)) {
            involved.append(n.thread);
        }
    }
    for (const QString& id : std::as_const(ids)) {
        if (!m_known.contains(id)) {
            m_missing.insert(id);
        }
    }

    // Every thread that holds one of the ids becomes one (the larger absorbs the others).
    Thread thread;
    for (const qint64 id : std::as_const(involved)) {
        if (const auto absorbed = absorbStored(thread, id); !absorbed) {
            return absorbed.error();
        }
    }

    // JWZ 1A/1B: each ancestor links to the one before it, unless it already has a parent.
    for (qsizetype i = 0; i < ancestry.chain.size(); ++i) {
        const QString parent = i > 0 ? ancestry.chain.at(i - 1) : QString();
        if (const Status s = link(ancestry.chain.at(i), parent, false); !s) {
            return s.error();
        }
    }
    // 1C: the message's own References name its parent; naming none keeps what others said.
    QString parent = ancestry.parent();
    if (!ancestry.self.isEmpty()) {
        if (const Status s = link(ancestry.self, parent, true); !s) {
            return s.error();
        }
        parent = m_known.value(ancestry.self).parent;
    } else {
        ++m_added;
    }

    if (ancestry.chain.isEmpty() && parent.isEmpty()) {
        if (const Status s = bySubject(thread, ancestry.self, message, parent); !s) {
            return s.error();
        }
    }

    const QString start = !ancestry.chain.isEmpty() ? ancestry.chain.constFirst() : ancestry.self;
    if (!start.isEmpty()) {
        const auto root = top(start);
        if (!root) {
            return root.error();
        }
        thread.root = root.value();
    }
    thread.size += m_added;
    thread.newest = qMax(thread.newest, message.date);
    if (thread.id == 0) {
        const auto added = m_graph.addThread(thread);
        if (!added) {
            return added.error();
        }
        thread.id = added.value();
    } else if (const Status s = m_graph.saveThread(thread); !s) {
        return s.error();
    }
    for (const QString& id : std::as_const(m_dirty)) {
        Node& n = m_known[id];
        n.thread = thread.id;
        if (const Status s = m_graph.saveNode(n); !s) {
            return s.error();
        }
    }
    return Placement{thread.id, parent};
}

Status Threader::bySubject(Thread& thread, const QString& self, const Message& message,
                           QString& parent)
{
    const BaseSubject subject = BaseSubject::of(message.subject);
    if (subject.key.isEmpty()) {
        return Ok{};
    }
    if (subject.reply) {
        const auto original = m_graph.subjectOriginal(subject.key, message.date);
        if (!original) {
            return original.error();
        }
        if (original.value() == 0) {
            if (thread.subjectKey.isEmpty()) {
                thread.subjectKey = subject.key;
                thread.subjectReply = true;
                thread.subjectDate = message.date;
            }
            return Ok{};
        }
        if (original.value() == thread.id) {
            return Ok{};
        }
        const auto root = absorbStored(thread, original.value());
        if (!root) {
            return root.error();
        }
        if (!self.isEmpty() && !root->isEmpty() && root.value() != self) {
            if (const Status s = link(self, root.value(), false); !s) {
                return s;
            }
            parent = m_known.value(self).parent;
        } else if (self.isEmpty()) {
            parent = root.value();
        }
        return Ok{};
    }
    if (thread.subjectKey.isEmpty() || thread.subjectReply) {
        thread.subjectKey = subject.key;
        thread.subjectReply = false;
        thread.subjectDate = message.date;
    }
    const auto replies = m_graph.subjectReplies(subject.key, message.date);
    if (!replies) {
        return replies.error();
    }
    for (const qint64 id : replies.value()) {
        if (id == thread.id) {
            continue;
        }
        const auto root = absorbStored(thread, id);
        if (!root) {
            return root.error();
        }
        if (!self.isEmpty() && !root->isEmpty() && root.value() != self) {
            if (const Status s = link(root.value(), self, false); !s) {
                return s;
            }
        }
    }
    return Ok{};
}

Result<const Node*> Threader::node(const QString& id)
{
    if (const auto it = m_known.constFind(id); it != m_known.constEnd()) {
        return &it.value();
    }
    if (id.isEmpty() || m_missing.contains(id)) {
        return static_cast<const Node*>(nullptr);
    }
    const auto found = m_graph.nodes({id});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        m_missing.insert(id);
        return static_cast<const Node*>(nullptr);
    }
    return &m_known.insert(id, found->constFirst()).value();
}

Result<bool> Threader::reaches(const QString& from, const QString& target)
{
    QString current = from;
    for (int step = 0; step < MaxDepth; ++step) {
        if (current == target) {
            return true;
        }
        const auto n = node(current);
        if (!n) {
            return n.error();
        }
        if (n.value() == nullptr || n.value()->parent.isEmpty()) {
            return false;
        }
        current = n.value()->parent;
    }
    return true; // deeper than any real thread: treated as a loop, so never linked
}

Status Threader::link(const QString& id, const QString& parent, bool replace)
{
    const auto existing = node(id);
    if (!existing) {
        return existing.error();
    }
    if (existing.value() != nullptr) {
        if (parent.isEmpty() || existing.value()->parent == parent ||
            (!replace && !existing.value()->parent.isEmpty())) {
            return Ok{};
        }
        const auto loop = reaches(parent, id);
        if (!loop) {
            return loop.error();
        }
        if (loop.value()) {
            return Ok{};
        }
    } else {
        ++m_added;
        m_missing.remove(id);
    }
    Node& n = m_known[id];
    n.id = id;
    n.parent = parent;
    if (!m_dirty.contains(id)) {
        m_dirty.append(id);
    }
    return Ok{};
}

Status Threader::absorb(Thread& survivor, Thread other)
{
    // A thread not stored yet (id 0) always yields: it has nothing to move.
    if (survivor.id == 0 || (other.id != 0 && other.size > survivor.size)) {
        std::swap(survivor, other);
    }
    if (other.id != 0) {
        if (const Status s = m_graph.mergeThread(other.id, survivor.id); !s) {
            return s;
        }
        for (Node& n : m_known) {
            if (n.thread == other.id) {
                n.thread = survivor.id;
            }
        }
    }
    survivor.size += other.size;
    survivor.newest = qMax(survivor.newest, other.newest);
    if (survivor.root.isEmpty()) {
        survivor.root = other.root;
    }
    const bool otherIsOriginal = !other.subjectKey.isEmpty() && !other.subjectReply;
    if (survivor.subjectKey.isEmpty() || (survivor.subjectReply && otherIsOriginal)) {
        survivor.subjectKey = other.subjectKey;
        survivor.subjectReply = other.subjectReply;
        survivor.subjectDate = other.subjectDate;
    }
    return Ok{};
}

Result<QString> Threader::absorbStored(Thread& survivor, qint64 id)
{
    const auto other = m_graph.thread(id);
    if (!other) {
        return other.error();
    }
    const QString root = other->root;
    if (const Status s = absorb(survivor, other.value()); !s) {
        return s.error();
    }
    return root;
}

Result<QString> Threader::top(const QString& id)
{
    QString current = id;
    for (int step = 0; step < MaxDepth; ++step) {
        const auto n = node(current);
        if (!n) {
            return n.error();
        }
        if (n.value() == nullptr || n.value()->parent.isEmpty()) {
            return current;
        }
        current = n.value()->parent;
    }
    return current;
}

} // namespace postbag::threading
