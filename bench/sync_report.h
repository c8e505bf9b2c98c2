// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync_contenders.h"

#include <QList>
#include <QString>
#include <map>

namespace postbag::bench {

// All runs of one contender on one row.
struct Cell
{
    QList<double> seconds;
    long peakRssKb = 0; // the highest of all runs
    bool estimated = false;
    QList<int> arrivedWhenStopped; // of each estimated run
    bool skipped = false;
    QString error;
    [[nodiscard]] bool valid() const { return !seconds.isEmpty() && error.isEmpty(); }
    [[nodiscard]] double median() const;
    void add(const Outcome& o, int messages);
};

// One line of the download table: a mailbox, a link security and a round-trip time.
struct Row
{
    QString dataset;
    int messages = 0;
    qint64 bytes = 0;
    bool tls = false;
    int rttMs = 0;
    std::map<Tool, Cell> cells;
};

// Prints the tables and checks the targets of issue 5, PASS or MISS per row, with the ratios
// they are judged on. Never turns a missing or failed figure into a PASS.
class Report
{
public:
    static void printDownloads(const QList<Row>& rows);
    static void printMemory(const QList<Row>& rows);
    static void printNothingNew(const QList<Row>& rows);
    static void printNotes(const QList<Row>& rows);
};

} // namespace postbag::bench
