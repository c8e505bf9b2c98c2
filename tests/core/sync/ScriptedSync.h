// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncFixture.h"
#include "core/sync/SyncTypes.h"
#include "tests/support/ScriptedPop3Server.h"

namespace postbag::testing {

// Transcripts shared by the sync job's tests against the scripted server: numbered messages, the
// opening of a session up to LIST, a RETR answer and a request for the scripted server.
inline QByteArray message(int i)
{
    return "Subject: message " + QByteArray::number(i) + "\r\nMessage-ID: <f" +
           QByteArray::number(i) + "@example.org>\r\n\r\nbody " + QByteArray::number(i) + "\r\n";
}

// Greeting, CAPA, USER/PASS, CAPA, STAT and the +OK to UIDL, for `count` messages. `together`:
// the server answers the CAPA after login only once STAT and UIDL have arrived too, and announces
// a LOGIN-DELAY of 900 s in it.
inline QString untilUidl(bool pipelining, int count, bool together = false)
{
    const QString caps = pipelining ? QStringLiteral("S: USER\nS: UIDL\nS: PIPELINING\nS: .\n")
                                    : QStringLiteral("S: USER\nS: UIDL\nS: .\n");
    const QString stat = QStringLiteral("S: +OK %1 %2\n").arg(count).arg(count * 100);
    QString s = QStringLiteral("S: +OK ready\nC: CAPA\nS: +OK\n") + caps +
                QStringLiteral("C: USER u\nS: +OK\nC: PASS p\nS: +OK\n");
    if (together)
        s += QStringLiteral("C: CAPA\nC: STAT\nC: UIDL\nS: +OK\nS: LOGIN-DELAY 900\n") + caps +
             stat + QStringLiteral("S: +OK\n");
    else
        s += QStringLiteral("C: CAPA\nS: +OK\n") + caps + QStringLiteral("C: STAT\n") + stat +
             QStringLiteral("C: UIDL\nS: +OK\n");
    return s;
}

// The lines of a UIDL answer giving message n the id uids[n - 1], and its terminator.
inline QString uidlLines(const QList<QByteArray>& uids)
{
    QString s;
    for (int i = 1; i <= uids.size(); ++i)
        s += QStringLiteral("S: %1 %2\n").arg(i).arg(QString::fromLatin1(uids.at(i - 1)));
    return s + QStringLiteral("S: .\n");
}

// LIST and its answer, giving message n the size of messages[n - 1].
inline QString listLines(const QList<QByteArray>& messages)
{
    QString s = QStringLiteral("C: LIST\nS: +OK\n");
    for (int i = 1; i <= messages.size(); ++i)
        s += QStringLiteral("S: %1 %2\n").arg(i).arg(messages.at(i - 1).size());
    return s + QStringLiteral("S: .\n");
}

// The opening up to LIST for messages 1..count with ids uid-1 ... uid-count.
inline QString opening(bool pipelining, int count = 5, bool together = false)
{
    QList<QByteArray> uids;
    QList<QByteArray> messages;
    for (int i = 1; i <= count; ++i) {
        uids.append("uid-" + QByteArray::number(i));
        messages.append(message(i));
    }
    return untilUidl(pipelining, count, together) + uidlLines(uids) + listLines(messages);
}

inline Pop3Script retrAnswer(Pop3Script s, int i)
{
    return s.line("+OK").send(message(i)).line(".");
}

inline sync::SyncRequest scripted(const ScriptedPop3Server& server, qint64 account, qint64 inbox)
{
    return SyncFixture::scriptedRequest(server.host(), server.port(), account, inbox);
}

} // namespace postbag::testing
