// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_report.h"

#include "run_figures.h"

#include <algorithm>
#include <cstdio>

namespace postbag::bench {

namespace {
const char* verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}

QString secondsText(const Cell& c)
{
    if (c.skipped)
        return QStringLiteral("-");
    if (!c.valid())
        return QStringLiteral("FAIL");
    return medianText(c.median(), c.seconds.size(), c.estimated);
}

QString link(const Row& r)
{
    return QStringLiteral("%1 %2ms")
        .arg(r.tls ? QStringLiteral("tls") : QStringLiteral("plain"))
        .arg(r.rttMs);
}

const Cell* cell(const Row& r, Tool t)
{
    const auto it = r.cells.find(t);
    return it == r.cells.end() || !it->second.valid() ? nullptr : &it->second;
}

// "faster" = how many times the contender's time postbag's is; empty when either is missing.
QString ratioCheck(const Row& r, Tool peer, double needed, bool* pass)
{
    const Cell* pb = cell(r, Tool::Postbag);
    const Cell* other = cell(r, peer);
    if (!pb || !other)
        return QStringLiteral("   n/a    ");
    const double ratio = other->median() / pb->median();
    *pass = ratio >= needed;
    return QStringLiteral("%1x %2").arg(ratio, 5, 'f', 1).arg(QLatin1String(verdict(*pass)));
}
} // namespace

double Cell::median() const
{
    return medianOf(seconds);
}

void Cell::add(const Outcome& o, int messages)
{
    if (!o.ok()) {
        if (error.isEmpty())
            error = o.error;
        return;
    }
    seconds.append(o.seconds(messages));
    peakRssKb = std::max(peakRssKb, o.run.peakRssKb);
    estimated = estimated || o.estimated();
    if (o.estimated())
        arrivedWhenStopped.append(o.arrived);
}

void Report::printDownloads(const QList<Row>& rows)
{
    std::printf(
        "\nDownload, leave on server: median wall seconds (runs), process start included; lower is "
        "better.\n"
        "~ = stopped at the time limit and extrapolated from the messages that had arrived.\n"
        "Targets: fetchmail/postbag >= 3x, getmail/postbag >= 10x, postbag/floor <= 1.5x (tls) or "
        "2x (plain).\n\n");
    std::printf("%-15s %6s %6s %-12s| %12s %12s %12s %12s | %-11s %-11s %-11s\n", "mailbox", "msgs",
                "MB", "link", "floor", "postbag", "fetchmail", "getmail", "fm/pb>=3", "gm/pb>=10",
                "pb/floor");
    for (const Row& r : rows) {
        bool fmPass = false, gmPass = false;
        const QString fm = ratioCheck(r, Tool::Fetchmail, 3, &fmPass);
        const QString gm = ratioCheck(r, Tool::Getmail, 10, &gmPass);
        QString fl = QStringLiteral("   n/a    ");
        if (const Cell* pb = cell(r, Tool::Postbag), *floor = cell(r, Tool::Floor); pb && floor) {
            const double ratio = pb->median() / floor->median();
            fl = QStringLiteral("%1x %2")
                     .arg(ratio, 5, 'f', 2)
                     .arg(QLatin1String(verdict(ratio <= (r.tls ? 1.5 : 2.0))));
        }
        std::printf("%-15s %6d %6.1f %-12s| %12s %12s %12s %12s | %-11s %-11s %-11s\n",
                    qPrintable(r.dataset), r.messages, double(r.bytes) / 1e6, qPrintable(link(r)),
                    qPrintable(secondsText(r.cells.at(Tool::Floor))),
                    qPrintable(secondsText(r.cells.at(Tool::Postbag))),
                    qPrintable(secondsText(r.cells.at(Tool::Fetchmail))),
                    qPrintable(secondsText(r.cells.at(Tool::Getmail))), qPrintable(fm),
                    qPrintable(gm), qPrintable(fl));
    }
}

void Report::printMemory(const QList<Row>& rows)
{
    std::printf("\nPeak RSS in MB (highest of the runs, the process and its children; wait4 "
                "ru_maxrss).\n\n");
    std::printf("%-15s %6s %-12s| %9s %9s %9s %9s\n", "mailbox", "msgs", "link", "floor", "postbag",
                "fetchmail", "getmail");
    auto mb = [](const Row& r, Tool t) {
        const Cell* c = cell(r, t);
        return c ? QString::number(double(c->peakRssKb) / 1024, 'f', 1) : QStringLiteral("-");
    };
    for (const Row& r : rows)
        std::printf("%-15s %6d %-12s| %9s %9s %9s %9s\n", qPrintable(r.dataset), r.messages,
                    qPrintable(link(r)), qPrintable(mb(r, Tool::Floor)),
                    qPrintable(mb(r, Tool::Postbag)), qPrintable(mb(r, Tool::Fetchmail)),
                    qPrintable(mb(r, Tool::Getmail)));
    // Flat with N: the largest generated mailbox against the smallest, per link.
    std::printf("\nTarget: postbag's peak RSS flat with N (largest generated mailbox <= 1.2x the "
                "smallest).\n");
    for (const Row& small : rows) {
        const Cell* a = cell(small, Tool::Postbag);
        if (!a || !small.dataset.startsWith(QStringLiteral("gen-")))
            continue;
        for (const Row& big : rows) {
            const Cell* b = cell(big, Tool::Postbag);
            if (!b || !big.dataset.startsWith(QStringLiteral("gen-")) ||
                big.messages <= small.messages || big.tls != small.tls || big.rttMs != small.rttMs)
                continue;
            const double ratio = double(b->peakRssKb) / double(a->peakRssKb);
            std::printf("  %-12s %6d -> %6d messages: %6.1f -> %6.1f MB  %.2fx %s\n",
                        qPrintable(link(small)), small.messages, big.messages,
                        double(a->peakRssKb) / 1024, double(b->peakRssKb) / 1024, ratio,
                        verdict(ratio <= 1.2));
        }
    }
}

void Report::printNothingNew(const QList<Row>& rows)
{
    std::printf(
        "\nNothing new: a second sync of a mailbox already downloaded and left on the server, "
        "median wall\n"
        "seconds (runs), process start included. Target: postbag no slower than fetchmail.\n\n");
    for (const Row& r : rows) {
        const Cell* pb = cell(r, Tool::Postbag);
        const Cell* fm = cell(r, Tool::Fetchmail);
        QString check = QStringLiteral("n/a");
        if (pb && fm)
            check = QStringLiteral("%1x %2")
                        .arg(pb->median() / fm->median(), 0, 'f', 2)
                        .arg(QLatin1String(verdict(pb->median() <= fm->median())));
        std::printf("  %-15s %6d %-12s postbag %12s  fetchmail %12s  pb/fm %s\n",
                    qPrintable(r.dataset), r.messages, qPrintable(link(r)),
                    qPrintable(secondsText(r.cells.at(Tool::Postbag))),
                    qPrintable(secondsText(r.cells.at(Tool::Fetchmail))), qPrintable(check));
    }
}

void Report::printNotes(const QList<Row>& rows)
{
    bool anyEstimate = false;
    for (const Row& r : rows) {
        for (const auto& [tool, c] : r.cells) {
            if (c.arrivedWhenStopped.isEmpty())
                continue;
            if (!anyEstimate)
                std::printf(
                    "\nEstimated figures: messages that had arrived when the run was stopped\n"
                    "(few arrivals: the start-up cost weighs in, the estimate is high):\n");
            anyEstimate = true;
            QStringList arrived;
            for (int n : c.arrivedWhenStopped)
                arrived.append(QString::number(n));
            std::printf("  %-15s %-12s %-9s %s of %d\n", qPrintable(r.dataset), qPrintable(link(r)),
                        toolName(tool), qPrintable(arrived.join(QStringLiteral(", "))), r.messages);
        }
    }
    bool any = false;
    for (const Row& r : rows) {
        for (const auto& [tool, c] : r.cells) {
            if (c.error.isEmpty())
                continue;
            if (!any)
                std::printf("\nFailures:\n");
            any = true;
            std::printf("  %s %s %s: %s\n", qPrintable(r.dataset), qPrintable(link(r)),
                        toolName(tool), qPrintable(c.error.simplified().left(300)));
        }
    }
}

} // namespace postbag::bench
