// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncPolicy.h"

#include <algorithm>

namespace postbag::sync {

RetryDecision nextAttempt(const std::optional<Error>& error, int consecutiveFailures, int intervalMinutes,
                          std::optional<int> loginDelaySeconds, const QDateTime& now)
{
    RetryDecision d;
    const qint64 intervalSecs = qint64(intervalMinutes) * 60;
    if (!error || error->code == ErrorCode::Cancelled) {
        if (intervalSecs <= 0)
            return d; // on demand only: LOGIN-DELAY says when a login may come, not that one must
        qint64 wait = intervalSecs;
        if (loginDelaySeconds)
            wait = std::max<qint64>(wait, *loginDelaySeconds);
        if (wait > 0)
            d.next = now.addSecs(wait);
        return d;
    }
    if (error->needsUser()) {
        d.needsUser = true;
        return d;
    }
    // Temporary trouble: 1, 2, 4 ... minutes, capped by the interval (when set) and by an hour.
    const int shift = std::clamp(consecutiveFailures - 1, 0, 6);
    qint64 backoff = qint64(60) << shift;
    qint64 cap = 3600;
    if (intervalSecs > 0)
        cap = std::min(cap, std::max<qint64>(intervalSecs, 60));
    backoff = std::min(backoff, cap);
    if (error->code == ErrorCode::LoginDelay && loginDelaySeconds)
        backoff = std::max<qint64>(backoff, *loginDelaySeconds);
    d.next = now.addSecs(backoff);
    return d;
}

} // namespace postbag::sync
