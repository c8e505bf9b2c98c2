// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace postbag::store {
class Database;
}

namespace postbag::ui {

// The outbox items that need the user, in words for the error bar: one that may already have
// been sent (uncertain) comes first, since only the user can decide it; then one that failed, with
// when Postbag tries again or that it waits for the user. Why: a message that did not go out, or
// may have, must be as visible as a failed download, with the server's own words. Guarantees:
// reads only (GUI connection); the text names the message (subject and recipients), quotes what
// the server said, and comes from ErrorText for the error itself.
class OutboxProblems
{
    Q_DECLARE_TR_FUNCTIONS(OutboxProblems)
public:
    struct Problem
    {
        qint64 itemId = 0;
        qint64 accountId = 0;
        bool uncertain = false;
        bool waitsForUser = false; // failed and not retried by itself
        QString text;
    };

    // The most pressing problem in the outbox, if any.
    [[nodiscard]] static std::optional<Problem> first(store::Database& db);
};

} // namespace postbag::ui
