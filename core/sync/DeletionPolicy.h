// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/StoreTypes.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>

namespace postbag::sync {

struct DeletionPolicy
{
    bool leaveOnServer = true;
    int deleteAfterDays = 0;           // with leaveOnServer: 0 means never by age
    bool deleteWhenDeletedLocally = false;

    // "Keep everything on the server": nothing is ever deleted, so there is nothing to decide.
    [[nodiscard]] bool keepsEverything() const
    {
        return leaveOnServer && deleteAfterDays <= 0 && !deleteWhenDeletedLocally;
    }
};

// Which messages to remove from the server: a pure function of the policy, what the store holds
// and what the server still lists, so every rule is tested as a matrix.
// Rules: only a message the store holds durably (or the user deleted locally) is ever a candidate;
// never one whose body is still only on the server (headers-only), nor one removed from the
// server before and listed again (its UIDL may now name a new message); without leave-on-server
// every candidate goes; with it, those older than deleteAfterDays and, if asked, those deleted
// locally.
[[nodiscard]] QStringList uidlsToDelete(const DeletionPolicy& policy,
                                        const QList<store::UidlEntry>& stored,
                                        const QSet<QString>& onServer, const QDateTime& now);

} // namespace postbag::sync
