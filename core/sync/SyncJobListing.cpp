// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncJob's listing phase: UIDL (or TOP identities), the recorded listing shortcut, and which
// messages are new. Split from SyncJob.cpp by phase; the class comment is in SyncJob.h.
#include "core/sync/SyncJob.h"

#include "core/common/Logging.h"
#include "core/store/RawCodec.h"
#include "core/store/UidlStore.h"

#include <QCryptographicHash>
#include <algorithm>

namespace postbag::sync {

void SyncJob::listMessages()
{
    // STAT and UIDL leave together: one round trip, not two, when the server pipelines (the
    // session sends them one after the other when it does not). A failed STAT ends the job; the
    // UIDL answer that may still arrive is then ignored.
    auto count = std::make_shared<int>(-1);
    m_client->session().stat([this, count](Result<pop3::StatInfo> stat) {
        // The CAPA after login was answered before this (LoginOptions::earlyLogin).
        if (m_client)
            m_report.loginDelaySeconds = m_client->capabilities().loginDelaySeconds;
        if (!stat.ok())
            return fail(stat.error());
        *count = stat->count;
    });
    m_client->session().uidl([this, count](Result<pop3::Listing<pop3::UidlEntry>> uidl) {
        if (*count < 0)
            return;
        m_server = {};
        m_report.skipped = {}; // a retry on a new connection counts its own listing
        m_report.onServer = *count;
        m_listingComplete = true;
        if (*count == 0)
            return identify();
        if (!uidl.ok()) {
            if (uidl.error().code != ErrorCode::CommandUnsupported)
                return fail(uidl.error());
            // No UIDL: as many messages as STAT claims, up to what one listing may hold.
            constexpr int kMax = int(pop3::Listing<pop3::UidlEntry>::kMaxListingLines);
            m_server = ServerListing::unnamed(qMin(*count, kMax));
            m_report.skipped.overListingLimit += qMax(0, *count - kMax);
        } else {
            m_server = ServerListing::fromUidl(uidl->entries);
            // Messages on malformed lines have no identity this time: they are left alone.
            m_report.skipped.unreadable += int(uidl->malformedLines.size());
            m_report.skipped.overListingLimit += int(uidl->omitted);
            m_report.onServer =
                int(uidl->entries.size() + uidl->malformedLines.size() + uidl->omitted);
        }
        m_report.repeatedUidls = m_server.repeatedUidls();
        if (m_report.repeatedUidls > 0)
            qCWarning(lcSync) << "the server gives" << m_report.repeatedUidls
                              << "messages a UIDL it gives another one too; telling them apart by "
                                 "their headers";
        m_listingComplete = m_report.skipped.total() == 0;
        identify();
    });
}

void SyncJob::identify()
{
    m_toIdentify = m_server.needingHeaders();
    m_nextToIdentify = 0;
    m_identifying = 0;
    m_headersRead = 0;
    m_topUnsupported = false;
    if (m_toIdentify.isEmpty())
        return identified();
    if (m_server.repeatedUidls() == 0)
        qCInfo(lcSync) << "server has no UIDL; identifying" << m_toIdentify.size()
                       << "messages by their headers";
    identifyNext();
}

void SyncJob::identifyNext()
{
    // In windows: a server claiming two billion messages gets at most kTopWindow TOPs at a time,
    // and the job holds one digest state per TOP outstanding, never one per claimed message.
    while (m_phase == SyncPhase::Listing && m_nextToIdentify < m_toIdentify.size() &&
           m_identifying < kTopWindow && !m_topUnsupported) {
        const qsizetype index = m_toIdentify.at(m_nextToIdentify++);
        ++m_identifying;
        auto digest = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha1);
        m_client->session().top(
            m_server.messages().at(index).number, 0,
            [digest](QByteArrayView b) { digest->addData(b); },
            [this, index, digest](const Result<qint64>& r) {
                --m_identifying;
                if (r.ok()) {
                    ++m_headersRead;
                    m_server.setHeaderDigest(index, digest->result());
                } else if (r.error().code == ErrorCode::CommandUnsupported) {
                    m_topUnsupported = true;
                } else if (r.error().kind == ErrorKind::Command ||
                           r.error().code == ErrorCode::MessageTooLarge) {
                    m_server.setUnreadable(index);
                } else {
                    return fail(r.error());
                }
                if (m_phase != SyncPhase::Listing)
                    return;
                if (m_identifying > 0 ||
                    (m_nextToIdentify < m_toIdentify.size() && !m_topUnsupported))
                    return identifyNext();
                identified();
            });
    }
}

void SyncJob::identified()
{
    // TOP refused as a command, or (a server without CAPA cannot say it lacks TOP) answered for
    // no message at all: those messages are fetched whole and identified by their bytes, or
    // they would never arrive.
    if (m_topUnsupported || (!m_toIdentify.isEmpty() && m_headersRead == 0))
        m_server.identifyRestByBytes();
    for (const ServerMessage& m : m_server.messages()) {
        if (m.unreadable) {
            ++m_report.skipped.unreadable;
            m_listingComplete = false;
        }
    }
    m_server.finish();
    selectNew();
}

void SyncJob::forgetRemoved()
{
    // A record of a message removed from the server stays while a listing still holds its UIDL
    // (DeletionPolicy never deletes it twice). Once no listing holds it, it goes: a server that
    // reuses the UIDL for new mail gets that mail downloaded (the store's content check still
    // catches a true repeat), and the table does not grow with every message ever deleted.
    if (!m_listingComplete || m_server.identitiesFollowFetch())
        return;
    QSet<QString> listed;
    for (const ServerMessage& m : m_server.messages())
        listed.insert(m.uid);
    const auto forgotten = store::UidlStore(m_db).forgetRemoved(m_request.accountId, listed);
    if (!forgotten.ok())
        qCWarning(lcSync) << "could not forget removed UIDLs:" << forgotten.error().toLogString();
    else if (forgotten.value() > 0)
        qCInfo(lcSync) << "forgot" << forgotten.value() << "UIDLs the server no longer lists";
}

QByteArray SyncJob::listingDigest() const
{
    QByteArray listing;
    listing.reserve(m_server.messages().size() * 32);
    for (const ServerMessage& m : m_server.messages())
        listing += QByteArray::number(m.number) + ' ' + m.uid.toUtf8() + '\n';
    return store::RawCodec::sha256(listing);
}

void SyncJob::rememberListing()
{
    // Only when every listed UIDL is recorded (durably): nothing skipped, no identities that
    // exist only after a fetch. The next identical listing can then skip the table.
    if (m_listingDigest.isEmpty() || m_report.skipped.total() > 0)
        return;
    if (Status s = store::UidlStore(m_db).setKnownListing(m_request.accountId, m_listingDigest); !s.ok())
        qCWarning(lcSync) << "could not record the listing:" << s.error().toLogString();
}

void SyncJob::selectNew()
{
    store::UidlStore uidls(m_db);
    m_new.clear();
    // The same listing as the last one found fully recorded has nothing new: no table read.
    const bool byBytes = m_server.identitiesFollowFetch();
    const QByteArray digest = byBytes ? QByteArray() : listingDigest();
    m_listingDigest = digest;
    if (!digest.isEmpty() && m_request.completeBodies.isEmpty()) {
        if (const auto known = uidls.knownListing(m_request.accountId); known.ok() && known.value() == digest) {
            m_report.listingRecognised = true;
            m_report.newOnServer = 0;
            m_phase = SyncPhase::Deleting;
            return step();
        }
    }
    forgetRemoved(); // not for a recognised listing: the check that needs no table read stays so
    auto seen = uidls.seen(m_request.accountId);
    if (!seen.ok())
        return fail(seen.error());
    m_seen = std::move(seen).value();
    for (const ServerMessage& m : m_server.messages()) {
        if (m.unreadable)
            continue;
        if (m.identifyByBytes || m_request.completeBodies.contains(m.uid) ||
            !m_seen.contains(m.uid))
            m_new.append(m);
    }
    // On the retry after broken pipelining, what the first connection stored was new as well.
    const int earlier = byBytes ? 0 : m_report.downloaded + m_report.completed;
    m_report.newOnServer = earlier + int(m_new.size());
    if (m_new.isEmpty()) { // the cheap path: nothing new, no LIST, no RETR
        rememberListing();
        m_phase = SyncPhase::Deleting;
        return step();
    }
    m_client->session().list([this](Result<pop3::Listing<pop3::ListEntry>> list) {
        if (!list.ok())
            return fail(list.error());
        QHash<int, qint64> sizes;
        for (const pop3::ListEntry& e : list->entries)
            sizes.insert(e.number, e.octets);
        m_totalBytes = 0;
        for (ServerMessage& m : m_new) {
            // A size no mailbox has (a broken or hostile LIST) must not overflow the sums. One
            // LIST does not give may be anything up to the hard cap: it fills the byte window.
            m.sizeKnown = sizes.contains(m.number);
            m.size = m.sizeKnown ? std::clamp<qint64>(sizes.value(m.number), 0, qint64(1) << 40)
                                 : kFetchWindowBytes;
            m_totalBytes += m.size;
        }
        m_phase = SyncPhase::Fetching;
        step();
    });
}

} // namespace postbag::sync
