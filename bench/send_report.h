// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "send_contenders.h"

#include <QList>
#include <QString>
#include <map>

namespace postbag::bench {

// All runs of one contender over one link.
struct SendCell
{
    QList<double> seconds;
    QList<int> acceptedWhenStopped; // of each extrapolated run
    int deliveredRuns = 0;          // runs whose Maildir count matched exactly
    bool skipped = false;
    QString error;
    [[nodiscard]] bool valid() const { return !seconds.isEmpty() && error.isEmpty(); }
    [[nodiscard]] bool estimated() const { return !acceptedWhenStopped.isEmpty(); }
    [[nodiscard]] double median() const;
    void add(const SendRun& run);
};

// One line of the table: the messages sent over one link (0 ms: straight to Postfix).
struct SendRow
{
    int rttMs = 0;
    std::map<SendTool, SendCell> cells;
};

// Prints the tables of bench_send and checks issue 23's targets, PASS or MISS with the ratio they
// are judged on: msmtp/postbag >= 5 at 100 ms, smtplib/postbag >= 1 on loopback. A missing or
// failed figure is never a PASS.
class SendReport
{
public:
    static void print(const QList<SendRow>& rows, int messages);
};

} // namespace postbag::bench
