// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Session's authorization-state commands: STLS, UTF8 and the login methods (USER/PASS, APOP, SASL).
#include "core/pop3/ServerText.h"
#include "core/pop3/Session.h"
#include "core/pop3/SessionCommands.h"
#include "core/pop3/SessionParsers.h"
#include "core/transport/CommandArgument.h"

#include <QCryptographicHash>

namespace postbag::pop3 {

using Shape = ResponseReader::Shape;
using Sensitivity = ProtocolLog::Sensitivity;
using transport::checkArgument;

QByteArray apopDigest(const QByteArray& timestamp, const QString& secret)
{
    const QByteArray input = timestamp + secret.toUtf8();
    return QCryptographicHash::hash(input, QCryptographicHash::Md5).toHex();
}

ErrorCode Session::authFallback() const
{
    // RFC 3206: a server with AUTH-RESP-CODE marks bad credentials with [AUTH]; a -ERR without it
    // is something else, and must not be shown as a wrong password.
    return m_authRespCode ? ErrorCode::ServerRejected : ErrorCode::WrongCredentials;
}

void Session::stls(Done<Ok> done)
{
    Command c;
    c.line = "STLS";
    c.barrier = true;
    c.status = [this, done](bool ok, QByteArrayView text) {
        if (!ok) {
            Error e = commandError(text, ErrorCode::StlsUnavailable);
            if (e.kind == ErrorKind::Command && !e.isTemporary())
                e = Error::make(ErrorCode::StlsUnavailable, e.serverText);
            m_completions.defer([done, e] { done(e); });
            return;
        }
        // Keep the command "in flight" until the handshake is done; tlsEstablished() completes it.
        Command waiting;
        waiting.end = [this, done] {
            m_capsKnown = false; // capabilities must be asked again over TLS
            m_completions.defer([done] { done(Ok{}); });
        };
        waiting.fail = failWith(done);
        waiting.barrier = true;
        beginTls(std::move(waiting));
    };
    c.fail = failWith(done);
    enqueue(std::move(c));
}

void Session::refuse(Done<Ok> done, const Error& error)
{
    m_completions.defer([done, error] { done(error); });
    m_completions.flush();
}

void Session::user(const QString& name, Done<Ok> done)
{
    const QByteArray arg = name.toUtf8();
    if (Status s = checkArgument(arg, "USER"); !s.ok())
        return refuse(std::move(done), s.error());
    Command c = simple("USER " + arg, fixed(ErrorCode::ServerRejected), std::move(done));
    c.barrier = true;
    enqueue(std::move(c));
}

void Session::pass(const QString& secret, Done<Ok> done)
{
    const QByteArray arg = secret.toUtf8();
    if (Status s = checkArgument(arg, "PASS"); !s.ok())
        return refuse(std::move(done), s.error());
    Command c = simple(
        "PASS " + arg, [this] { return authFallback(); }, done);
    c.sensitivity = Sensitivity::Secret;
    c.barrier = true;
    wrapLogin(c);
    enqueue(std::move(c));
}

void Session::apop(const QString& name, const QString& secret, const QByteArray& timestamp,
                   Done<Ok> done)
{
    const QByteArray arg = name.toUtf8();
    Status s = checkArgument(arg, "APOP");
    if (s.ok())
        s = checkArgument(secret, "APOP");
    if (s.ok() && !isApopTimestamp(timestamp))
        s = Error::make(ErrorCode::UnsafeArgument, QStringLiteral("APOP timestamp"));
    if (!s.ok())
        return refuse(std::move(done), s.error());
    Command c = simple(
        "APOP " + arg + ' ' + apopDigest(timestamp, secret), [this] { return authFallback(); },
        done);
    c.sensitivity = Sensitivity::Secret;
    c.barrier = true;
    wrapLogin(c);
    enqueue(std::move(c));
}

void Session::utf8(Done<Ok> done)
{
    // RFC 6856 lists UTF8 in CAPA when the server has it: a -ERR is a refusal, not "unsupported".
    Command c = simple("UTF8", fixed(ErrorCode::ServerRejected), std::move(done));
    c.barrier = true;
    enqueue(std::move(c));
}

void Session::wrapLogin(Command& c)
{
    auto inner = std::move(c.status);
    c.status = [this, inner](bool ok, QByteArrayView text) {
        if (ok)
            m_state = State::Transaction;
        inner(ok, text);
    };
}

void Session::authenticate(std::unique_ptr<SaslMechanism> mechanism, Done<Ok> done)
{
    if (Status s = mechanism->checkFields(); !s.ok())
        return refuse(std::move(done), s.error());
    std::shared_ptr<SaslMechanism> mech(std::move(mechanism));
    auto failure = std::make_shared<std::optional<Error>>();
    Command c = simple(
        "AUTH " + mech->name(), [this] { return authFallback(); }, done);
    // RFC 5034: the initial response goes on the AUTH line only if the line fits in 255 octets.
    if (const auto ir = mech->initialResponse()) {
        const QByteArray encoded = ir->isEmpty() ? QByteArray("=") : ir->toBase64();
        if (c.line.size() + 1 + encoded.size() + 2 <= 255)
            c.line += ' ' + encoded;
    }
    c.sensitivity = Sensitivity::Secret;
    c.barrier = true;
    c.shape = Shape::Sasl;
    c.continuation = [this, mech, failure](QByteArrayView text) {
        const QByteArray challenge = QByteArray::fromBase64(text.toByteArray());
        Result<QByteArray> answer = mech->respond(challenge);
        if (!answer.ok()) {
            *failure = answer.error();
            sendLine("*", Sensitivity::Plain); // cancel; the server answers -ERR
            return;
        }
        sendLine(answer->toBase64(), Sensitivity::Secret);
    };
    wrapLogin(c);
    auto inner = std::move(c.status);
    c.status = [this, inner, failure, done](bool ok, QByteArrayView text) {
        if (!ok && failure->has_value()) {
            m_completions.defer([done, e = **failure] { done(e); });
            return;
        }
        inner(ok, text);
    };
    enqueue(std::move(c));
}

} // namespace postbag::pop3
