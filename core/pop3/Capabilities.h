// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace postbag::pop3 {

// What a server said it can do in its CAPA answer (RFC 2449, 2595, 3206, 5034, 6856).
// `known` is false when the server has no CAPA: callers must then assume only RFC 1939.
struct Capabilities
{
    bool known = false;
    bool top = false;
    bool uidl = false;
    bool user = false;
    bool pipelining = false;
    bool respCodes = false;
    bool authRespCode = false;
    bool stls = false;
    bool utf8 = false;
    bool utf8User = false; // "UTF8 USER" (RFC 6856) or "UTF8=USER": UTF-8 user names and passwords
    QStringList saslMechanisms; // upper case
    // EXPIRE: days the server keeps retrieved mail; nullopt = not announced, -1 = NEVER.
    std::optional<int> expireDays;
    std::optional<int> loginDelaySeconds;
    QString implementation;
    QList<QByteArray> lines; // as received, for diagnostics

    [[nodiscard]] bool hasSasl(QStringView mechanism) const;
    // Parses the data lines of a CAPA answer.
    [[nodiscard]] static Capabilities parse(const QList<QByteArray>& lines);
};

} // namespace postbag::pop3
