// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/smtp/Reply.h"

namespace postbag::smtp {

// The command a reply answers: the same code means different things after different commands
// (550 to MAIL is about the sender, to RCPT about the recipient).
enum class Step
{
    Greeting,
    Ehlo,
    StartTls,
    Auth,
    Mail,
    Rcpt,
    Data,
    Message,
    Other
};

// The one classification of a negative SMTP reply into postbag::Error. Decided on the reply code
// and the step; the enhanced status code only refines it when the server sent one (Exim never
// does). The error keeps the server's words and its enhanced code (Error::responseCode).
// Taxonomy: 421 and other 4xx → ServerTemporary, RateLimited for the rate codes (x.7.0 with 421/
// 450/451, 4.2.1 with 450, 5.4.5, x.7.28); AUTH 535 → WrongCredentials, 534 and 5.7.139/5.7.30 →
// PasswordLoginDisabled, 454 → ServerTemporary (never a wrong password); 538 or a 530 that asks
// for STARTTLS → EncryptionRequired, another 530 → AuthenticationRequired; STARTTLS refused →
// StlsUnavailable; MAIL 5xx → SenderRejected; RCPT 553 5.7.1 (Postfix's "not owned by user") →
// SenderRejected, a RCPT too many recipients → ServerTemporary, another RCPT 5xx →
// RecipientRejected; 552 →
// MessageTooBig; 500/502/504 → CommandUnsupported; any other 5xx → ServerPermanent.
[[nodiscard]] Error replyError(const Reply& reply, Step step);

// RFC 5321 section 4.5.3.1.10: a reply to RCPT that puts the recipient off until another
// transaction (the server's recipient limit): 452, or 552 with x.5.3 ("too many recipients"),
// which RFC 821 listed wrongly and which is therefore temporary too.
[[nodiscard]] bool isTooManyRecipients(const Reply& reply);

} // namespace postbag::smtp
