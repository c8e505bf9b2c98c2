// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Session's mail transaction: MAIL, RCPT…, DATA, the data and the final dot.
#include "core/smtp/Session.h"

namespace postbag::smtp {

using Sensitivity = ProtocolLog::Sensitivity;

// One message on its way, in one transaction or, when the server's recipient limit puts some
// off, several ("rounds"). Shared by the commands of its transactions; `finished` makes sure the
// caller hears of it exactly once.
struct Session::Transaction
{
    QByteArray mailLine;
    QList<QByteArray> rcptLines; // by recipient index
    QByteArray wire;
    Hooks hooks;
    Done<Delivery> done;
    QList<RecipientResult> recipients; // every recipient; a refusal is final
    QList<int> round;                  // the recipients of the transaction under way
    QList<int> later;                  // put off by this transaction's "too many recipients"
    std::optional<Error> mailError;
    std::optional<Error> putOff; // the first "too many recipients" reply of this round
    bool pipelined = false;
    bool finished = false;

    [[nodiscard]] bool acceptedNow(int index) const
    {
        return !recipients[index].refusal && !later.contains(index);
    }
    [[nodiscard]] int accepted() const
    {
        return int(
            std::count_if(round.cbegin(), round.cend(), [this](int i) { return acceptedNow(i); }));
    }
    [[nodiscard]] QList<RecipientResult> refused() const
    {
        QList<RecipientResult> out;
        for (const int i : round) {
            if (recipients[i].refusal)
                out.append(recipients[i]);
        }
        return out;
    }
    [[nodiscard]] QList<RecipientResult> answered() const
    {
        QList<RecipientResult> out;
        for (const int i : round) {
            if (!later.contains(i))
                out.append(recipients[i]);
        }
        return out;
    }
};

void Session::send(const Envelope& envelope, const MessageData& data, Hooks hooks,
                   Done<Delivery> done)
{
    const auto refuse = [&](const Error& e) {
        m_completions.defer([done, e] { done(e); });
        m_completions.flush();
    };
    auto tx = std::make_shared<Transaction>();
    bool utf8 = false;
    Result<WireAddress> from = wireAddress(envelope.from, "MAIL", true);
    if (!from.ok())
        return refuse(from.error());
    utf8 = from->needsSmtpUtf8;
    if (envelope.recipients.isEmpty())
        return refuse(Error::make(ErrorCode::InvalidSetting, QStringLiteral("RCPT")));
    for (const QString& address : envelope.recipients) {
        Result<WireAddress> to = wireAddress(address, "RCPT");
        if (!to.ok())
            return refuse(to.error());
        utf8 = utf8 || to->needsSmtpUtf8;
        tx->round.append(int(tx->rcptLines.size()));
        tx->rcptLines.append("RCPT TO:<" + to->bytes + '>');
        tx->recipients.append(RecipientResult{address, std::nullopt});
    }
    if (utf8 && !m_caps.smtpUtf8)
        return refuse(Error::make(ErrorCode::Utf8AddressUnsupported));
    if (data.hasEightBit() && !m_caps.eightBitMime)
        return refuse(Error::make(ErrorCode::EightBitUnsupported));
    if (m_caps.sizeLimit > 0 && data.canonicalSize() > m_caps.sizeLimit)
        return refuse(Error::make(ErrorCode::MessageTooBig));

    tx->mailLine = "MAIL FROM:<" + from->bytes + '>';
    if (m_caps.size)
        tx->mailLine += " SIZE=" + QByteArray::number(data.canonicalSize());
    if (data.hasEightBit())
        tx->mailLine += " BODY=8BITMIME";
    if (utf8)
        tx->mailLine += " SMTPUTF8";
    tx->wire = data.wire();
    tx->hooks = std::move(hooks);
    tx->done = std::move(done);
    tx->pipelined = m_allowPipelining && m_caps.pipelining;

    ++m_openTransactions;
    if (m_state == State::Failed || m_state == State::Closed) {
        finish(tx, m_fatal.value_or(Error::make(ErrorCode::ConnectionClosed)));
        return m_completions.flush();
    }
    startRound(tx, false);
    pump();
    m_completions.flush();
}

void Session::startRound(const std::shared_ptr<Transaction>& tx, bool ahead)
{
    // Behind a message whose dot awaits its reply, the phase stays that message's until then.
    if (ahead || m_phase == Phase::Idle)
        setPhase(Phase::Envelope);
    std::deque<Command> round;
    round.push_back(mailCommand(tx));
    if (tx->pipelined) {
        // RFC 2920: MAIL, every RCPT and DATA as one group, then the replies in order.
        for (int i = 0; i < tx->round.size(); ++i)
            round.push_back(rcptCommand(tx, i));
        round.push_back(dataCommand(tx));
    }
    if (!ahead) {
        for (Command& c : round)
            m_queue.push_back(std::move(c));
        return;
    }
    // A later round belongs to this send(): ahead of anything the caller queued meanwhile.
    for (auto c = round.rbegin(); c != round.rend(); ++c)
        m_queue.push_front(std::move(*c));
}

Session::Command Session::mailCommand(const std::shared_ptr<Transaction>& tx)
{
    Command c;
    c.line = tx->mailLine;
    c.pipelinable = true;
    c.reply = [this, tx](const Reply& r) {
        if (r.kind() != 2)
            tx->mailError = replyError(r, Step::Mail);
        if (tx->pipelined)
            return; // DATA's reply decides
        if (tx->mailError) {
            finish(tx, *tx->mailError);
            return resetAfterFailure(); // Postfix keeps a refused MAIL's SIZE= until RSET
        }
        // Ahead of anything the caller queued after send().
        for (auto i = tx->round.size() - 1; i >= 0; --i)
            m_queue.push_front(rcptCommand(tx, int(i)));
    };
    c.fail = [this, tx](const Error& e) { finish(tx, e); };
    return c;
}

Session::Command Session::rcptCommand(const std::shared_ptr<Transaction>& tx, int position)
{
    const int index = tx->round[position];
    Command c;
    c.line = tx->rcptLines[index];
    c.pipelinable = true;
    c.reply = [this, tx, index, position](const Reply& r) {
        if (r.kind() != 2) {
            if (tx->mailError) { // refused because MAIL was: not this recipient's fault
                tx->recipients[index].refusal = tx->mailError;
            } else if (isTooManyRecipients(r)) {
                tx->later.append(index);
                if (!tx->putOff)
                    tx->putOff = replyError(r, Step::Rcpt);
            } else {
                tx->recipients[index].refusal = replyError(r, Step::Rcpt);
            }
        }
        if (!tx->pipelined && position == tx->round.size() - 1)
            afterRecipients(tx);
    };
    c.fail = [this, tx](const Error& e) { finish(tx, e); };
    return c;
}

Session::Command Session::dataCommand(const std::shared_ptr<Transaction>& tx)
{
    Command c;
    c.line = "DATA";
    c.pipelinable = true;
    c.endsGroup = true;
    c.reply = [this, tx](const Reply& r) { onDataReply(tx, r); };
    c.fail = [this, tx](const Error& e) { finish(tx, e); };
    return c;
}

// Why a transaction delivers to nobody, or why its refusals end the message: the first
// recipient it refused, else the reply that put them all off.
static Error roundFailure(const QList<RecipientResult>& refused, const std::optional<Error>& putOff)
{
    if (!refused.isEmpty()) {
        Error e = *refused.first().refusal;
        e.serverText = refused.first().address + QStringLiteral(": ") + e.serverText;
        return e;
    }
    return putOff.value_or(Error::make(ErrorCode::RecipientRejected));
}

void Session::tellAnswered(const std::shared_ptr<Transaction>& tx)
{
    if (!tx->hooks.recipientsAnswered || tx->mailError)
        return;
    m_completions.defer(
        [tx, answered = tx->answered()] { tx->hooks.recipientsAnswered(answered); });
}

void Session::askAboutRefusals(const std::shared_ptr<Transaction>& tx,
                               std::function<void(bool)> then)
{
    const QList<RecipientResult> refused = tx->refused();
    if (refused.isEmpty())
        return then(true);
    if (!tx->hooks.refusedRecipients)
        return then(false);
    auto once = std::make_shared<bool>(false);
    m_completions.defer([this, tx, refused, then, once, alive = m_completions.guard()] {
        tx->hooks.refusedRecipients(refused, [this, then, once, alive](bool goOn) {
            if (std::exchange(*once, true) || !alive())
                return;
            m_completions.hold();
            then(goOn);
            m_completions.release();
            pump();
            m_completions.flush();
        });
    });
}

void Session::afterRecipients(const std::shared_ptr<Transaction>& tx)
{
    tellAnswered(tx);
    if (tx->accepted() == 0) {
        finish(tx, roundFailure(tx->refused(), tx->putOff));
        return resetAfterFailure();
    }
    askAboutRefusals(tx, [this, tx](bool goOn) {
        if (m_state != State::Ready)
            return;
        if (!goOn) {
            finish(tx, roundFailure(tx->refused(), tx->putOff));
            return resetAfterFailure();
        }
        m_queue.push_front(dataCommand(tx));
    });
}

void Session::onDataReply(const std::shared_ptr<Transaction>& tx, const Reply& r)
{
    if (tx->pipelined)
        tellAnswered(tx);
    const bool nobody = tx->mailError || tx->accepted() == 0;
    const Error cause = tx->mailError ? *tx->mailError : roundFailure(tx->refused(), tx->putOff);
    if (r.code != 354) {
        finish(tx, nobody ? cause : replyError(r, Step::Data));
        return resetAfterFailure();
    }
    if (nobody) {
        // RFC 2920 section 3.1: a 354 although no recipient was accepted; end the data at once,
        // which delivers to nobody, and ignore the reply.
        finish(tx, cause);
        Command dot;
        dot.reply = [](const Reply&) {};
        dot.fail = [](const Error&) {};
        sendLine(".", Sensitivity::Plain);
        m_inFlight.push_front(std::move(dot));
        return;
    }
    askAboutRefusals(tx, [this, tx](bool goOn) {
        if (goOn)
            return writeData(tx);
        // The server waits for data; only ending the connection keeps it from delivering.
        finish(tx, roundFailure(tx->refused(), tx->putOff));
        failAll(Error::make(ErrorCode::Cancelled));
    });
}

void Session::writeData(const std::shared_ptr<Transaction>& tx)
{
    if (m_state != State::Ready || tx->finished)
        return;
    setPhase(Phase::Data);
    if (m_log)
        m_log->note(
            QByteArray("<" + QByteArray::number(tx->wire.size()) + " bytes of message data>"));
    for (qsizetype at = 0; at < tx->wire.size(); at += kDataChunk)
        Q_EMIT sendRequested(tx->wire.mid(at, kDataChunk));
    // Until the dot: a reply now would be out of step, a failure leaves the message undelivered.
    Command waiting;
    waiting.reply = [this, tx](const Reply& r) {
        const Error e = r.kind() == 2 || r.kind() == 3
                            ? Error::make(ErrorCode::MalformedResponse, r.text())
                            : replyError(r, Step::Message);
        finish(tx, e);
        failAll(e);
    };
    waiting.fail = [this, tx](const Error& e) { finish(tx, e); };
    m_inFlight.push_back(std::move(waiting));
    if (!tx->hooks.beforeDot)
        return writeDot(tx);
    auto once = std::make_shared<bool>(false);
    m_completions.defer([this, tx, once, alive = m_completions.guard()] {
        tx->hooks.beforeDot([this, tx, once, alive](Status go) {
            if (std::exchange(*once, true) || !alive())
                return;
            m_completions.hold();
            if (go.ok()) {
                writeDot(tx);
            } else {
                abandon(tx, go.error());
            }
            m_completions.release();
            m_completions.flush();
        });
    });
}

void Session::abandon(const std::shared_ptr<Transaction>& tx, const Error& error)
{
    finish(tx, error);
    failAll(Error::make(ErrorCode::Cancelled));
}

void Session::writeDot(const std::shared_ptr<Transaction>& tx)
{
    if (m_state != State::Ready || tx->finished || m_inFlight.empty())
        return;
    m_inFlight.pop_front(); // the wait for the dot
    Command dot;
    dot.reply = [this, tx](const Reply& r) {
        if (r.kind() != 2)
            return finish(tx, replyError(r, Step::Message));
        if (!tx->later.isEmpty())
            return nextRound(tx);
        Delivery d;
        d.recipients = tx->recipients;
        d.reply = r;
        finish(tx, d);
    };
    dot.fail = [this, tx](const Error& e) {
        // No reply to the dot: the server may have taken the message, or not.
        Error uncertain = Error::make(ErrorCode::DeliveryUncertain, e.toLogString());
        finish(tx, uncertain);
    };
    // RFC 2920 section 3.1: message content may begin a group, so the next message's MAIL, RCPT
    // and DATA follow the dot without waiting for its reply (one round trip per message) — unless
    // this message has recipients left for a following transaction, which must come first.
    dot.pipelinable = tx->later.isEmpty();
    m_inFlight.push_back(std::move(dot));
    setPhase(Phase::DotSent);
    sendLine(".", Sensitivity::Plain);
    pump();
}

void Session::nextRound(const std::shared_ptr<Transaction>& tx)
{
    QList<RecipientResult> delivered;
    for (const int i : std::as_const(tx->round)) {
        if (tx->acceptedNow(i))
            delivered.append(tx->recipients[i]);
    }
    const auto go = [this, tx] {
        m_betweenRounds = false;
        tx->round = std::exchange(tx->later, {});
        tx->mailError.reset();
        tx->putOff.reset();
        startRound(tx, true);
    };
    if (!tx->hooks.partDelivered)
        return go(); // drain() pumps after each reply
    // Nothing queued behind this message goes before its following transaction.
    m_betweenRounds = true;
    auto once = std::make_shared<bool>(false);
    m_completions.defer([this, tx, delivered, go, once, alive = m_completions.guard()] {
        tx->hooks.partDelivered(delivered, [this, tx, go, once, alive](Status proceed) {
            if (std::exchange(*once, true) || !alive() || tx->finished)
                return;
            m_completions.hold();
            if (!proceed.ok()) {
                m_betweenRounds = false;
                finish(tx, proceed.error());
                pump();
            } else if (m_state == State::Ready) {
                go();
                pump();
            } else {
                m_betweenRounds = false;
                finish(tx, m_fatal.value_or(Error::make(ErrorCode::ConnectionClosed)));
            }
            m_completions.release();
            m_completions.flush();
        });
    });
}

void Session::finish(const std::shared_ptr<Transaction>& tx, Result<Delivery> result)
{
    if (std::exchange(tx->finished, true))
        return;
    setPhase(--m_openTransactions > 0 ? Phase::Envelope : Phase::Idle);
    m_completions.defer([done = tx->done, result = std::move(result)] { done(result); });
}

void Session::resetAfterFailure()
{
    // A transaction that failed part-way leaves the server in it; RSET clears it for the next.
    if (m_state != State::Ready)
        return;
    Command c;
    c.line = "RSET";
    c.pipelinable = true;
    c.reply = [](const Reply&) {};
    c.fail = [](const Error&) {};
    m_queue.push_front(std::move(c));
}

} // namespace postbag::smtp
