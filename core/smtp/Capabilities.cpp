// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/Capabilities.h"

#include "core/transport/ServerText.h"

namespace postbag::smtp {

bool Capabilities::hasSasl(QStringView mechanism) const
{
    return saslMechanisms.contains(mechanism.toString().toUpper());
}

Capabilities Capabilities::parse(const Reply& reply)
{
    Capabilities caps;
    caps.extended = true;
    caps.lines = reply.lines;
    if (reply.lines.isEmpty())
        return caps;
    caps.serverName = transport::decodeServerText(reply.lines.first().split(' ').first());
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray line = reply.lines[i].trimmed();
        const qsizetype cut = line.indexOf(line.startsWith("AUTH=") ? '=' : ' ');
        const QByteArray keyword = (cut < 0 ? line : line.left(cut)).toUpper();
        const QList<QByteArray> params =
            cut < 0 ? QList<QByteArray>() : line.mid(cut + 1).simplified().split(' ');
        if (keyword == "STARTTLS") {
            caps.startTls = true;
        } else if (keyword == "PIPELINING") {
            caps.pipelining = true;
        } else if (keyword == "8BITMIME") {
            caps.eightBitMime = true;
        } else if (keyword == "SMTPUTF8") {
            caps.smtpUtf8 = true;
        } else if (keyword == "ENHANCEDSTATUSCODES") {
            caps.enhancedStatusCodes = true;
        } else if (keyword == "DSN") {
            caps.dsn = true;
        } else if (keyword == "SIZE") {
            caps.size = true;
            bool ok = false;
            const qint64 limit = params.isEmpty() ? 0 : params.first().toLongLong(&ok);
            caps.sizeLimit = ok && limit > 0 ? limit : 0;
        } else if (keyword == "AUTH") {
            for (const QByteArray& p : params) {
                const QString name = QString::fromLatin1(p).toUpper();
                if (!name.isEmpty() && !caps.saslMechanisms.contains(name))
                    caps.saslMechanisms.append(name);
            }
        }
    }
    return caps;
}

} // namespace postbag::smtp
