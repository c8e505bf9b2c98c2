// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/smtp/Session.h"
#include "tests/support/Outcome.h"
#include "tests/support/Transcript.h"

namespace postbag::smtp::testing {

using postbag::testing::addDeliveryRows;
using postbag::testing::Outcome;
using Feed = postbag::testing::Delivery;
using Transcript = postbag::testing::Transcript<Session>;

inline auth::Credentials creds(const QString& user, const QString& secret)
{
    auth::Credentials c;
    c.user = user;
    c.secret = secret;
    return c;
}

// Greeting and EHLO with the given extension lines ("PIPELINING\nSIZE 1000"); the session is then
// ready for AUTH or a transaction. Returns what the transcript reported.
inline QString greet(Session& s, Transcript& t, const QByteArray& extensions)
{
    Outcome<Reply> greeting;
    Outcome<Capabilities> caps;
    s.start(greeting.callback());
    s.ehlo("[127.0.0.1]", caps.callback());
    QByteArray script = "S: 220 mx.example.org ESMTP\nC: EHLO [127.0.0.1]\n";
    const QList<QByteArray> ext =
        extensions.isEmpty() ? QList<QByteArray>() : extensions.split('\n');
    script += ext.isEmpty() ? "S: 250 mx.example.org\n" : "S: 250-mx.example.org\n";
    for (qsizetype i = 0; i < ext.size(); ++i)
        script += (i + 1 < ext.size() ? "S: 250-" : "S: 250 ") + ext[i] + '\n';
    const QString played = t.play(script);
    if (!played.isEmpty())
        return played;
    if (!greeting.ok() || !caps.ok())
        return QStringLiteral("greeting or EHLO failed");
    return {};
}

} // namespace postbag::smtp::testing
