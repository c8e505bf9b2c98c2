// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/LineScript.h"
#include "tests/support/ScriptedLineServer.h"

#include <QByteArray>
#include <QList>

namespace postbag::testing {

// The shared line-protocol script server with the SMTP pieces scripts are made of, for the faults
// Postfix will not make on demand. Why: SMTP tests read as transcripts of the parts that matter
// (a forged line after STARTTLS's 220, a 4xx on RCPT, no reply to the final dot) and build the
// rest from these pieces, which say the same thing as Postfix does. Everything else (implicit
// TLS, recording what the client sent, mismatches) is ScriptedLineServer's. Recipes:
//   - response injection: startTls("250-FORGED\r\n250 AUTH PLAIN\r\n235 part") sends the 220 and
//     those bytes in one write, before the handshake;
//   - 4xx/5xx at any step: an S: line where the success reply would be;
//   - a drop right after the final dot: transaction(...) then close();
//   - a server that never answers the dot: transaction(...) then expectClose();
//   - pipelining refused: ehlo() without "PIPELINING" and lockstep(true): a client that does
//     not wait for each reply is a mismatch;
//   - a failed XOAUTH2: "C: AUTH XOAUTH2 *", line(xoauth2Failure()), "C:" (the empty answer),
//     "S: 535 5.7.8 ...".
class ScriptedSmtpServer : public ScriptedLineServer
{
    Q_OBJECT
public:
    using ScriptedLineServer::ScriptedLineServer;

    static constexpr const char* kHostName = "smtp.example.test";

    // S: 220 smtp.example.test ESMTP scripted
    [[nodiscard]] static LineScript greeting();
    // C: EHLO *, then the multi-line 250 naming the host and then each capability.
    [[nodiscard]] static LineScript ehlo(const QList<QByteArray>& capabilities);
    // What Postfix's submission port offers before TLS (with STARTTLS, without AUTH) and after
    // (AUTH, no STARTTLS).
    [[nodiscard]] static QList<QByteArray> capabilitiesBeforeTls();
    [[nodiscard]] static QList<QByteArray> capabilitiesAfterTls();
    // C: STARTTLS, then "220 2.0.0 Ready to start TLS" + CRLF + `injected` in one write, then the
    // server side of the TLS handshake.
    [[nodiscard]] static LineScript startTls(const QByteArray& injected = {});
    // C: AUTH PLAIN with exactly these credentials as initial response, S: 235.
    [[nodiscard]] static LineScript authPlain(const QByteArray& user, const QByteArray& password);
    // C: MAIL FROM:<from>*, S: 250; per recipient C: RCPT TO:<r>*, S: 250; C: DATA, S: 354; then
    // the message up to its lone "." (receivedData()). No reply to the dot: add one (or not).
    [[nodiscard]] static LineScript transaction(const QByteArray& from,
                                                const QList<QByteArray>& recipients);
    // S: 250 2.0.0 Ok: queued as ..., the reply to the final dot.
    [[nodiscard]] static LineScript queued();
    // The 334 a server sends when an XOAUTH2 token is refused: base64 of Google's JSON error.
    [[nodiscard]] static QByteArray xoauth2Failure(const QByteArray& status = "401");
};

} // namespace postbag::testing
