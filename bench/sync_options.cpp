// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_options.h"

#include <QCommandLineParser>

namespace postbag::bench {

namespace {
QList<int> intList(const QString& text)
{
    QList<int> out;
    for (const QString& s : text.split(u',', Qt::SkipEmptyParts))
        out.append(s.toInt());
    return out;
}

} // namespace

Options parseOptions(const QStringList& args)
{
    QCommandLineParser p;
    auto opt = [&](const char* name, const char* help) {
        p.addOption(
            QCommandLineOption(QLatin1String(name), QLatin1String(help), QStringLiteral("V")));
    };
    p.addOption(QCommandLineOption(QStringLiteral("quick"),
                                   QStringLiteral("Tiny mailbox, loopback only (ctest).")));
    p.addOption(QCommandLineOption(QStringLiteral("no-corpus"),
                                   QStringLiteral("Skip the SpamAssassin mailbox.")));
    opt("sizes", "Generated mailbox sizes, comma-separated.");
    opt("rtts", "Round-trip times in ms, comma-separated (0 = loopback).");
    opt("reps", "Runs per contender on loopback.");
    opt("relay-reps", "Runs of postbag and the floor through a relay.");
    opt("peer-reps", "Runs of getmail, and of fetchmail through a relay.");
    opt("getmail-limit", "Seconds after which getmail on loopback is stopped and extrapolated.");
    opt("tools", "Contenders to run, comma-separated (floor,postbag,fetchmail,getmail).");
    opt("peer-limit",
        "Seconds after which a peer's run through a relay is stopped and extrapolated.");
    opt("nothing-new-reps", "Runs of the nothing-new check.");
    p.process(args);
    Options o;
    if (p.isSet(QStringLiteral("quick"))) {
        o.quick = true;
        o.sizes = {40};
        o.corpus = false;
        o.rtts = {0};
        o.reps = 1;
        o.peerLimit = o.getmailLimit = 120;
        o.nothingNewReps = 2;
    }
    o.corpus = o.corpus && !p.isSet(QStringLiteral("no-corpus"));
    if (p.isSet(QStringLiteral("sizes")))
        o.sizes = intList(p.value(QStringLiteral("sizes")));
    if (p.isSet(QStringLiteral("rtts")))
        o.rtts = intList(p.value(QStringLiteral("rtts")));
    auto number = [&](const char* name, auto& field) {
        if (p.isSet(QLatin1String(name)))
            field = decltype(field + 0)(p.value(QLatin1String(name)).toDouble());
    };
    number("reps", o.reps);
    number("relay-reps", o.relayReps);
    number("peer-reps", o.peerReps);
    number("peer-limit", o.peerLimit);
    number("getmail-limit", o.getmailLimit);
    if (p.isSet(QStringLiteral("tools")))
        o.tools = p.value(QStringLiteral("tools")).split(u',');
    number("nothing-new-reps", o.nothingNewReps);
    return o;
}

} // namespace postbag::bench
