// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <utility>
#include <variant>

namespace postbag {

// A value or an Error, never both. Used for every fallible core operation so that failures are
// data (no exceptions cross module or slot boundaries) and cannot be ignored silently.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & { return std::get<0>(m_v); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_v); }
    // By value: `for (auto& x : f().value())` must not dangle.
    [[nodiscard]] T value() && { return std::get<0>(std::move(m_v)); }
    [[nodiscard]] const Error& error() const { return std::get<1>(m_v); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_v;
};

struct Ok
{
};

// Result of an operation that yields nothing but success or an Error.
using Status = Result<Ok>;

} // namespace postbag
