// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/ReplyError.h"

namespace postbag::smtp {

namespace {

bool isRateLimit(const Reply& r)
{
    const QByteArray& e = r.enhanced;
    return e == "5.4.5" || e.endsWith(".7.28") || (e == "4.2.1" && r.code == 450) ||
           (e == "4.7.0" && (r.code == 421 || r.code == 450 || r.code == 451));
}

ErrorCode codeFor(const Reply& r, Step step)
{
    if (step == Step::StartTls)
        return r.code == 421 ? ErrorCode::ServerTemporary : ErrorCode::StlsUnavailable;
    if (isRateLimit(r))
        return ErrorCode::RateLimited;
    if (r.kind() == 4 || (step == Step::Rcpt && isTooManyRecipients(r)))
        return ErrorCode::ServerTemporary;
    if (r.code == 538)
        return ErrorCode::EncryptionRequired;
    if (r.code == 530)
        return r.lines.join(' ').toUpper().contains("STARTTLS") ? ErrorCode::EncryptionRequired
                                                                : ErrorCode::AuthenticationRequired;
    if (r.code == 500 || r.code == 502 || r.code == 504)
        return ErrorCode::CommandUnsupported;
    if (r.code == 552)
        return step == Step::Rcpt ? ErrorCode::RecipientRejected : ErrorCode::MessageTooBig;
    switch (step) {
    case Step::Auth:
        if (r.code == 534 || r.enhanced == "5.7.139" || r.enhanced == "5.7.30")
            return ErrorCode::PasswordLoginDisabled;
        return r.code == 535 ? ErrorCode::WrongCredentials : ErrorCode::ServerRejected;
    case Step::Mail:
        return r.code == 555 ? ErrorCode::ServerPermanent : ErrorCode::SenderRejected;
    case Step::Rcpt:
        // Postfix refuses a sender the login does not own only at RCPT, as 553 5.7.1; a relay
        // refusal is 554 (or 550) 5.7.1, and an unknown recipient 550 5.1.1.
        return r.code == 553 && r.enhanced == "5.7.1" ? ErrorCode::SenderRejected
                                                      : ErrorCode::RecipientRejected;
    default:
        return ErrorCode::ServerPermanent;
    }
}

} // namespace

bool isTooManyRecipients(const Reply& reply)
{
    return reply.code == 452 || (reply.code == 552 && reply.enhanced.endsWith(".5.3"));
}

Error replyError(const Reply& reply, Step step)
{
    Error e = Error::make(codeFor(reply, step), reply.text());
    e.responseCode = reply.enhanced;
    return e;
}

} // namespace postbag::smtp
