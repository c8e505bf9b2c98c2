// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/mime's .cpp files: includes GLib.
#include <glib-object.h>
#include <memory>
#include <utility>

namespace postbag::mime::detail {

// Owns exactly one reference to a GObject (GMimeMessage, GMimeStream, GMimeParser, ...) and drops
// it on destruction, so no early return can leak a GMime object or unref it twice.
template <typename T> class GObjectPtr
{
public:
    GObjectPtr() = default;
    // Takes over a reference the caller owns ("transfer full").
    explicit GObjectPtr(T* owned) : m_p(owned) {}
    ~GObjectPtr() { reset(); }
    GObjectPtr(const GObjectPtr&) = delete;
    GObjectPtr& operator=(const GObjectPtr&) = delete;
    GObjectPtr(GObjectPtr&& other) noexcept : m_p(std::exchange(other.m_p, nullptr)) {}
    GObjectPtr& operator=(GObjectPtr&& other) noexcept
    {
        if (this != &other) {
            reset();
            m_p = std::exchange(other.m_p, nullptr);
        }
        return *this;
    }

    // Adds a reference to a borrowed ("transfer none") pointer.
    [[nodiscard]] static GObjectPtr ref(T* borrowed)
    {
        if (borrowed)
            g_object_ref(borrowed);
        return GObjectPtr(borrowed);
    }

    void reset()
    {
        if (m_p)
            g_object_unref(std::exchange(m_p, nullptr));
    }
    [[nodiscard]] T* get() const { return m_p; }
    explicit operator bool() const { return m_p != nullptr; }

private:
    T* m_p = nullptr;
};

// g_free()s a string GLib/GMime handed over ("transfer full").
struct GFreeDeleter
{
    void operator()(void* p) const { g_free(p); }
};
using GCharPtr = std::unique_ptr<char, GFreeDeleter>;

} // namespace postbag::mime::detail
