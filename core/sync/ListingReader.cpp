// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ListingReader.h"

#include "core/common/Logging.h"

#include <QCryptographicHash>
#include <memory>
#include <utility>

namespace postbag::sync {

void ListingReader::start(pop3::Session& session, Done done)
{
    m_session = &session;
    m_done = std::move(done);
    m_active = true;
    const quint64 run = ++m_run;
    // A failed STAT ends the listing; the UIDL answer that may still arrive is then ignored.
    auto count = std::make_shared<int>(-1);
    session.stat([this, run, count](Result<pop3::StatInfo> stat) {
        if (run != m_run || !m_active)
            return;
        if (!stat.ok())
            return end(stat.error());
        *count = stat->count;
    });
    session.uidl([this, run, count](Result<pop3::Listing<pop3::UidlEntry>> uidl) {
        if (run != m_run || !m_active || *count < 0)
            return;
        listed(*count, std::move(uidl));
    });
}

void ListingReader::listed(int count, Result<pop3::Listing<pop3::UidlEntry>> uidl)
{
    m_server = {};
    m_skipped = {};
    m_onServer = count;
    m_complete = true;
    m_toIdentify.clear();
    m_nextToIdentify = 0;
    m_identifying = 0;
    m_headersRead = 0;
    m_topUnsupported = false;
    if (count == 0)
        return identified();
    if (!uidl.ok()) {
        if (uidl.error().code != ErrorCode::CommandUnsupported)
            return end(uidl.error());
        // No UIDL: as many messages as STAT claims, up to what one listing may hold.
        constexpr int kMax = int(pop3::Listing<pop3::UidlEntry>::kMaxListingLines);
        m_server = ServerListing::unnamed(qMin(count, kMax));
        m_skipped.overListingLimit += qMax(0, count - kMax);
    } else {
        m_server = ServerListing::fromUidl(uidl->entries);
        // Messages on malformed lines have no identity this time: they are left alone.
        m_skipped.unreadable += int(uidl->malformedLines.size());
        m_skipped.overListingLimit += int(uidl->omitted);
        m_onServer = int(uidl->entries.size() + uidl->malformedLines.size() + uidl->omitted);
    }
    if (m_server.repeatedUidls() > 0)
        qCWarning(lcSync) << "the server gives" << m_server.repeatedUidls()
                          << "messages a UIDL it gives another one too; telling them apart by "
                             "their headers";
    m_complete = m_skipped.total() == 0;
    m_toIdentify = m_server.needingHeaders();
    if (m_toIdentify.isEmpty())
        return identified();
    if (m_server.repeatedUidls() == 0)
        qCInfo(lcSync) << "server has no UIDL; identifying" << m_toIdentify.size()
                       << "messages by their headers";
    identifyNext();
}

void ListingReader::identifyNext()
{
    // In windows: a server claiming two billion messages gets at most kTopWindow TOPs at a time,
    // and the reader holds one digest state per TOP outstanding, never one per claimed message.
    const quint64 run = m_run;
    while (m_active && m_nextToIdentify < m_toIdentify.size() && m_identifying < kTopWindow &&
           !m_topUnsupported) {
        const qsizetype index = m_toIdentify.at(m_nextToIdentify++);
        ++m_identifying;
        auto digest = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha1);
        m_session->top(
            m_server.messages().at(index).number, 0,
            [digest](QByteArrayView b) { digest->addData(b); },
            [this, run, index, digest](const Result<qint64>& r) {
                if (run != m_run || !m_active)
                    return;
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
                    return end(r.error());
                }
                if (m_identifying > 0 ||
                    (m_nextToIdentify < m_toIdentify.size() && !m_topUnsupported))
                    return identifyNext();
                identified();
            });
    }
}

void ListingReader::identified()
{
    // TOP refused as a command, or (a server without CAPA cannot say it lacks TOP) answered for
    // no message at all: those messages are fetched whole and identified by their bytes, or
    // they would never arrive.
    if (m_topUnsupported || (!m_toIdentify.isEmpty() && m_headersRead == 0))
        m_server.identifyRestByBytes();
    for (const ServerMessage& m : m_server.messages()) {
        if (m.unreadable) {
            ++m_skipped.unreadable;
            m_complete = false;
        }
    }
    m_server.finish();
    end(Ok{});
}

void ListingReader::end(const Status& status)
{
    m_active = false;
    const Done done = std::exchange(m_done, {});
    done(status);
}

} // namespace postbag::sync
