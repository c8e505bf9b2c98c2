// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the store benchmark's parts share: the query set in both languages, the run's settings
// and small measuring helpers.
#include "core/common/Error.h"

#include <QElapsedTimer>
#include <QString>
#include <vector>

namespace postbag::bench {

// The fixed query set, in both languages. Postbag: before: is exclusive, after: inclusive, so a
// month is after:first before:first-of-next; notmuch's date:A..B includes the whole day B.
struct Query
{
    const char* kind;
    const char* postbag;
    const char* notmuch;
};

inline const Query kQueries[] = {
    {"word", "linux", "linux"},
    {"word", "mortgage", "mortgage"},
    {"2 words", "perl python", "perl AND python"},
    {"phrase", "\"click here\"", "\"click here\""},
    {"phrase", "\"free software\"", "\"free software\""},
    {"phrase", "\"mailing list\"", "\"mailing list\""},
    {"from:", "from:hotmail.com", "from:hotmail.com"},
    {"from:", "from:taint.org", "from:taint.org"},
    {"to:", "to:ilug", "to:ilug"},
    {"subject:", "subject:razor", "subject:razor"},
    {"subject:", "subject:money", "subject:money"},
    {"prefix*", "secur*", "secur*"},
    {"prefix*", "unsub*", "unsub*"},
    {"OR", "linux OR bsd", "linux OR bsd"},
    {"OR+field", "(cash OR money) subject:free", "(cash OR money) AND subject:free"},
    {"NOT", "razor NOT spamassassin", "razor AND NOT spamassassin"},
    {"NOT", "python -perl", "python AND NOT perl"},
    {"date range", "after:2002-09-01 before:2002-10-01", "date:2002-09-01..2002-09-30"},
    {"word+date", "linux after:2002-08-01 before:2002-09-01",
     "linux AND date:2002-08-01..2002-08-31"},
    {"unread+word", "is:unread money", "tag:unread AND money"},
};
constexpr int kQueryCount = int(std::size(kQueries));
constexpr int kPageSize = 50;

struct Config
{
    bool smoke = false;
    bool notmuch = true;
    bool corpusRun = true; // the SpamAssassin corpus as it is
    int count = 100000;    // generated messages
    int runs = 15;         // timed repetitions per query (postbag)
    int notmuchRuns = 7;   // timed repetitions per query and variant (notmuch processes)
    QString corpusDir;
    QString workDir;
    bool keep = false;
    int rankWindow = -1; // --rank-window: MessageSearch::Options::rankWindow; -1 = its default
    QString storePath;   // --store: only time the queries on this existing store (e.g. from --keep)
};

double percentile(std::vector<double> v, double p);
double msSince(const QElapsedTimer& t);
double cpuMs(); // CPU time of this process so far
qint64 fileSize(const QString& path);
qint64 treeSize(const QString& dir);
QString mb(qint64 bytes);
void fail(const char* what, const Error& e);

} // namespace postbag::bench
