// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "send_report.h"

#include "run_figures.h"

#include <algorithm>
#include <cstdio>

namespace postbag::bench {

namespace {
QString secondsText(const SendCell& c)
{
    if (c.skipped)
        return QStringLiteral("-");
    if (!c.valid())
        return QStringLiteral("FAIL");
    return medianText(c.median(), c.seconds.size(), c.estimated());
}

const SendCell* cell(const SendRow& r, SendTool t)
{
    const auto it = r.cells.find(t);
    return it == r.cells.end() || !it->second.valid() ? nullptr : &it->second;
}

// How many times postbag's time the peer's is; `needed` 0: no target on this row.
QString ratio(const SendRow& r, SendTool peer, double needed)
{
    const SendCell* pb = cell(r, SendTool::Postbag);
    const SendCell* other = cell(r, peer);
    if (!pb || !other)
        return needed > 0 ? QStringLiteral("n/a MISS") : QStringLiteral("n/a");
    const double x = other->median() / pb->median();
    const QString text = QStringLiteral("%1x").arg(x, 0, 'f', 2);
    if (needed <= 0)
        return text;
    return text + (x >= needed ? QStringLiteral(" PASS") : QStringLiteral(" MISS"));
}
} // namespace

double SendCell::median() const
{
    return medianOf(seconds);
}

void SendCell::add(const SendRun& run)
{
    if (!run.ok()) {
        if (error.isEmpty())
            error = run.error;
        return;
    }
    seconds.append(run.seconds);
    if (run.estimated)
        acceptedWhenStopped.append(run.accepted);
}

void SendReport::print(const QList<SendRow>& rows, int messages)
{
    std::printf("\nMedian wall seconds for all %d messages (runs); lower is better. "
                "~ = stopped at the time limit\nand extrapolated from the messages sent by "
                "then. Ratios: the peer's time / postbag's.\n\n",
                messages);
    std::printf("%-8s| %14s %14s %14s | %-14s %-14s | %s\n", "link", "postbag", "msmtp", "smtplib",
                "msmtp/pb", "smtplib/pb", "ms per message (pb / msmtp / smtplib)");
    for (const SendRow& r : rows) {
        auto perMessage = [&](SendTool t) {
            const SendCell* c = cell(r, t);
            return c ? QString::number(c->median() * 1000 / messages, 'f', 1) : QStringLiteral("-");
        };
        std::printf("%-8s| %14s %14s %14s | %-14s %-14s | %s / %s / %s\n",
                    qPrintable(QStringLiteral("%1 ms").arg(r.rttMs)),
                    qPrintable(secondsText(r.cells.at(SendTool::Postbag))),
                    qPrintable(secondsText(r.cells.at(SendTool::Msmtp))),
                    qPrintable(secondsText(r.cells.at(SendTool::Smtplib))),
                    qPrintable(ratio(r, SendTool::Msmtp, r.rttMs == 100 ? 5 : 0)),
                    qPrintable(ratio(r, SendTool::Smtplib, r.rttMs == 0 ? 1 : 0)),
                    qPrintable(perMessage(SendTool::Postbag)),
                    qPrintable(perMessage(SendTool::Msmtp)),
                    qPrintable(perMessage(SendTool::Smtplib)));
    }
    std::printf("\nTargets (issue 23): msmtp/postbag >= 5x at 100 ms (PASS/MISS in that row), "
                "smtplib/postbag >= 1x on loopback (0 ms row).\n");

    bool anyEstimate = false;
    bool anyFailure = false;
    for (const SendRow& r : rows) {
        for (const auto& [tool, c] : r.cells) {
            if (c.estimated()) {
                if (!anyEstimate)
                    std::printf("\nExtrapolated figures (messages sent when stopped):\n");
                anyEstimate = true;
                QStringList sent;
                for (int n : c.acceptedWhenStopped)
                    sent.append(QString::number(n));
                std::printf("  %3d ms %-8s %s of %d\n", r.rttMs, sendToolName(tool),
                            qPrintable(sent.join(QStringLiteral(", "))), messages);
            }
        }
    }
    std::printf("\nDelivered at the Maildirs, counted after every run (each message once to each "
                "of its recipients):\n");
    for (const SendRow& r : rows) {
        for (const auto& [tool, c] : r.cells) {
            if (!c.skipped)
                std::printf("  %3d ms %-8s %d of %d runs exact\n", r.rttMs, sendToolName(tool),
                            c.deliveredRuns, int(c.seconds.size()));
        }
    }
    for (const SendRow& r : rows) {
        for (const auto& [tool, c] : r.cells) {
            if (c.error.isEmpty())
                continue;
            if (!anyFailure)
                std::printf("\nFailures:\n");
            anyFailure = true;
            std::printf("  %d ms %s: %s\n", r.rttMs, sendToolName(tool),
                        qPrintable(c.error.simplified().left(300)));
        }
    }
}

} // namespace postbag::bench
