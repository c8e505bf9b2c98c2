// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncScheduler.h"

#include "core/account/AccountRepository.h"
#include "core/common/Logging.h"
#include "core/store/MessageStore.h"
#include "core/store/UidlStore.h"
#include "core/sync/SyncPolicy.h"

#include <algorithm>
#include <utility>

namespace postbag::sync {

SyncScheduler::SyncScheduler(QString databasePath, TransportFactory transports)
    : m_path(std::move(databasePath)), m_transports(std::move(transports)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::setCredentialStore(account::PasswordSource source,
                                       account::CredentialStore* store)
{
    m_credentials.insert(int(source), store);
    if (m_runner)
        m_runner->setCredentialStore(source, store);
}

bool SyncScheduler::ensureOpen()
{
    if (m_db)
        return true;
    auto db = store::Database::open(m_path);
    if (!db.ok()) {
        Q_EMIT failedToOpen(db.error());
        return false;
    }
    m_db = std::move(db).value();
    m_runner = std::make_unique<SyncRunner>(*m_db, m_transports);
    m_runner->setClock(m_clock);
    m_runner->setProtocolLogDirectory(m_logDir);
    for (auto it = m_credentials.constBegin(); it != m_credentials.constEnd(); ++it)
        m_runner->setCredentialStore(account::PasswordSource(it.key()), it.value());
    connect(m_runner.get(), &SyncRunner::accountProgress, this, &SyncScheduler::accountProgress);
    connect(m_runner.get(), &SyncRunner::accountFinished, this, &SyncScheduler::onFinished);
    return true;
}

void SyncScheduler::reloadAccounts()
{
    if (!ensureOpen())
        return;
    auto accounts = account::AccountRepository(*m_db).list();
    if (!accounts.ok())
        return Q_EMIT failedToOpen(accounts.error());
    std::map<qint64, Schedule> next;
    for (const account::AccountSettings& a : accounts.value()) {
        Schedule s;
        std::optional<account::AccountSettings> before;
        if (auto old = m_schedules.find(a.id); old != m_schedules.end()) {
            s = std::move(old->second);
            before = s.settings;
        }
        s.settings = a;
        if (!s.timer) {
            s.timer = std::make_unique<QTimer>();
            s.timer->setSingleShot(true);
            const qint64 id = a.id;
            connect(s.timer.get(), &QTimer::timeout, this, [this, id] { syncAccounts({id}); });
        }
        if (before) // a new account is planned by start() or synced by whoever added it
            plan(s, &*before);
        next[a.id] = std::move(s);
    }
    // A removed account's sync stops: it has nowhere to store its mail any more.
    for (const auto& [id, s] : m_schedules) {
        if (!next.contains(id) && m_runner->isRunning(id))
            m_runner->cancel(id);
    }
    m_schedules = std::move(next);
}

namespace {
// QTimer takes int milliseconds: an interval of weeks must not wrap to a negative one.
int intervalMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 1000, qint64(24) * 24 * 3600 * 1000));
}

// What decides when an account is checked, or whether a failure that needed the user is fixed.
bool sameSchedule(const account::AccountSettings& a, const account::AccountSettings& b)
{
    return a.enabled == b.enabled && a.checkIntervalMinutes == b.checkIntervalMinutes &&
           a.host == b.host && a.port == b.port && a.security == b.security &&
           a.username == b.username && a.passwordSource == b.passwordSource &&
           a.passwordCommand == b.passwordCommand && a.pinnedSha256 == b.pinnedSha256 &&
           a.allowInsecureAuth == b.allowInsecureAuth;
}
} // namespace

void SyncScheduler::plan(Schedule& s, const account::AccountSettings* before)
{
    if (!s.settings.enabled) {
        s.timer->stop();
        return;
    }
    if (m_runner->isRunning(s.settings.id))
        return; // its end plans the next check
    if (before && sameSchedule(*before, s.settings) && (s.timer->isActive() || s.waitingForUser))
        return;
    s.waitingForUser = false; // settings changed: worth trying again
    s.failures = 0;
    if (s.settings.checkIntervalMinutes > 0)
        startTimer(s, qint64(s.settings.checkIntervalMinutes) * 60 * 1000);
    else
        s.timer->stop();
}

void SyncScheduler::startTimer(Schedule& s, qint64 ms)
{
    if (s.notBefore.isValid())
        ms = std::max(ms, m_clock().msecsTo(s.notBefore));
    s.timer->start(ms <= 0 ? 0 : intervalMs(ms));
}

std::optional<qint64> SyncScheduler::msUntilCheck(qint64 accountId) const
{
    const auto it = m_schedules.find(accountId);
    if (it == m_schedules.end() || !it->second.timer || !it->second.timer->isActive())
        return std::nullopt;
    return it->second.timer->remainingTime();
}

void SyncScheduler::start()
{
    reloadAccounts();
    QList<qint64> now;
    for (auto& [id, s] : m_schedules) {
        if (!s.settings.enabled)
            continue;
        if (s.settings.checkAtStartup)
            now.append(id);
        else if (s.settings.checkIntervalMinutes > 0)
            s.timer->start(intervalMs(qint64(s.settings.checkIntervalMinutes) * 60 * 1000));
    }
    if (!now.isEmpty()) // an empty list would mean every account
        syncAccounts(now);
}

void SyncScheduler::syncAccounts(const QList<qint64>& ids)
{
    if (!ensureOpen())
        return;
    QList<account::AccountSettings> todo;
    for (auto& [id, s] : m_schedules) {
        // A disabled account never syncs, asked for by name or not (SyncRunner skips it too:
        // announcing its start would leave it "syncing" for good).
        const bool wanted = s.settings.enabled && (ids.isEmpty() || ids.contains(id));
        if (!wanted || m_runner->isRunning(id))
            continue;
        s.timer->stop();
        s.waitingForUser = false;
        todo.append(s.settings);
        Q_EMIT accountStarted(id);
    }
    if (!todo.isEmpty())
        m_runner->run(todo);
}

void SyncScheduler::onFinished(qint64 accountId, const SyncReport& report)
{
    auto it = m_schedules.find(accountId);
    if (it == m_schedules.end()) { // removed meanwhile: whatever went wrong no longer matters
        SyncReport gone = report;
        if (gone.error)
            gone.error = Error::make(ErrorCode::Cancelled, QStringLiteral("account removed"));
        return Q_EMIT accountFinished(accountId, gone, QDateTime());
    }
    Schedule& s = it->second;
    if (report.loginDelaySeconds)
        s.notBefore = m_clock().addSecs(*report.loginDelaySeconds);
    s.failures = report.ok() || (report.error && report.error->code == ErrorCode::Cancelled)
                     ? 0
                     : s.failures + 1;
    const RetryDecision d = nextAttempt(report.error, s.failures, s.settings.checkIntervalMinutes,
                                        report.loginDelaySeconds, m_clock());
    QDateTime next;
    if (d.next && s.settings.enabled) {
        // A retry after a failure too waits for the LOGIN-DELAY of the login it made.
        startTimer(s, m_clock().msecsTo(*d.next));
        next = m_clock().addMSecs(s.timer->remainingTime());
    }
    s.waitingForUser = d.needsUser;
    if (std::exchange(s.again, false) && !d.needsUser) {
        // As soon as the server allows, once the runner is done with this job (we are inside
        // its signal).
        startTimer(s, 0);
        if (s.timer->remainingTime() > 0)
            next = m_clock().addMSecs(s.timer->remainingTime());
    }
    if (report.downloaded > 0)
        Q_EMIT newMail(accountId, report.downloaded);
    Q_EMIT accountFinished(accountId, report, next);
    if (d.needsUser && report.error && report.error->kind == ErrorKind::Auth)
        Q_EMIT credentialsRequired(accountId, *report.error);
}

void SyncScheduler::cancel(qint64 accountId)
{
    if (m_runner)
        m_runner->cancel(accountId);
}

void SyncScheduler::cancelAll()
{
    if (m_runner)
        m_runner->cancel();
}

void SyncScheduler::credentialsUpdated(qint64 accountId)
{
    syncAccounts({accountId});
}

void SyncScheduler::completeMessage(qint64 messageId)
{
    if (!ensureOpen())
        return;
    auto summary = store::MessageStore(*m_db).summary(messageId);
    if (!summary.ok() || !summary->headersOnly || summary->accountId == 0)
        return;
    // A copy shares the original's bytes and is completed with it; the UIDL is the original's.
    auto sameBytes = store::MessageStore(*m_db).sharingBytes(messageId);
    auto entries = store::UidlStore(*m_db).entries(summary->accountId);
    if (!entries.ok() || !sameBytes.ok())
        return;
    for (const store::UidlEntry& e : entries.value()) {
        if (sameBytes->contains(e.messageId)) {
            m_runner->requestCompletion(summary->accountId, e.uidl, e.messageId);
            if (auto s = m_schedules.find(summary->accountId);
                s != m_schedules.end() && m_runner->isRunning(summary->accountId))
                s->second.again = true; // its running sync started without the request
            return syncAccounts({summary->accountId});
        }
    }
}

void SyncScheduler::shutdown()
{
    cancelAll();
    m_schedules.clear();
    m_runner.reset();
    m_db.reset();
}

} // namespace postbag::sync
