// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/smtp/Client.h"
#include "core/store/OutboxTypes.h"
#include "core/transport/Transport.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace postbag::store {
class Database;
}
namespace postbag::account {
class AccountLock;
}

namespace postbag::outbox {

// Where and how to submit: an outgoing server's endpoint and login, with the password.
struct Submission
{
    transport::Endpoint endpoint;
    smtp::SubmissionOptions options;
};

// The submission settings of an outgoing server: `serverId` is the identity's server, 0 when the
// identity names none (the account's own). Made by the caller (settings, keyring).
using SubmissionResolver = std::function<Result<Submission>(qint64 accountId, qint64 serverId)>;

struct SendReport
{
    int sent = 0;
    int failed = 0;             // waiting for the user, or for their retry time
    int uncertain = 0;          // may have reached the server: the user decides
    std::optional<Error> error; // the run itself failed (lock, store, a server unreachable)
};

// Sends an account's due outbox items. Why: the window's schedule and `postbag send` drive one
// state machine, and it must never lose or double a message. Guarantees: one run per account at a
// time across processes (AccountLock, Purpose::Sending), and rows another process left in sending
// are recovered under it first; one connection per outgoing server, items in queue order, the
// next one's envelope right behind the previous one's dot; each item is claimed before its
// envelope goes, its dot-going-out is durable before the dot, a 250 marks it sent with its Sent
// copy (stored with the claim of the next item after the next dot, so that only the
// dot-going-out commit waits before a dot; a crash in between leaves it uncertain, never resent), a
// refusal (4xx before or after the dot, a failed login or connection) fails it with a retry time
// when temporary and for the user otherwise, and a lost reply after the dot leaves it uncertain; a
// recipient refused among accepted ones fails the message (nothing goes to anyone) rather than
// sending without the user's consent, and the item names each refused recipient with the server's
// reply (OutboxStore::dropRecipients() is then the user's "send to the others"); recipients a
// server puts off ("452 too many recipients") go in following transactions on the connection,
// each transaction's dot and 250 noted per recipient, so a drop names those who may have it and a
// retry never reaches one twice.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(store::Database& db, transport::TransportFactory transports,
                 SubmissionResolver resolve, QObject* parent = nullptr);
    ~OutboxSender() override;

    // Starts sending the account's items due at `now`; finished() follows, also on failure.
    void run(qint64 accountId, const QDateTime& now = QDateTime::currentDateTimeUtc());
    [[nodiscard]] bool isRunning() const { return m_running; }

    // When a temporary failure on the `attempts`-th attempt is tried again: one minute, doubled
    // each attempt, at most six hours.
    [[nodiscard]] static QDateTime retryAt(int attempts, const QDateTime& now);

Q_SIGNALS:
    void itemFinished(qint64 id, postbag::store::OutboxState state);
    void finished(const postbag::outbox::SendReport& report);

private:
    // What one item's attempt learnt through the session's hooks.
    struct Attempt
    {
        QStringList dotFor; // the recipients of the transaction whose dot is next
        QList<store::OutboxRecipient> refused;
        bool unsettled = false; // a delivery could not be noted: leave the row to recovery
    };
    struct Group
    {
        qint64 serverId = 0;
        QList<qint64> items;
    };

    void nextGroup();
    [[nodiscard]] std::optional<store::OutboxItem> claimNext();
    void sendNext();
    void transmit(const store::OutboxItem& item);
    [[nodiscard]] Status storeAnswered();
    void announceAnswered(const Status& stored);
    void commitAnswered();
    void failRest(const Error& error);
    void settle(qint64 id, int attempts, const Error& error,
                const QList<store::OutboxRecipient>& refused);
    void endGroup();
    void finish(std::optional<Error> error = std::nullopt);

    store::Database& m_db;
    transport::TransportFactory m_transports;
    SubmissionResolver m_resolve;
    std::unique_ptr<account::AccountLock> m_lock;
    std::unique_ptr<smtp::Client> m_client;
    QList<Group> m_groups;
    qint64 m_accountId = 0;
    QDateTime m_now;
    SendReport m_report;
    int m_inFlight = 0;       // items handed to the client whose result has not come yet
    QList<qint64> m_answered; // 250 to their dot, to be marked sent with the next claim
    bool m_running = false;
};

} // namespace postbag::outbox

Q_DECLARE_METATYPE(postbag::outbox::SendReport)
