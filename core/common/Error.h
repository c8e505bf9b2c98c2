// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/CertificateInfo.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace postbag {

// Which family an error belongs to. The family decides what the caller may do next:
// a Command error leaves the session usable, a Protocol error means the peer is out of step and
// the connection must go, Transport and Tls errors end the connection, Auth errors need the user.
enum class ErrorKind {
    Command,
    Protocol,
    Transport,
    Tls,
    Auth,
    Storage,
    Mime,
    Config,
    Cancelled,
};

// Every failure Postbag can report, as a stable code. User-facing text is made from these in ui/.
enum class ErrorCode
{
    // Command: the server answered -ERR. The RFC 2449/3206 response code refines it.
    ServerRejected,     // -ERR without a known response code
    MailboxInUse,       // [IN-USE]
    LoginDelay,         // [LOGIN-DELAY]
    ServerTemporary,    // [SYS/TEMP]
    ServerPermanent,    // [SYS/PERM]
    CommandUnsupported, // the server does not implement the command (e.g. no UIDL, no TOP)
    NoSuchMessage,
    // SMTP's refusals (core/smtp classifies replies; the enhanced status code, when the server
    // sends one, is kept in Error::responseCode).
    SenderRejected,         // MAIL refused: this login may not send as this address (553)
    RecipientRejected,      // RCPT refused (550 5.1.1); the text names the address
    MessageTooBig,          // over the server's SIZE limit, or 552
    RateLimited,            // too much mail too fast (4.7.0, 5.4.5, 450 4.2.1): try later
    EightBitUnsupported,    // 8-bit bytes and the server lacks 8BITMIME
    Utf8AddressUnsupported, // a non-ASCII local part and the server lacks SMTPUTF8
                            // Protocol: the server said something that is not POP3.
    MalformedResponse,
    LineTooLong,
    UnexpectedEnd, // connection ended inside a multi-line response
    PipeliningBroken,
    // RETR/TOP sent more than the caller's cap: read to its end, the session stays usable.
    MessageTooLarge,
    // The connection ended or went silent after the final dot of a message went out: the server
    // may have taken the message. Never retried by itself.
    DeliveryUncertain,
    // Transport
    HostNotFound,
    ConnectionRefused,
    ConnectTimeout,
    ResponseTimeout,
    ConnectionClosed,
    NetworkError,
    // Tls
    TlsHandshakeFailed,
    CertificateUntrusted,   // verification failed; CertificateInfo says why
    CertificatePinMismatch, // a pinned fingerprint did not match
    StlsUnavailable,        // STLS/STARTTLS required but not advertised or refused
    EncryptionRequired,     // the server wants TLS first (SMTP 538, 530 "STARTTLS first")
                            // Auth
    WrongCredentials,       // [AUTH] or a plain -ERR to the password
    NoUsableMechanism,      // nothing the server offers fits the account's rules
    InsecureAuthRefused,    // would have sent a password in the clear
    PasswordLoginDisabled,  // no password taken here: OAuth or an app password (534, 5.7.139)
    AuthenticationRequired, // the server wants a login first (SMTP 530)
    CredentialsUnavailable, // the keyring or password command gave nothing
    CredentialsNotStored,   // the keyring did not take a password
                            // OAuth 2 sign-in (core/oauth). The provider's `error` is kept in
                            // responseCode, its `error_description` in serverText.
    StateMismatch,          // the redirect's `state` is not the one sent: not this sign-in's answer
    ProviderError,      // the provider refused (an `error=` redirect, an error from its token URL)
    SignInAgain,        // the refresh token was revoked or expired (invalid_grant): sign in again
    OAuthClientMissing, // this build has no client id for the provider; serverText names it
                        // Storage, Mime, Config, Cancelled
    StorageFailed,
    DiskFull,
    StoreCorrupt,
    // Another connection held the database's write lock past the busy timeout: temporary.
    StoreBusy,
    MimeUnparseable,
    // An address that cannot be written into a message or given to a server; serverText names it.
    InvalidAddress,
    InvalidSetting,
    // The account has no outgoing server to send through (profiles from before sending): the
    // user is offered one; nothing was queued.
    NoOutgoingServer,
    // A user name or password with CR, LF or NUL: sent, it would be read as other commands.
    UnsafeArgument,
    Cancelled,
};

// A typed error: a code, the family it belongs to, and what the server said (verbatim, for logs
// and "details" views). Never contains a password. Tls errors carry the certificate as data.
struct Error
{
    ErrorKind kind = ErrorKind::Protocol;
    ErrorCode code = ErrorCode::MalformedResponse;
    QString serverText;     // text after -ERR / the peer's words, possibly empty
    QByteArray responseCode; // raw RFC 2449 code such as "SYS/TEMP", possibly empty
    std::optional<CertificateInfo> certificate;

    // What can make the failed operation succeed. The one classification of errors: the retry
    // schedule, the command line's exit codes and the login's fallbacks all read it.
    enum class Recovery
    {
        Temporary, // trying again later, unchanged, is expected to succeed
        NeedsUser, // only after the user acts (password, certificate, settings)
        Unknown,   // a fault that may or may not pass (a broken server, a full disk)
    };

    [[nodiscard]] static Error make(ErrorCode code, QString serverText = {});
    [[nodiscard]] Recovery recovery() const;
    // Whether trying again later, with the same credentials, can succeed.
    [[nodiscard]] bool isTemporary() const { return recovery() == Recovery::Temporary; }
    // Whether nothing but the user can make it succeed; never true of a temporary error.
    [[nodiscard]] bool needsUser() const { return recovery() == Recovery::NeedsUser; }
    // A stable, untranslated name such as "ServerTemporary", for logs and --json output.
    [[nodiscard]] QString codeName() const;
    // One line for logs: "Command/ServerTemporary [SYS/TEMP] text".
    [[nodiscard]] QString toLogString() const;
};

[[nodiscard]] ErrorKind kindOf(ErrorCode code);
[[nodiscard]] QString codeName(ErrorCode code);

} // namespace postbag
