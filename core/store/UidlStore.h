// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/StoreTypes.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace postbag::store {

class Database;

// The per-account record of every UIDL ever downloaded. Why: "seen" state lives in the same
// database and transaction as the mail (a flat file drifts and causes duplicates or losses).
// Guarantees: MessageStore::insert records a message's UIDL in the message's transaction; a
// duplicate still records its UIDL; deleting a message marks its UIDL deleted locally (trigger);
// each bulk mark below is one transaction.
class UidlStore
{
public:
    explicit UidlStore(Database& db) : m_db(db) {}

    // Every UIDL recorded for the account, including those removed from the server.
    [[nodiscard]] Result<QSet<QString>> seen(qint64 accountId);
    // For the leave-on-server policy.
    [[nodiscard]] Result<QList<UidlEntry>> entries(qint64 accountId);
    // After a successful QUIT following DELE: the server no longer has them.
    [[nodiscard]] Status markRemovedFromServer(qint64 accountId, const QStringList& uidls);
    // Forgets the records marked removed from the server whose UIDL `listed` (a complete
    // listing) no longer holds; returns how many. A UIDL the server reuses later is new mail.
    [[nodiscard]] Result<int> forgetRemoved(qint64 accountId, const QSet<QString>& listed);

    // The digest of the last server listing of which every UIDL was found recorded here (empty if
    // none): an identical listing has nothing new, which answers the common check of a large
    // leave-on-server mailbox without reading every record. Dropping any record of the account
    // drops the digest too (a trigger), so it never vouches for a UIDL that is no longer here.
    [[nodiscard]] Result<QByteArray> knownListing(qint64 accountId);
    [[nodiscard]] Status setKnownListing(qint64 accountId, const QByteArray& digest);

private:
    [[nodiscard]] Status forget(qint64 accountId, const QStringList& uidls);
    [[nodiscard]] Status forEach(const QString& statement, qint64 accountId,
                                 const QStringList& uidls);

    Database& m_db;
};

} // namespace postbag::store
