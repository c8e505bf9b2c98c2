// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <optional>

namespace postbag::sync {

// When to try an account again after a sync, as a pure function (tested as a table).
// A success waits the account's interval; temporary trouble backs off exponentially (1, 2, 4 ...
// minutes, never beyond the interval or an hour) and respects a server's LOGIN-DELAY; failures that
// need the user (wrong password, untrusted certificate, bad settings) are not retried by themselves.
struct RetryDecision
{
    std::optional<QDateTime> next; // nullopt: wait for the user
    bool needsUser = false;
};

[[nodiscard]] RetryDecision nextAttempt(const std::optional<Error>& error, int consecutiveFailures,
                                        int intervalMinutes, std::optional<int> loginDelaySeconds,
                                        const QDateTime& now);

} // namespace postbag::sync
