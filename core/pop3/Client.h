// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pop3/AuthPlanner.h"
#include "core/pop3/Handshake.h"
#include "core/pop3/Session.h"
#include "core/transport/SessionLink.h"

#include <QObject>
#include <memory>
#include <optional>

namespace postbag::pop3 {

struct LoginOptions
{
    Credentials credentials;
    // credentials.secret is not known yet: the way in stops before authentication until
    // Client::provideSecret(), so that connecting, TLS and CAPA overlap a keyring or a password
    // command instead of waiting for it.
    bool secretPending = false;
    AuthPolicy auth;
    bool allowPipelining = true;
    // Login completes once authentication succeeded, without waiting for the answer to the CAPA
    // that follows it, when the server announced PIPELINING before login: the caller's first
    // commands then travel with that CAPA. LoginInfo::capabilities are then the ones from before
    // login; Client::capabilities() has the later ones once the caller's first answer is in.
    bool earlyLogin = false;
    int pipelineWindow = Session::kDefaultWindow;
    int responseTimeoutMs = 30000;
};

struct LoginInfo
{
    Greeting greeting;
    Capabilities capabilities; // as announced after login
    bool encrypted = false;
    AuthMethod method = AuthMethod::Automatic;
    bool utf8 = false; // the server took RFC 6856's UTF8: headers come as they are
};

// Joins a Session to a Transport and runs the way in: connect, greeting, CAPA, STLS, CAPA again,
// authentication, CAPA again. Why: every use (sync, the connection doctor, tests) needs exactly
// this sequence with the same security rules, so it lives once, below the use cases.
// Guarantees: never logs in over an unencrypted link unless the policy allows it (not even with
// CRAM-MD5 or APOP); a user name or secret that fails checkArgument() ends the login before any of
// it is sent; the login plan is tried once, in order, moving on only as tryNextMethodAfter() says;
// UTF8 is sent (once) before authentication, or right after it, when CAPA lists it; with
// Security::StartTls it never continues in the clear when STLS is missing or fails; a response
// that does not progress for responseTimeoutMs fails with ResponseTimeout (a long RETR that keeps
// delivering bytes does not); abort() completes everything pending with Cancelled.
class Client : public QObject
{
    Q_OBJECT
public:
    enum class Step { Connecting, Connected, Greeted, StartingTls, TlsEstablished, Authenticating, LoggedIn };
    Q_ENUM(Step)

    explicit Client(std::unique_ptr<Transport> transport, QObject* parent = nullptr);
    ~Client() override;

    [[nodiscard]] Session& session() { return *m_session; }
    [[nodiscard]] Transport& transport() { return *m_transport; }
    // The capabilities last announced (after login, once that CAPA was answered).
    [[nodiscard]] const Capabilities& capabilities() const { return m_info.capabilities; }
    void setProtocolLog(ProtocolLog* log);

    void connectAndLogin(const Endpoint& endpoint, const LoginOptions& options,
                         Session::Done<LoginInfo> done);
    // The secret LoginOptions::secretPending promised; an error ends the login with that error.
    // Ignored once the login is over. A server that hangs up while the client waits for it ends
    // the login with ConnectionClosed (or the error that ended the session).
    void provideSecret(Result<QString> secret);
    // QUIT, then close the connection. Done is Ok only when the server confirmed QUIT (only then
    // did any DELE take effect).
    void quit(Session::Done<Ok> done);
    // Cancels everything: pending commands complete with Cancelled; the connection is dropped.
    void abort();

Q_SIGNALS:
    void step(postbag::pop3::Client::Step step);

private:
    void fail(const Error& error);
    void afterCapabilities(const Capabilities& caps);
    void authenticate(QList<AuthMethod> plan);
    void tryPlan(QList<AuthMethod> plan);
    void enableUtf8(std::function<void()> then);
    void tryMethod(AuthMethod method, std::function<void(Status)> done);
    void finishLogin();
    void loggedIn();

    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Handshake> m_handshake;
    transport::SessionLink m_link;
    Endpoint m_endpoint;
    LoginOptions m_options;
    LoginInfo m_info;
    Session::Done<LoginInfo> m_loginDone;
    std::optional<QList<AuthMethod>> m_parkedPlan; // waiting for the secret with this plan
    bool m_utf8Asked = false; // UTF8 was sent on this connection
};

} // namespace postbag::pop3
