// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/transport/Lifetime.h"

#include <deque>
#include <functional>
#include <memory>

namespace postbag::transport {

// The deferred completions of a socket-free protocol session (pop3::Session, smtp::Session).
// Why: a session parses bytes and moves its queues inside receive() and pump(); a caller's
// completion run from there could re-enter it half-way. Both sessions hold the queue while they
// work and run what they deferred once they are done.
// Guarantees: completions run in the order they were deferred, one after another and never
// nested, and never while the queue is held (hold()/release() nest; flush() inside a hold does
// nothing); a completion that destroys the queue's owner (and so the queue) ends the flush at
// once, without touching it again; guard() tells a callback that may outlive the owner whether it
// is still there.
class CompletionQueue
{
public:
    CompletionQueue() = default;
    ~CompletionQueue() = default;
    CompletionQueue(const CompletionQueue&) = delete;
    CompletionQueue& operator=(const CompletionQueue&) = delete;

    void defer(std::function<void()> completion) { m_pending.push_back(std::move(completion)); }
    void hold() { ++m_depth; }
    void release() { --m_depth; }
    // Runs every deferred completion, including those deferred meanwhile, unless held.
    void flush();
    [[nodiscard]] bool isHeld() const { return m_depth > 0; }
    // A session's commands, sent and waiting, all fail with `error`: each one's fail(error) is
    // deferred, in flight first and then waiting, in order, and both lists are left empty.
    template <typename Command>
    void failEach(std::deque<Command>& inFlight, std::deque<Command>& waiting, const Error& error)
    {
        auto pending = std::move(inFlight);
        inFlight.clear();
        for (Command& c : waiting)
            pending.push_back(std::move(c));
        waiting.clear();
        for (Command& c : pending)
            defer([fail = std::move(c.fail), error] { fail(error); });
    }
    // True as long as the queue (and the session that owns it) exists.
    [[nodiscard]] std::function<bool()> guard() const { return m_lifetime.guard(); }

private:
    std::deque<std::function<void()>> m_pending;
    Lifetime m_lifetime;
    int m_depth = 0;
};

} // namespace postbag::transport
