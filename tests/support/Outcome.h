// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <optional>

namespace postbag::testing {

// Collects a command's result for later QCOMPARE.
template<typename T>
struct Outcome
{
    std::optional<Result<T>> result;
    int calls = 0;
    auto callback()
    {
        return [this](Result<T> r) {
            ++calls;
            result.emplace(std::move(r));
        };
    }
    [[nodiscard]] bool done() const { return calls > 0; }
    [[nodiscard]] const T& value() const { return result->value(); }
    [[nodiscard]] const Error& error() const { return result->error(); }
    // Completions run exactly once: a second call makes every check fail.
    [[nodiscard]] bool ok() const { return calls == 1 && result && result->ok(); }
    // The error's code; an impossible value when there was no error, so QCOMPARE fails readably.
    [[nodiscard]] ErrorCode code() const
    {
        return calls == 1 && result && !result->ok() ? result->error().code : ErrorCode(-1);
    }
};

} // namespace postbag::testing
