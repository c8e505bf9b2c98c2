// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outbox/OutboxSender.h"

#include "core/account/AccountLock.h"
#include "core/store/Database.h"
#include "core/store/IdentityStore.h"
#include "core/store/OutboxStore.h"
#include "core/store/Transaction.h"

#include <algorithm>

namespace postbag::outbox {

OutboxSender::OutboxSender(store::Database& db, transport::TransportFactory transports,
                           SubmissionResolver resolve, QObject* parent)
    : QObject(parent), m_db(db), m_transports(std::move(transports)), m_resolve(std::move(resolve))
{
}

OutboxSender::~OutboxSender() = default;

QDateTime OutboxSender::retryAt(int attempts, const QDateTime& now)
{
    constexpr qint64 kFirst = 60;
    constexpr qint64 kLongest = 6 * 60 * 60;
    const int doublings = std::clamp(attempts - 1, 0, 20);
    return now.addSecs(std::min(kFirst << doublings, kLongest));
}

void OutboxSender::run(qint64 accountId, const QDateTime& now)
{
    if (m_running) {
        Q_EMIT finished(SendReport{0, 0, 0, Error::make(ErrorCode::MailboxInUse)});
        return;
    }
    m_running = true;
    m_accountId = accountId;
    m_now = now;
    m_report = {};
    m_groups.clear();
    auto lock = account::AccountLock::acquire(m_db.path(), accountId,
                                              account::AccountLock::Purpose::Sending);
    if (!lock) {
        finish(lock.error());
        return;
    }
    m_lock = std::move(lock.value());
    store::OutboxStore outbox(m_db);
    if (const auto recovered = outbox.recoverInterrupted(accountId); !recovered) {
        finish(recovered.error());
        return;
    }
    const auto due = outbox.due(accountId, now);
    if (!due) {
        finish(due.error());
        return;
    }
    store::IdentityStore identities(m_db);
    for (const qint64 id : due.value()) {
        const auto item = outbox.item(id);
        if (!item) {
            finish(item.error());
            return;
        }
        qint64 serverId = 0;
        if (item->identityId != 0) {
            if (const auto identity = identities.identity(item->identityId); identity) {
                serverId = identity->outgoingServerId;
            }
        }
        auto group = std::find_if(m_groups.begin(), m_groups.end(),
                                  [serverId](const Group& g) { return g.serverId == serverId; });
        if (group == m_groups.end()) {
            m_groups.append(Group{serverId, {}});
            group = std::prev(m_groups.end());
        }
        group->items.append(id);
    }
    nextGroup();
}

void OutboxSender::nextGroup()
{
    if (m_groups.isEmpty()) {
        finish(m_report.error);
        return;
    }
    const auto submission = m_resolve(m_accountId, m_groups.first().serverId);
    if (!submission) {
        failRest(submission.error());
        endGroup();
        return;
    }
    m_client = std::make_unique<smtp::Client>(m_transports());
    m_client->connectAndLogin(submission->endpoint, submission->options,
                              [this](const Result<smtp::SubmissionInfo>& info) {
                                  if (!info) {
                                      failRest(info.error());
                                      endGroup();
                                      return;
                                  }
                                  sendNext();
                              });
}

std::optional<store::OutboxItem> OutboxSender::claimNext()
{
    QList<qint64>& items = m_groups.first().items;
    store::OutboxStore outbox(m_db);
    while (!items.isEmpty()) {
        auto item = outbox.claim(items.takeFirst(), m_now);
        if (item) {
            return std::move(item.value());
        }
        // Sent, discarded or claimed elsewhere meanwhile: not ours to send.
    }
    return std::nullopt;
}

void OutboxSender::sendNext()
{
    const auto item = claimNext();
    if (!item) {
        if (m_inFlight == 0) {
            endGroup();
        }
        return;
    }
    transmit(*item);
}

void OutboxSender::transmit(const store::OutboxItem& item)
{
    const QStringList to = item.owedRecipients();
    if (to.isEmpty()) {
        // Every recipient was reached before (a crash between the last 250 and this mark).
        m_answered.append(item.id);
        commitAnswered();
        sendNext();
        return;
    }
    ++m_inFlight;
    // Set once this item's dot went out with the next item claimed and sent behind it.
    auto startedNext = std::make_shared<bool>(false);
    auto attempt = std::make_shared<Attempt>();
    smtp::Session::Hooks hooks;
    hooks.recipientsAnswered = [attempt](const QList<smtp::RecipientResult>& answered) {
        attempt->dotFor.clear();
        for (const smtp::RecipientResult& r : answered) {
            if (r.refusal) {
                attempt->refused.append(
                    store::OutboxRecipient{r.address, store::RecipientState::Refused, r.refusal});
            } else {
                attempt->dotFor.append(r.address);
            }
        }
    };
    hooks.beforeDot = [this, id = item.id, attempt,
                       startedNext](const std::function<void(Status)>& proceed) {
        const Status noted = store::OutboxStore(m_db).markDotGoingOut(id, attempt->dotFor);
        proceed(noted);
        // A following transaction of this message (recipients put off) finds the next started.
        if (!noted || *startedNext ||
            m_client->session().state() != smtp::Session::State::Ready) {
            return;
        }
        // While the server takes the dot: one commit marks the items answered since the last
        // one sent and claims the next item, whose envelope then follows the dot at once
        // (pipelined when the server allows).
        store::Transaction batch(m_db);
        Status stored = batch.begin();
        if (stored) {
            stored = storeAnswered();
        }
        std::optional<store::OutboxItem> next;
        if (stored) {
            next = claimNext();
            stored = batch.commit();
        }
        announceAnswered(stored);
        if (stored && next) {
            *startedNext = true;
            transmit(*next);
        } // else a claim rolled back stays queued, and the answer to this dot sends the next
    };
    hooks.partDelivered = [this, id = item.id,
                           attempt](const QList<smtp::RecipientResult>& delivered,
                                    const std::function<void(Status)>& proceed) {
        QStringList addresses;
        for (const smtp::RecipientResult& r : delivered) {
            addresses.append(r.address);
        }
        const Status noted = store::OutboxStore(m_db).markDelivered(id, addresses);
        // Not noted, the row stays in sending with its dot out: the next run makes it uncertain.
        attempt->unsettled = !noted.ok();
        proceed(noted);
    };
    m_client->send(smtp::Envelope{item.envelopeSender, to}, smtp::MessageData(item.sendBytes),
                   std::move(hooks),
                   [this, id = item.id, attempts = item.attempts, attempt,
                    startedNext](const Result<smtp::Delivery>& result) {
                       --m_inFlight;
                       const bool ready =
                           m_client->session().state() == smtp::Session::State::Ready;
                       if (attempt->unsettled) {
                           commitAnswered();
                           m_report.error = result.ok() ? Error::make(ErrorCode::StorageFailed)
                                                        : result.error();
                       } else if (result) {
                           m_answered.append(id);
                           // With the claim after the next dot, which is due at once; else now.
                           if (!ready || !*startedNext || m_inFlight == 0) {
                               commitAnswered();
                           }
                       } else {
                           commitAnswered();
                           settle(id, attempts, result.error(), attempt->refused);
                       }
                       if (ready && !*startedNext) {
                           sendNext();
                       } else if (m_inFlight == 0) {
                           endGroup(); // when not ready, the rest stay queued for the next run
                       }
                   });
}

Status OutboxSender::storeAnswered()
{
    store::OutboxStore outbox(m_db);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (const qint64 id : std::as_const(m_answered)) {
        if (const Status s = outbox.markSent(id, at); !s) {
            return s;
        }
    }
    return Ok{};
}

void OutboxSender::announceAnswered(const Status& stored)
{
    m_report.sent += int(m_answered.size());
    if (!stored) {
        // The rows stay in sending; the next run recovers them (uncertain, as their dot went out).
        if (!m_answered.isEmpty()) {
            m_report.error = stored.error();
        }
    } else {
        for (const qint64 id : std::as_const(m_answered)) {
            Q_EMIT itemFinished(id, store::OutboxState::Sent);
        }
    }
    m_answered.clear();
}

void OutboxSender::commitAnswered()
{
    if (m_answered.isEmpty()) {
        return;
    }
    store::Transaction batch(m_db);
    Status stored = batch.begin();
    if (stored) {
        stored = storeAnswered();
    }
    if (stored) {
        stored = batch.commit();
    }
    announceAnswered(stored);
}

void OutboxSender::settle(qint64 id, int attempts, const Error& error,
                          const QList<store::OutboxRecipient>& refused)
{
    store::OutboxStore outbox(m_db);
    store::OutboxState state = store::OutboxState::Failed;
    Status stored = Ok{};
    if (error.code == ErrorCode::DeliveryUncertain) {
        state = store::OutboxState::Uncertain;
        stored = outbox.markUncertain(id, error);
        ++m_report.uncertain;
    } else {
        const bool temporary = error.isTemporary();
        stored = outbox.markFailed(id, error, temporary ? retryAt(attempts, m_now) : QDateTime(),
                                   refused);
        ++m_report.failed;
    }
    if (!stored) {
        // The row stays in sending; the next run recovers it (uncertain once its dot went out).
        m_report.error = stored.error();
        return;
    }
    Q_EMIT itemFinished(id, state);
}

void OutboxSender::failRest(const Error& error)
{
    QList<qint64>& items = m_groups.first().items;
    if (!error.needsUser()) {
        // Nothing reached the server: the items stay queued and go at the next run.
        m_report.error = error;
        items.clear();
        return;
    }
    store::OutboxStore outbox(m_db);
    for (const qint64 id : std::as_const(items)) {
        if (!outbox.claim(id, m_now)) {
            continue;
        }
        if (const Status s = outbox.markFailed(id, error, {}); !s) {
            m_report.error = s.error();
            continue;
        }
        ++m_report.failed;
        Q_EMIT itemFinished(id, store::OutboxState::Failed);
    }
    m_report.error = error;
    items.clear();
}

void OutboxSender::endGroup()
{
    m_groups.removeFirst();
    if (m_client && m_client->session().state() == smtp::Session::State::Ready) {
        m_client->quit([this](const Result<Ok>&) {
            m_client.release()->deleteLater();
            nextGroup();
        });
        return;
    }
    if (m_client) {
        m_client.release()->deleteLater();
    }
    nextGroup();
}

void OutboxSender::finish(std::optional<Error> error)
{
    m_lock.reset();
    m_running = false;
    m_report.error = std::move(error);
    Q_EMIT finished(m_report);
}

} // namespace postbag::outbox
