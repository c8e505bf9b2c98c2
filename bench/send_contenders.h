// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "send_messages.h"

#include <QByteArray>
#include <QString>

namespace postbag::bench {

enum class SendTool
{
    Postbag,
    Msmtp,
    Smtplib
};
inline constexpr SendTool kSendTools[] = {SendTool::Postbag, SendTool::Msmtp, SendTool::Smtplib};
[[nodiscard]] const char* sendToolName(SendTool tool);

// The submission server every contender uses the same way: STARTTLS on `port` (the server's or a
// relay's), the throwaway certificate trusted (pinned by Postbag, a trust file for the peers),
// then AUTH with the same login.
struct SendServer
{
    QString host = QStringLiteral("127.0.0.1");
    QString user;
    QString password;
    QString certificatePath;
    QByteArray pinSha256; // raw SHA-256 of the DER certificate
};

// One timed run: the server's 250s counted by the contender itself; Maildir deliveries are
// counted by the caller.
struct SendRun
{
    double seconds = 0; // for all messages; extrapolated when `estimated`
    int accepted = 0;   // messages the server took (250 to the dot)
    bool estimated = false;
    QString error; // empty when every message it tried was accepted
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Sends the same messages with each contender, each run from a fresh state:
// - postbag: a new profile whose outbox holds every message (queued with OutboxQueue, not timed),
//   then one OutboxSender run (one connection, pipelined) timed from run() to finished();
// - msmtp: one process per message, `msmtp -C RC -a default RCPT... < FILE`, timed over all
//   processes, start-up included (that is how cron scripts and mutt send);
// - smtplib: bench/send_smtplib.py on one connection, timed by the script from connect to QUIT
//   (the interpreter's start-up is not counted).
// A peer stopped at `limitSeconds` reports an extrapolation from the messages it sent by then.
class SendContenders
{
public:
    SendContenders(SendServer server, const SendMessages& messages, QString scratchDir,
                   QString smtplibScript);

    [[nodiscard]] bool available(SendTool tool) const;
    [[nodiscard]] QString version(SendTool tool) const;
    [[nodiscard]] SendRun run(SendTool tool, quint16 port, double limitSeconds);

private:
    [[nodiscard]] SendRun postbag(quint16 port);
    [[nodiscard]] SendRun msmtp(quint16 port, double limitSeconds);
    [[nodiscard]] SendRun smtplib(quint16 port, double limitSeconds);
    [[nodiscard]] QString msmtpConfig(quint16 port);

    SendServer m_server;
    const SendMessages& m_messages;
    QString m_scratch;
    QString m_script;
    QString m_msmtp;
    QString m_python;
    int m_runs = 0;
};

} // namespace postbag::bench
