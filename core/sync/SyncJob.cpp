// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncJob.h"

#include "core/common/Logging.h"
#include "core/store/UidlStore.h"

#include <algorithm>

namespace postbag::sync {

SyncJob::SyncJob(store::Database& db, TransportFactory transports, SyncRequest request, QObject* parent)
    : QObject(parent), m_db(db), m_transports(std::move(transports)), m_request(std::move(request))
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
    case SyncPhase::Fetching:
        return fetch();
    case SyncPhase::Deleting:
        return deleteAndQuit();
    case SyncPhase::Idle:
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
    // The fetch window (fillWindow) is what bounds the RETRs outstanding; the session's own
    // default would cap them at 256 messages per round trip, far less than a slow link carries.
    pop3::LoginOptions login = m_request.login;
    login.pipelineWindow = qMax(login.pipelineWindow, kFetchWindow);
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

QSet<QString> SyncJob::deletableOnServer(const QList<store::UidlEntry>& entries) const
{
    QSet<QString> held;
    for (const store::UidlEntry& e : entries) {
        if (e.messageId != 0 && !e.headersOnly)
            held.insert(e.uidl);
    }
    return m_server.deletable(held);
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
    const QHash<QString, int> numberOf = m_server.numbers();
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
    SyncProgress p;
    p.phase = m_phase;
    p.current = m_fetched;
    p.total = int(m_new.size());
    p.bytes = m_fetchedBytes;
    p.totalBytes = m_totalBytes;
    Q_EMIT progress(p);
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
