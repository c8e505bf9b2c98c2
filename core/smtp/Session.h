// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/SaslMechanism.h"
#include "core/common/ProtocolLog.h"
#include "core/common/Result.h"
#include "core/smtp/Capabilities.h"
#include "core/smtp/Envelope.h"
#include "core/smtp/MessageData.h"
#include "core/smtp/ReplyError.h"
#include "core/smtp/ReplyReader.h"
#include "core/transport/CommandSession.h"

#include <QObject>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace postbag::smtp {

// What became of one recipient of a message.
struct RecipientResult
{
    QString address;
    std::optional<Error> refusal; // empty: the server accepted it
};

// A message the server took (250 to the final dot), and for whom.
struct Delivery
{
    QList<RecipientResult> recipients;
    Reply reply; // the server's answer to the dot, e.g. "queued as 4F2A"
};

// One SMTP command's line and what to do with its reply, as the session queues it.
struct SessionCommand
{
    QByteArray line; // without CRLF; empty for what is read but not sent (greeting, dot)
    ProtocolLog::Sensitivity sensitivity = ProtocolLog::Sensitivity::Plain;
    bool pipelinable = false; // MAIL, RCPT, RSET, DATA may share a group
    bool endsGroup = false;   // DATA: nothing may follow it in a group
    std::function<void(const Reply&)> reply;
    std::function<void(const Reply&)> intermediate; // 334 to AUTH
    std::function<void(const Error&)> fail;
};

enum class SessionState
{
    NotStarted,
    Greeting,
    Ready,
    StartingTls,
    Closed,
    Failed
};

// An SMTP submission session (RFC 5321, 6409) as a pure state machine on
// transport::CommandSession (whose guarantees it keeps: completions once each, in order, never
// inside parsing; no socket, timer or event loop).
// Guarantees: commands go one at a time except a transaction's MAIL, RCPT… and DATA,
// which go as one group when the server offers PIPELINING (RFC 2920) and pipelining is on, their
// replies read in order; after 220 to STARTTLS nothing more is read or sent until
// tlsEstablished(), every byte received in between (whole lines and a partial one) is discarded
// and the capabilities are forgotten; a 421 fails the command it answers and everything after it;
// a message's data goes only after 354, canonical CRLF and dot-stuffed, and its final dot only
// after the caller's Hooks::beforeDot agreed: a failure before the dot leaves the message certainly
// undelivered, while a connection that ends or a wait the caller aborts after it fails with
// DeliveryUncertain; a reply to the dot, even 4xx or 5xx, is certain. Recipients a server puts
// off with "too many recipients" go in a following transaction, each transaction with its own
// beforeDot, never a recipient twice, and nothing queued behind the message goes before it.
class Session : public transport::CommandSession<SessionCommand, SessionState>
{
    Q_OBJECT
public:
    using State = SessionState;
    // Where the current message's transaction is; what a failure means depends on it.
    enum class Phase
    {
        Idle,
        Envelope,
        Data,
        DotSent
    };
    Q_ENUM(Phase)

    // The caller's decision points in a transaction. Each is given a continuation to call once,
    // at once or later.
    struct Hooks
    {
        // Some recipients were refused and at least one accepted: `decide(true)` sends the message
        // to those accepted, `decide(false)` sends nothing (the transaction then fails with the
        // first refusal). Without a hook, nothing is sent. Declining after a pipelined DATA was
        // answered 354 ends the connection: only that guarantees nothing is delivered.
        std::function<void(const QList<RecipientResult>& refused, std::function<void(bool)> decide)>
            refusedRecipients;
        // The data is written and its final dot is about to be: `proceed(Ok)` writes it (after
        // the caller durably noted that delivery is now uncertain until the reply),
        // `proceed(error)` fails the transaction with that error and ends the connection without
        // the dot. Without a hook, the dot follows the data at once.
        std::function<void(std::function<void(Status)> proceed)> beforeDot;
        // Each transaction's recipients as soon as their RCPTs are answered: those accepted and
        // those refused, in envelope order; a recipient put off by "452 too many recipients" is
        // not among them (the next transaction has it). Told before refusedRecipients asks.
        std::function<void(const QList<RecipientResult>& answered)> recipientsAnswered;
        // RFC 5321 section 4.5.3.1.10: the server took only some recipients ("452 too many
        // recipients"), the message went to those and got its 250, and the others follow in
        // another transaction on this connection. `proceed(Ok)` starts it (after the caller
        // durably noted `delivered`), `proceed(error)` ends the message with that error. Without
        // a hook the next transaction follows at once.
        std::function<void(const QList<RecipientResult>& delivered,
                           std::function<void(Status)> proceed)>
            partDelivered;
    };

    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Whether a transaction may be pipelined when the server offers it (on by default).
    void setPipelining(bool allowed) { m_allowPipelining = allowed; }
    [[nodiscard]] Phase phase() const { return m_phase; }
    // As announced by the last EHLO; empty again after STARTTLS until EHLO is answered anew.
    [[nodiscard]] const Capabilities& capabilities() const { return m_caps; }

    // Input from the transport. abort(): every pending command fails with the error (a message
    // whose dot went out with DeliveryUncertain).
    void receive(QByteArrayView bytes) override;
    void connectionClosed() override;

    // Commands. The session starts by reading the greeting.
    void start(Done<Reply> done);
    // `clientName` is a domain or an address literal ("[192.0.2.1]", "[IPv6:2001:db8::1]").
    void ehlo(const QByteArray& clientName, Done<Capabilities> done);
    void helo(const QByteArray& clientName, Done<Capabilities> done);
    void startTls(Done<Ok> done);
    void authenticate(std::unique_ptr<auth::SaslMechanism> mechanism, Done<Ok> done);
    // One message to its recipients, in as many transactions as the server's recipient limit
    // needs (each recipient in exactly one; the whole fails as soon as one transaction does,
    // after earlier ones were delivered). Refused before anything is sent, with a typed error:
    // Utf8AddressUnsupported (a non-ASCII local part, no SMTPUTF8), EightBitUnsupported (8-bit
    // bytes, no 8BITMIME), MessageTooBig (over EHLO's SIZE), UnsafeArgument (an address that is
    // not one), InvalidSetting (no recipient). Sent while the previous message's dot awaits its
    // reply, its MAIL, RCPT… and DATA join that dot's group (RFC 2920 section 3.1).
    void send(const Envelope& envelope, const MessageData& data, Hooks hooks, Done<Delivery> done);
    void rset(Done<Ok> done);
    void noop(Done<Ok> done);
    void quit(Done<Ok> done);

    // RFC 4954 section 4: an AUTH line, CRLF included, longer than this gets its initial
    // response after the 334 instead (RFC 5321's 512-octet command line).
    static constexpr qsizetype kMaxCommandLine = 512;
    // Message data goes to the transport in pieces of this size, so progress can follow it.
    static constexpr qsizetype kDataChunk = 64 * 1024;

Q_SIGNALS:
    void phaseChanged(postbag::smtp::Session::Phase phase);

private:
    using Command = SessionCommand;
    struct Transaction;

    void pump() override;
    [[nodiscard]] bool mayFollow(const Command& last, const Command& next) const override;
    void readWaiting() override { drain(); }
    void resetReader() override { m_reader.reset(); }
    void tlsReady(Command& waiting) override;
    void drain();
    Command simple(QByteArray line, Step step, Done<Ok> done);
    Command capabilityCommand(QByteArray line, bool extended, Done<Capabilities> done);
    void setPhase(Phase phase);
    void log(const Reply& reply);

    // SessionTransaction.cpp
    Command mailCommand(const std::shared_ptr<Transaction>& tx);
    Command rcptCommand(const std::shared_ptr<Transaction>& tx, int position);
    void startRound(const std::shared_ptr<Transaction>& tx, bool ahead);
    void nextRound(const std::shared_ptr<Transaction>& tx);
    void tellAnswered(const std::shared_ptr<Transaction>& tx);
    Command dataCommand(const std::shared_ptr<Transaction>& tx);
    void afterRecipients(const std::shared_ptr<Transaction>& tx);
    void onDataReply(const std::shared_ptr<Transaction>& tx, const Reply& reply);
    void askAboutRefusals(const std::shared_ptr<Transaction>& tx, std::function<void(bool)> then);
    void writeData(const std::shared_ptr<Transaction>& tx);
    void writeDot(const std::shared_ptr<Transaction>& tx);
    void finish(const std::shared_ptr<Transaction>& tx, Result<Delivery> result);
    void abandon(const std::shared_ptr<Transaction>& tx, const Error& error);
    void resetAfterFailure();

    ReplyReader m_reader;
    Capabilities m_caps;
    Phase m_phase = Phase::Idle;
    int m_openTransactions = 0; // sent or queued by send() and not yet finished
    bool m_betweenRounds = false; // a message waits for its caller before its next transaction
    bool m_allowPipelining = true;
};

} // namespace postbag::smtp
