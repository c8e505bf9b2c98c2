// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transport/CompletionQueue.h"

namespace postbag::transport {

void CompletionQueue::flush()
{
    if (m_depth > 0)
        return;
    ++m_depth; // completions run one after another, never nested
    const auto alive = m_lifetime.flag();
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

} // namespace postbag::transport
