// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Session's mail transaction: MAIL, RCPT…, DATA, the data and the final dot.
#include "core/smtp/Session.h"

namespace postbag::smtp {

using Sensitivity = ProtocolLog::Sensitivity;

// One message on its way. Shared by the commands of its transaction; `finished` makes sure the
// caller hears of it exactly once.
struct Session::Transaction
{
    QByteArray mailLine;
    QList<QByteArray> rcptLines;
    QByteArray wire;
    Hooks hooks;
    Done<Delivery> done;
    QList<RecipientResult> recipients;
    std::optional<Error> mailError;
    bool pipelined = false;
    bool finished = false;

    [[nodiscard]] int accepted() const
    {
        return int(std::count_if(recipients.cbegin(), recipients.cend(),
                                 [](const RecipientResult& r) { return !r.refusal; }));
    }
    [[nodiscard]] QList<RecipientResult> refused() const
    {
        QList<RecipientResult> out;
        for (const RecipientResult& r : recipients) {
            if (r.refusal)
                out.append(r);
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
    // Behind a message whose dot awaits its reply, the phase stays that message's until then.
    if (m_phase == Phase::Idle)
        setPhase(Phase::Envelope);
    m_queue.push_back(mailCommand(tx));
    if (tx->pipelined) {
        // RFC 2920: MAIL, every RCPT and DATA as one group, then the replies in order.
        for (int i = 0; i < tx->rcptLines.size(); ++i)
            m_queue.push_back(rcptCommand(tx, i));
        m_queue.push_back(dataCommand(tx));
    }
    pump();
    m_completions.flush();
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
        for (auto i = tx->rcptLines.size() - 1; i >= 0; --i)
            m_queue.push_front(rcptCommand(tx, int(i)));
    };
    c.fail = [this, tx](const Error& e) { finish(tx, e); };
    return c;
}

Session::Command Session::rcptCommand(const std::shared_ptr<Transaction>& tx, int index)
{
    Command c;
    c.line = tx->rcptLines[index];
    c.pipelinable = true;
    c.reply = [this, tx, index](const Reply& r) {
        if (r.kind() != 2) {
            Error e = replyError(r, Step::Rcpt);
            if (tx->mailError) // refused because MAIL was: not this recipient's fault
                e = *tx->mailError;
            tx->recipients[index].refusal = e;
        }
        if (!tx->pipelined && index == tx->rcptLines.size() - 1)
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

static Error firstRefusal(const QList<RecipientResult>& recipients)
{
    for (const RecipientResult& r : recipients) {
        if (r.refusal) {
            Error e = *r.refusal;
            e.serverText = r.address + QStringLiteral(": ") + e.serverText;
            return e;
        }
    }
    return Error::make(ErrorCode::RecipientRejected);
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
    if (tx->accepted() == 0) {
        finish(tx, firstRefusal(tx->recipients));
        return resetAfterFailure();
    }
    askAboutRefusals(tx, [this, tx](bool goOn) {
        if (m_state != State::Ready)
            return;
        if (!goOn) {
            finish(tx, firstRefusal(tx->recipients));
            return resetAfterFailure();
        }
        m_queue.push_front(dataCommand(tx));
    });
}

void Session::onDataReply(const std::shared_ptr<Transaction>& tx, const Reply& r)
{
    const bool nobody = tx->mailError || tx->accepted() == 0;
    const Error cause = tx->mailError ? *tx->mailError : firstRefusal(tx->recipients);
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
        finish(tx, firstRefusal(tx->recipients));
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
    // and DATA follow the dot without waiting for its reply (one round trip per message).
    dot.pipelinable = true;
    m_inFlight.push_back(std::move(dot));
    setPhase(Phase::DotSent);
    sendLine(".", Sensitivity::Plain);
    pump();
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
