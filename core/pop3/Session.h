// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/SaslMechanism.h"
#include "core/common/ProtocolLog.h"
#include "core/common/Result.h"
#include "core/pop3/Capabilities.h"
#include "core/pop3/Replies.h"
#include "core/pop3/ResponseReader.h"
#include "core/transport/CommandSession.h"

#include <QObject>
#include <deque>
#include <functional>
#include <memory>

namespace postbag::pop3 {

using auth::Credentials;
using auth::SaslMechanism;

// One POP3 command's line and what to do with each part of its answer, as the session queues it.
// Internal callbacks only: they defer every user-visible completion.
struct SessionCommand
{
    QByteArray line; // without CRLF; empty for the greeting, which is read but not sent
    ProtocolLog::Sensitivity sensitivity = ProtocolLog::Sensitivity::Plain;
    ResponseReader::Shape shape = ResponseReader::Shape::Status;
    bool barrier = false; // must be the only command in flight
    std::function<void(bool ok, QByteArrayView text)> status;
    std::function<void(QByteArrayView)> dataLine;
    std::function<void(QByteArrayView)> chunk;
    std::function<void()> end;
    std::function<void()> overlong;
    std::function<void(QByteArrayView)> continuation;
    std::function<void(const Error&)> fail;
};

enum class SessionState
{
    NotStarted,
    Greeting,
    Authorization,
    Transaction,
    Update,
    StartingTls,
    Closed,
    Failed
};

// A POP3 session as a pure state machine on transport::CommandSession (whose guarantees it keeps:
// completions once each, in order, never inside parsing; no socket, timer or event loop).
// Guarantees: commands are pipelined up to the window only when enabled, and state-changing
// commands (USER, PASS, APOP, AUTH, UTF8, STLS, QUIT) always go alone; a login command whose
// user name, secret or SASL field fails checkArgument() is refused and nothing of it is sent; after
// +OK to STLS nothing more is read or sent until tlsEstablished(), and every byte received in
// between is discarded.
class Session : public transport::CommandSession<SessionCommand, SessionState>
{
    Q_OBJECT
public:
    using State = SessionState;
    // Receives the unstuffed bytes of a RETR or TOP answer as they arrive. Must not delete the session.
    using BodySink = std::function<void(QByteArrayView chunk)>;

    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // At most `window` commands in flight when on; strictly one at a time when off.
    void setPipelining(bool on, int window = kDefaultWindow);

    void receive(QByteArrayView bytes) override;
    void connectionClosed() override;

    // Commands. The session starts by reading the greeting.
    void start(Done<Greeting> done);
    void capa(Done<Capabilities> done);
    void stls(Done<Ok> done);
    void user(const QString& name, Done<Ok> done);
    void pass(const QString& secret, Done<Ok> done);
    void apop(const QString& name, const QString& secret, const QByteArray& timestamp, Done<Ok> done);
    void authenticate(std::unique_ptr<SaslMechanism> mechanism, Done<Ok> done);
    // RFC 6856: the client takes UTF-8 in headers (and user names, where CAPA says UTF8 USER).
    void utf8(Done<Ok> done);
    void stat(Done<StatInfo> done);
    void list(Done<Listing<ListEntry>> done);
    void list(int number, Done<ListEntry> done);
    void uidl(Done<Listing<UidlEntry>> done);
    void uidl(int number, Done<UidlEntry> done);
    // Done carries the number of bytes delivered to the sink. An answer longer than `maxBytes`
    // is read to its end without reaching the sink beyond the cap, and fails with
    // MessageTooLarge; the session stays usable.
    void retr(int number, BodySink sink, Done<qint64> done, qint64 maxBytes = kMaxMessageBytes);
    void top(int number, int lines, BodySink sink, Done<qint64> done,
             qint64 maxBytes = kMaxMessageBytes);
    void dele(int number, Done<Ok> done);
    void rset(Done<Ok> done);
    void noop(Done<Ok> done);
    void quit(Done<Ok> done);

    // Measured with bench/bench_pipeline (400 typical messages from Dovecot): on loopback every
    // window from 4 up is within noise; at a 20 ms round trip 1 → 10.0 s, 8 → 1.3 s, 32 → 0.43 s,
    // 64 → 0.25 s. bench/bench_sync (10,000 messages, 100 ms round trip, postbag sync storing
    // everything): 64 → 25.9 s, 256 → 10.8 s, about the time the store itself needs; a window of
    // 64 waited for the network. 256 RETR commands are about 3 KB in flight, far below any
    // server's input buffer or TCP window. The sync job raises it to its own fetch window (1024
    // messages, 16 MB): once storing got faster, 256 again waited for the network (10,000
    // messages at 100 ms: 5.1 s with 256, 2.8–3.4 s with 1024; the same on loopback).
    static constexpr int kDefaultWindow = 256;
    // No message is taken whole beyond this, whatever the server announces (mail servers
    // refuse far smaller ones): a broken or hostile server cannot exhaust memory with one answer.
    static constexpr qint64 kMaxMessageBytes = qint64(512) * 1024 * 1024;

private:
    using Command = SessionCommand;
    class Handler;
    friend class Handler;

    void pump() override;
    [[nodiscard]] bool mayFollow(const Command& last, const Command& next) const override;
    void readWaiting() override;
    void resetReader() override { m_reader.reset(); }
    void tlsReady(Command& waiting) override;
    // The error code for a -ERR without a known response code, decided when the answer arrives
    // (what CAPA said may only be known by then).
    using Fallback = std::function<ErrorCode()>;
    Command simple(QByteArray line, Fallback fallback, Done<Ok> done);
    Command body(QByteArray line, Fallback fallback, BodySink sink, qint64 maxBytes,
                 Done<qint64> done);
    template<typename Entry, typename Parse>
    Command listing(QByteArray line, Fallback fallback, Parse parse, Done<Listing<Entry>> done);
    template<typename Entry, typename Parse>
    Command single(QByteArray line, Fallback fallback, Parse parse, Done<Entry> done);
    [[nodiscard]] Fallback unsupportedUnless(const bool& advertised) const;
    void wrapLogin(Command& command);
    // Completes `done` with `error` without sending anything (an argument failed its check).
    void refuse(Done<Ok> done, const Error& error);
    [[nodiscard]] ErrorCode authFallback() const;
    void log(QByteArrayView serverLine);

    std::unique_ptr<Handler> m_handler;
    ResponseReader m_reader;
    int m_window = 1;
    bool m_capsKnown = false;
    bool m_authRespCode = false;
    bool m_hasTop = false;
    bool m_hasUidl = false;
};

// The APOP digest (RFC 1939 section 7): lower-case hex MD5 of timestamp + secret.
[[nodiscard]] QByteArray apopDigest(const QByteArray& timestamp, const QString& secret);

} // namespace postbag::pop3
