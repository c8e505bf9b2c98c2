// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/doctor/ConnectionCheck.h"
#include "core/smtp/Client.h"

#include <QObject>

namespace postbag::doctor {

// What to do about a failed submission check, beyond what the error says: decided from the
// server's reply and what the provider's preset knows, so every surface gives the same advice.
enum class Advice
{
    None,
    UseEncryption,     // the server wants TLS before a login (530 "STARTTLS first", 538)
    EncryptionRefused, // STARTTLS missing or refused: the server's choice, or interference
    UseAppPassword,    // 535 (or 534) at a provider that needs an app password
    UseOAuth,          // 5.7.139 / 5.7.30, or 534 elsewhere: password logins are off
    CheckPassword,     // 535 elsewhere
    TrustCertificate   // a certificate that is not trusted: compare and pin its fingerprint
};

// The connection doctor for an outgoing (submission) server: resolves the host, connects, sets
// up TLS (implicit or STARTTLS), reads the EHLO capabilities and logs in with the account's
// credentials, reporting each step as ConnectionCheck does (StepRunner), then QUITs: no MAIL, RCPT
// or DATA is ever sent, so no mail goes anywhere (and "sender not allowed" cannot be checked here).
// Why: "cannot send" has as many causes as "cannot fetch", and a few need advice of their own (an
// app password, OAuth). Guarantees: through smtp::Client, with its security rules (no password over
// an unencrypted link unless allowed, never on in the clear after a STARTTLS refusal); the
// outcome names the step that failed, the typed error and the advice; `finished` comes once.
class SubmissionCheck : public StepRunner
{
    Q_OBJECT
public:
    struct Request
    {
        transport::Endpoint endpoint;
        smtp::SubmissionOptions options;  // credentials and policy; `authenticate` is forced on
        bool appPasswordProvider = false; // the provider's preset says AppPasswordRequired
    };

    struct Outcome
    {
        bool ok = false;
        Step failedAt = Step::Done;
        std::optional<Error> error;
        Advice advice = Advice::None;
        smtp::SubmissionInfo info;
        QStringList addresses; // what the host name resolved to
    };

    SubmissionCheck(transport::TransportFactory transports, QObject* parent = nullptr);
    ~SubmissionCheck() override;

    void start(const Request& request);
    void cancel();

    // The advice for a failure at a provider that does (or does not) need app passwords.
    [[nodiscard]] static Advice adviceFor(const Error& error, bool appPasswordProvider);
    // "AUTH PLAIN LOGIN; SIZE 10240000; PIPELINING; 8BITMIME": what the check read, for display.
    [[nodiscard]] static QString summary(const smtp::Capabilities& capabilities);

Q_SIGNALS:
    void finished(const postbag::doctor::SubmissionCheck::Outcome& outcome);

private:
    void connectAndLogin();
    void onLogin(const Result<smtp::SubmissionInfo>& result);
    void finish(const std::optional<Error>& error) override;

    Request m_request;
    std::unique_ptr<smtp::Client> m_client;
    Outcome m_outcome;
};

} // namespace postbag::doctor
