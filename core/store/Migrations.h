// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QStringList>

namespace postbag::store {

class Database;

// The schema as numbered steps. Why: a profile written by any earlier release must open in this
// one without losing mail. Guarantees: PRAGMA user_version is the number of the last step applied;
// each step and its version bump commit in one transaction (a failed step changes nothing); steps
// are append-only (never edit a released step, add the next one); a file from a newer release is
// refused with StoreCorrupt rather than written to. Work too long for one transaction (threading
// the messages of an older profile, ThreadBackfill) follows its step in batches that resume.
class Migrations
{
public:
    struct Step
    {
        int version;
        QStringList statements;
    };

    [[nodiscard]] static const QList<Step>& steps();
    [[nodiscard]] static int latestVersion();
    // Applies every step after the file's version up to `target` (default: the latest).
    [[nodiscard]] static Status migrate(Database& db, int target = -1);
};

} // namespace postbag::store
