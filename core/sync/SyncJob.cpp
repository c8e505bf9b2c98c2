// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncJob.h"

#include "core/common/Logging.h"
#include "core/store/UidlStore.h"
#include "core/sync/FetchPipeline.h"

#include <algorithm>

namespace postbag::sync {

SyncJob::SyncJob(store::Database& db, TransportFactory transports, SyncRequest request,
                 QObject* parent)
    : QObject(parent), m_db(db), m_transports(std::move(transports)), m_request(std::move(request)),
      m_seen(db, m_request.accountId)
{
}

SyncJob::~SyncJob() = default;

void SyncJob::start()
{
    if (m_phase != SyncPhase::Idle)
        return;
    m_phase = SyncPhase::Connecting;
    step();
}

void SyncJob::provideSecret(Result<QString> secret)
{
    if (!m_request.login.secretPending ||
        (m_phase != SyncPhase::Idle && m_phase != SyncPhase::Connecting))
        return;
    m_request.login.secretPending = false;
    if (!secret.ok())
        return fail(secret.error());
    m_request.login.credentials.secret = secret.value();
    if (std::exchange(m_reconnectWithSecret, false))
        return connectAndLogin();
    if (m_client) {
        m_secretCameWhileConnected = true;
        m_client->provideSecret(std::move(secret));
    }
}

void SyncJob::cancel()
{
    if (m_phase == SyncPhase::Done || m_phase == SyncPhase::Failed || m_phase == SyncPhase::Cancelled)
        return;
    m_cancelled = true;
    if (m_fetch)
        m_fetch->stop();
    if (m_client)
        m_client->abort(); // every pending command completes with Cancelled
    else
        finish();
}

void SyncJob::step()
{
    emitProgress();
    switch (m_phase) {
    case SyncPhase::Connecting:
        return connectAndLogin();
    case SyncPhase::Listing:
        return listMessages();
    case SyncPhase::Deleting:
        return deleteAndQuit();
    case SyncPhase::Idle:
    case SyncPhase::Fetching: // started by selectNew once the sizes are known
    case SyncPhase::Quitting:
    case SyncPhase::Done:
    case SyncPhase::Failed:
    case SyncPhase::Cancelled:
        return;
    }
}

void SyncJob::connectAndLogin()
{
    if (m_client)
        m_client.release()->deleteLater(); // we may be inside one of its callbacks
    m_client = std::make_unique<pop3::Client>(m_transports());
    m_client->setProtocolLog(m_request.protocolLog);
    // The fetch window (FetchPipeline) is what bounds the RETRs outstanding; the session's own
    // default would cap them at 256 messages per round trip, far less than a slow link carries.
    pop3::LoginOptions login = m_request.login;
    login.pipelineWindow = qMax(login.pipelineWindow, FetchPipeline::kWindow);
    login.earlyLogin = true; // STAT and UIDL go with the last CAPA (see listMessages)
    m_client->connectAndLogin(m_request.endpoint, login, [this](Result<pop3::LoginInfo> r) {
        const auto hungUp = [](ErrorCode c) {
            return c == ErrorCode::ConnectionClosed || c == ErrorCode::UnexpectedEnd ||
                   c == ErrorCode::NetworkError;
        };
        // The server gave up on us while a keyring prompt or password command was still
        // answering: connect again, once, when the secret is here. A hang-up that reaches us
        // only after the secret came (the two crossed) is the same case: connect again now.
        const bool raced = std::exchange(m_secretCameWhileConnected, false);
        const bool waiting = m_request.login.secretPending;
        if (!r.ok() && (waiting || raced) && !m_cancelled && hungUp(r.error().code)) {
            m_client.release()->deleteLater(); // we are inside its callback
            if (waiting) {
                m_reconnectWithSecret = true;
                return;
            }
            return connectAndLogin();
        }
        if (!r.ok()) {
            // A login refused with [LOGIN-DELAY]: the delay the server announced before login
            // is the one to wait (SyncPolicy::nextAttempt).
            if (m_client)
                m_report.loginDelaySeconds = m_client->capabilities().loginDelaySeconds;
            return fail(r.error());
        }
        m_phase = SyncPhase::Listing;
        step();
    });
}

void SyncJob::listMessages()
{
    // STAT and UIDL go with the last CAPA (LoginOptions::earlyLogin): one round trip.
    m_listing.start(m_client->session(), [this](const Status& s) { listed(s); });
}

void SyncJob::listed(const Status& status)
{
    // The CAPA after login was answered before the listing.
    if (m_client)
        m_report.loginDelaySeconds = m_client->capabilities().loginDelaySeconds;
    if (!status.ok())
        return fail(status.error());
    m_report.skipped = m_listing.skipped(); // a retry on a new connection counts its own listing
    m_report.onServer = m_listing.onServer();
    m_report.repeatedUidls = m_listing.server().repeatedUidls();
    const ServerListing& server = m_listing.server();
    // The same listing as the last one found fully recorded has nothing new: no table read.
    m_seen.setListing(server);
    if (m_request.completeBodies.isEmpty() && m_seen.recognised()) {
        m_report.listingRecognised = true;
        m_report.newOnServer = 0;
        m_phase = SyncPhase::Deleting;
        return step();
    }
    m_seen.forgetRemoved(server, m_listing.complete()); // not for a recognised listing
    if (Status loaded = m_seen.load(); !loaded.ok())
        return fail(loaded.error());
    QList<ServerMessage> fresh;
    for (const ServerMessage& m : server.messages()) {
        if (m.unreadable)
            continue;
        if (m.identifyByBytes || m_request.completeBodies.contains(m.uid) ||
            !m_seen.contains(m.uid))
            fresh.append(m);
    }
    selectNew(std::move(fresh));
}

void SyncJob::selectNew(QList<ServerMessage> fresh)
{
    // On the retry after broken pipelining, what the first connection stored was new as well.
    const int earlier =
        m_listing.server().identitiesFollowFetch() ? 0 : m_report.downloaded + m_report.completed;
    m_report.newOnServer = earlier + int(fresh.size());
    m_progress.total = int(fresh.size());
    if (fresh.isEmpty()) { // the cheap path: nothing new, no LIST, no RETR
        rememberListing();
        m_phase = SyncPhase::Deleting;
        return step();
    }
    m_client->session().list(
        [this, fresh = std::move(fresh)](Result<pop3::Listing<pop3::ListEntry>> list) mutable {
            if (!list.ok())
                return fail(list.error());
            m_phase = SyncPhase::Fetching;
            m_fetch = new FetchPipeline(
                m_db, *m_client, m_request, m_listing.server(), m_seen,
                {m_report, m_progress, [this] { emitProgress(); }},
                [this](const std::optional<Error>& error) { fetched(error); }, this);
            m_fetch->start(std::move(fresh), list->entries);
        });
}

void SyncJob::fetched(const std::optional<Error>& error)
{
    m_fetch->deleteLater(); // we are inside its `finished`
    m_fetch = nullptr;
    if (m_cancelled)
        return finish();
    if (error) {
        if (error->code == ErrorCode::PipeliningBroken && !m_report.pipeliningRetried) {
            qCInfo(lcSync) << "server broke under pipelining; retrying one command at a time";
            m_report.pipeliningRetried = true;
            m_request.login.allowPipelining = false;
            m_phase = SyncPhase::Connecting;
            return step();
        }
        return fail(*error);
    }
    // The StoreWriter made its own commits durable; this makes sure of this connection's.
    if (Status durable = m_db.makeDurable(); !durable.ok())
        return fail(durable.error());
    rememberListing();
    m_phase = SyncPhase::Deleting;
    step();
}

void SyncJob::rememberListing()
{
    // Only when every listed UIDL is recorded (durably): nothing skipped, no identities that
    // exist only after a fetch. The next identical listing can then skip the table.
    if (m_report.skipped.total() == 0)
        m_seen.remember();
}

QSet<QString> SyncJob::deletableOnServer(const QList<store::UidlEntry>& entries) const
{
    QSet<QString> held;
    for (const store::UidlEntry& e : entries) {
        if (e.messageId != 0 && !e.headersOnly)
            held.insert(e.uidl);
    }
    return m_listing.server().deletable(held);
}

void SyncJob::deleteAndQuit()
{
    if (m_request.policy.keepsEverything()) // the common leave-on-server check stays cheap
        return quit(std::make_shared<QStringList>());
    auto entries = store::UidlStore(m_db).entries(m_request.accountId);
    if (!entries.ok())
        return fail(entries.error());
    const QStringList doomed = uidlsToDelete(m_request.policy, entries.value(),
                                             deletableOnServer(entries.value()), m_request.clock());
    const QHash<QString, int> numberOf = m_listing.server().numbers();
    auto accepted = std::make_shared<QStringList>();
    for (const QString& uid : doomed) {
        m_client->session().dele(numberOf.value(uid), [accepted, uid](Status s) {
            if (s.ok())
                accepted->append(uid);
        });
    }
    m_report.deletionsRequested = int(doomed.size());
    quit(accepted);
}

void SyncJob::quit(std::shared_ptr<QStringList> deleted)
{
    m_phase = SyncPhase::Quitting;
    emitProgress();
    // The DELE answers arrive before QUIT's, so `deleted` is complete when QUIT completes.
    m_client->quit([this, deleted](Status s) {
        if (!s.ok()) // no +OK to QUIT: the server deleted nothing
            return fail(s.error());
        store::UidlStore uidls(m_db);
        if (!deleted->isEmpty()) {
            m_report.deletionsConfirmed = true;
            if (Status marked = uidls.markRemovedFromServer(m_request.accountId, *deleted); !marked.ok())
                qCWarning(lcSync) << "could not record deletions:" << marked.error().toLogString();
        }
        m_report.keptOnServer =
            qMax(0, m_report.onServer - m_report.skipped.total() - int(deleted->size()));
        m_phase = SyncPhase::Done;
        finish();
    });
}

void SyncJob::fail(const Error& error)
{
    if (m_phase == SyncPhase::Done || m_phase == SyncPhase::Failed || m_phase == SyncPhase::Cancelled)
        return;
    if (m_cancelled)
        return finish();
    m_report.error = error;
    m_phase = SyncPhase::Failed;
    if (m_client)
        m_client->abort();
    finish();
}

void SyncJob::finish()
{
    if (m_cancelled) {
        m_phase = SyncPhase::Cancelled;
        if (!m_report.error)
            m_report.error = Error::make(ErrorCode::Cancelled);
    }
    if (m_client) {
        m_client->abort();
        m_client.release()->deleteLater();
    }
    // A failed sync asks for what is left again (SyncRunner); a successful one found no body
    // to fetch for these: the server no longer lists them, or refused to send them.
    if (m_report.ok()) {
        m_report.bodiesUnavailable = m_request.completeBodies.values();
        std::sort(m_report.bodiesUnavailable.begin(), m_report.bodiesUnavailable.end());
    }
    emitProgress();
    Q_EMIT finished(m_report);
}

void SyncJob::emitProgress()
{
    m_progress.phase = m_phase;
    Q_EMIT progress(m_progress);
}

QString phaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Idle:
        return QStringLiteral("idle");
    case SyncPhase::Connecting:
        return QStringLiteral("connecting");
    case SyncPhase::Listing:
        return QStringLiteral("listing");
    case SyncPhase::Fetching:
        return QStringLiteral("fetching");
    case SyncPhase::Deleting:
        return QStringLiteral("deleting");
    case SyncPhase::Quitting:
        return QStringLiteral("quitting");
    case SyncPhase::Done:
        return QStringLiteral("done");
    case SyncPhase::Failed:
        return QStringLiteral("failed");
    case SyncPhase::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace postbag::sync
