// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/sync/ServerListing.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace postbag::sync {

// What the store knows of one account's server listing: the UIDLs already downloaded, the listing
// last found fully recorded, and the records of messages no listing holds any more. Why: deciding
// which listed messages are new is its own step between listing and fetching, and the only one
// of a sync's steps that reads the seen-UIDL table.
// Guarantees: a listing is recognised only when it is the one last remembered and no identity
// waits for a fetch; a listing is remembered only when asked after everything it holds was
// stored durably; records are forgotten only for a complete listing named without fetching.
class SeenUidls
{
public:
    SeenUidls(store::Database& db, qint64 accountId) : m_db(db), m_accountId(accountId) {}

    // The listing this sync works from: its digest, unless identities follow the fetch.
    void setListing(const ServerListing& server);
    // The same listing as the last one remembered: nothing new, no table read.
    [[nodiscard]] bool recognised() const;
    // Drops the records of messages removed from the server that `server` no longer lists.
    void forgetRemoved(const ServerListing& server, bool complete);
    [[nodiscard]] Status load();
    [[nodiscard]] bool contains(const QString& uid) const { return m_seen.contains(uid); }
    void insert(const QString& uid) { m_seen.insert(uid); }
    // Records the listing as fully stored, so that the next identical one skips the table.
    void remember();

private:
    store::Database& m_db;
    qint64 m_accountId;
    QByteArray m_digest; // of this sync's listing; empty when it cannot vouch for it
    QSet<QString> m_seen;
};

} // namespace postbag::sync
