// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/pop3/Session.h"
#include "core/sync/ServerListing.h"
#include "core/sync/SyncTypes.h"

#include <functional>

namespace postbag::sync {

// The listing phase of a sync: what the server holds and the identity of each message. STAT and
// UIDL leave together (one round trip when the server pipelines); where UIDL is missing or gives
// several messages one name, TOP n 0 reads their header blocks, in windows, for ServerListing to
// name them; where TOP is refused, they are named by their bytes once fetched. Why a class: the
// three ways of naming a message are one job, apart from fetching and storing.
// Guarantees: `done` is called once per start(), after which answers still arriving are ignored;
// at most kTopWindow TOPs are outstanding whatever count a server claims; every listed message
// has an identity, or is counted in skipped() with its reason; complete() is true only when every
// listed message has an identity, so forgetting records the listing lacks is safe.
class ListingReader
{
public:
    using Done = std::function<void(const Status& status)>;

    // Lists on `session` (which must outlive the answers or abort them first).
    void start(pop3::Session& session, Done done);

    [[nodiscard]] ServerListing& server() { return m_server; }
    [[nodiscard]] const ServerListing& server() const { return m_server; }
    // Every message the server listed, readable or not.
    [[nodiscard]] int onServer() const { return m_onServer; }
    [[nodiscard]] const SkippedMessages& skipped() const { return m_skipped; }
    [[nodiscard]] bool complete() const { return m_complete; }

    static constexpr int kTopWindow = 64;

private:
    void listed(int count, Result<pop3::Listing<pop3::UidlEntry>> uidl);
    void identifyNext();
    void identified();
    void end(const Status& status);

    pop3::Session* m_session = nullptr;
    Done m_done;
    quint64 m_run = 0; // answers of an earlier start() are ignored
    bool m_active = false;
    ServerListing m_server;
    int m_onServer = 0;
    SkippedMessages m_skipped;
    bool m_complete = false;
    QList<qsizetype> m_toIdentify;
    qsizetype m_nextToIdentify = 0;
    int m_identifying = 0;
    int m_headersRead = 0;
    bool m_topUnsupported = false;
};

} // namespace postbag::sync
