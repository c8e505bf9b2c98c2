// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/DeletionPolicy.h"

namespace postbag::sync {

QStringList uidlsToDelete(const DeletionPolicy& policy, const QList<store::UidlEntry>& stored,
                          const QSet<QString>& onServer, const QDateTime& now)
{
    QStringList out;
    for (const store::UidlEntry& e : stored) {
        if (!onServer.contains(e.uidl))
            continue;
        // Removed once already (DELE, then +OK to QUIT), yet listed again: either the server
        // reuses identities for new mail, which was never fetched, or it keeps what it deleted.
        // A second DELE could only lose mail in the first case and gains nothing in the second.
        if (e.removedFromServer)
            continue;
        const bool held = e.messageId != 0 && !e.headersOnly;
        if (!held && !e.deletedLocally)
            continue; // the only copy, or part of it, is still on the server
        bool remove = false;
        if (!policy.leaveOnServer) {
            remove = true;
        } else {
            if (policy.deleteAfterDays > 0 && e.downloadedAt.isValid()
                && e.downloadedAt.addDays(policy.deleteAfterDays) <= now)
                remove = true;
            if (policy.deleteWhenDeletedLocally && e.deletedLocally)
                remove = true;
        }
        if (remove)
            out.append(e.uidl);
    }
    return out;
}

} // namespace postbag::sync
