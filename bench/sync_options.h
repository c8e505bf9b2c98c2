// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace postbag::bench {

// What bench_sync runs and how often (see bench_sync.cpp for the command line).
struct Options
{
    bool quick = false;
    QList<int> sizes{2000, 10000};
    bool corpus = true;
    QList<int> rtts{0, 20, 100};
    int reps = 3;
    int relayReps = 2;
    int peerReps = 1;
    double peerLimit = 30;
    double getmailLimit = 45;
    QStringList tools{QStringLiteral("floor"), QStringLiteral("postbag"),
                      QStringLiteral("fetchmail"), QStringLiteral("getmail")};
    int nothingNewReps = 5;
};

[[nodiscard]] Options parseOptions(const QStringList& args);

} // namespace postbag::bench
