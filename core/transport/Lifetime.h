// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

namespace postbag::transport {

// Tells callbacks that may run after their owner is gone (a session's completion, a hook's
// continuation) whether it still exists. Why: the sessions, their completion queue and both
// protocols' handshakes all hand `this` to callbacks they do not control.
// Guarantees: guard() answers true until the Lifetime is destroyed and false from then on,
// wherever the guard was copied to; flag() is the same answer as a shared flag, for a loop that
// checks it often.
class Lifetime
{
public:
    Lifetime() = default;
    ~Lifetime() { *m_alive = false; }
    Lifetime(const Lifetime&) = delete;
    Lifetime& operator=(const Lifetime&) = delete;

    [[nodiscard]] std::function<bool()> guard() const
    {
        return [alive = std::weak_ptr<const bool>(m_alive)] {
            const auto flag = alive.lock();
            return flag && *flag;
        };
    }
    [[nodiscard]] std::shared_ptr<const bool> flag() const { return m_alive; }

private:
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace postbag::transport
