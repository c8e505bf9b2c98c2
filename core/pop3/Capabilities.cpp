// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/Capabilities.h"

#include "core/pop3/ServerText.h"

namespace postbag::pop3 {

bool Capabilities::hasSasl(QStringView mechanism) const
{
    return saslMechanisms.contains(mechanism, Qt::CaseInsensitive);
}

Capabilities Capabilities::parse(const QList<QByteArray>& lines)
{
    Capabilities caps;
    caps.known = true;
    caps.lines = lines;
    for (const QByteArray& raw : lines) {
        const QList<QByteArray> words = raw.simplified().split(' ');
        if (words.isEmpty() || words.first().isEmpty())
            continue;
        const QByteArray tag = words.first().toUpper();
        if (tag == "TOP") {
            caps.top = true;
        } else if (tag == "UIDL") {
            caps.uidl = true;
        } else if (tag == "USER") {
            caps.user = true;
        } else if (tag == "PIPELINING") {
            caps.pipelining = true;
        } else if (tag == "RESP-CODES") {
            caps.respCodes = true;
        } else if (tag == "AUTH-RESP-CODE") {
            caps.authRespCode = true;
        } else if (tag == "STLS") {
            caps.stls = true;
        } else if (tag == "UTF8" || tag == "UTF8=USER") {
            caps.utf8 = true;
            caps.utf8User = caps.utf8User || tag == "UTF8=USER" ||
                            (words.size() > 1 && words[1].toUpper() == "USER");
        } else if (tag == "SASL") {
            for (qsizetype i = 1; i < words.size(); ++i)
                caps.saslMechanisms.append(QString::fromLatin1(words[i].toUpper()));
        } else if (tag == "EXPIRE" && words.size() > 1) {
            bool ok = false;
            const int days = words[1].toInt(&ok);
            if (words[1].toUpper() == "NEVER")
                caps.expireDays = -1;
            else if (ok)
                caps.expireDays = days;
        } else if (tag == "LOGIN-DELAY" && words.size() > 1) {
            bool ok = false;
            const int secs = words[1].toInt(&ok);
            if (ok)
                caps.loginDelaySeconds = secs;
        } else if (tag == "IMPLEMENTATION") {
            caps.implementation = decodeServerText(raw.mid(raw.indexOf(' ') + 1).trimmed());
        }
    }
    return caps;
}

} // namespace postbag::pop3
