// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transport/CompletionQueue.h"

namespace postbag::transport {

void CompletionQueue::flush()
{
    if (m_depth > 0)
        return;
    ++m_depth; // completions run one after another, never nested
    const auto alive = m_alive;
    while (!m_pending.empty()) {
        auto fn = std::move(m_pending.front());
        m_pending.pop_front();
        fn();
        if (!*alive)
            return;
    }
    --m_depth;
    if (!m_pending.empty())
        flush();
}

std::function<bool()> CompletionQueue::guard() const
{
    return [alive = std::weak_ptr<bool>(m_alive)] {
        const auto flag = alive.lock();
        return flag && *flag;
    };
}

} // namespace postbag::transport
