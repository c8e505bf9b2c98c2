// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/smtp/Reply.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace postbag::smtp {

// What a server said it can do in its answer to EHLO (RFC 5321 section 4.1.1.1 and the
// extensions: 1870 SIZE, 2920 PIPELINING, 3207 STARTTLS, 4954 AUTH, 6152 8BITMIME, 6531 SMTPUTF8,
// 2034 ENHANCEDSTATUSCODES, 3461 DSN). `extended` is false after HELO: then nothing is offered.
struct Capabilities
{
    bool extended = false;
    bool startTls = false;
    bool pipelining = false;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool enhancedStatusCodes = false;
    bool dsn = false;
    bool size = false;
    qint64 sizeLimit = 0;       // SIZE's number; 0 when the server gave none (no fixed limit)
    QStringList saslMechanisms; // upper case, from "AUTH a b" and the old "AUTH=a b"
    QString serverName;         // the first word of the first line
    QList<QByteArray> lines;    // as received, for diagnostics

    [[nodiscard]] bool hasSasl(QStringView mechanism) const;
    [[nodiscard]] static Capabilities parse(const Reply& ehloReply);
};

} // namespace postbag::smtp
