// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTest>
#include <QTimer>

namespace postbag::testing {

// Runs the event loop until everything already queued when it is called has run: posted events
// and queued calls (zero-time timers included, in the order they were posted), and deferred
// deletions. Why: a test that checks that nothing follows an event must give the code its chance
// at a deterministic point, not after a fixed sleep. False if the loop never got there.
[[nodiscard]] inline bool runQueuedEvents(int limitMs = 10000)
{
    QObject context;
    bool reached = false;
    QTimer::singleShot(0, &context, [&reached] { reached = true; });
    return QTest::qWaitFor([&reached] { return reached; }, limitMs);
}

} // namespace postbag::testing
