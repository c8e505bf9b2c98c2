// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SeenUidls.h"

#include "core/common/Logging.h"
#include "core/store/RawCodec.h"
#include "core/store/UidlStore.h"

namespace postbag::sync {

void SeenUidls::setListing(const ServerListing& server)
{
    m_digest.clear();
    if (server.identitiesFollowFetch())
        return;
    QByteArray listing;
    listing.reserve(server.messages().size() * 32);
    for (const ServerMessage& m : server.messages())
        listing += QByteArray::number(m.number) + ' ' + m.uid.toUtf8() + '\n';
    m_digest = store::RawCodec::sha256(listing);
}

bool SeenUidls::recognised() const
{
    if (m_digest.isEmpty())
        return false;
    const auto known = store::UidlStore(m_db).knownListing(m_accountId);
    return known.ok() && known.value() == m_digest;
}

void SeenUidls::forgetRemoved(const ServerListing& server, bool complete)
{
    // A record of a message removed from the server stays while a listing still holds its UIDL
    // (DeletionPolicy never deletes it twice). Once no listing holds it, it goes: a server that
    // reuses the UIDL for new mail gets that mail downloaded (the store's content check still
    // catches a true repeat), and the table does not grow with every message ever deleted.
    if (!complete || server.identitiesFollowFetch())
        return;
    QSet<QString> listed;
    for (const ServerMessage& m : server.messages())
        listed.insert(m.uid);
    const auto forgotten = store::UidlStore(m_db).forgetRemoved(m_accountId, listed);
    if (!forgotten.ok())
        qCWarning(lcSync) << "could not forget removed UIDLs:" << forgotten.error().toLogString();
    else if (forgotten.value() > 0)
        qCInfo(lcSync) << "forgot" << forgotten.value() << "UIDLs the server no longer lists";
}

Status SeenUidls::load()
{
    auto seen = store::UidlStore(m_db).seen(m_accountId);
    if (!seen.ok())
        return seen.error();
    m_seen = std::move(seen).value();
    return Ok{};
}

void SeenUidls::remember()
{
    if (m_digest.isEmpty())
        return;
    if (Status s = store::UidlStore(m_db).setKnownListing(m_accountId, m_digest); !s.ok())
        qCWarning(lcSync) << "could not record the listing:" << s.error().toLogString();
}

} // namespace postbag::sync
