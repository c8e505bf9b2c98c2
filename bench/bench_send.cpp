// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sending queued mail, side by side (issue 23): Postbag's outbox (OutboxSender, one connection,
// pipelined) beside msmtp (one process per message) and Python's smtplib (one connection), all
// submitting the same MessageBuilder-built messages to a private Postfix with STARTTLS and AUTH,
// on loopback and through relays that add 20 ms and 100 ms of round trip. After every run the
// deliveries are counted in Dovecot's Maildirs (each message exactly once per recipient).
//   bench_send [--quick] [--messages 200] [--rtts 0,20,100] [--reps 3] [--relay-reps 2]
//              [--peer-reps 1] [--peer-limit 60] [--tools postbag,msmtp,smtplib] [--seed 23]
// Postbag runs --reps times on loopback and --relay-reps times through a relay; msmtp and
// smtplib --reps times on loopback and --peer-reps times through a relay, where each run stops
// after --peer-limit seconds and is extrapolated (their time is linear in the messages).
// Needs root (Postfix's master). Progress goes to stderr, the tables to stdout;
// bench/run-send-bench runs it for real.
#include "send_contenders.h"
#include "send_report.h"
#include "sync_relay.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/PostfixServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>
#include <cstdio>
#include <unistd.h>

using namespace postbag;
using namespace postbag::bench;

namespace {

constexpr int kSkipped = 77; // ctest's SKIP_RETURN_CODE for the smoke test
const QString kPassword = QStringLiteral("secret");

struct SendOptions
{
    int messages = 200;
    QList<int> rtts{0, 20, 100};
    int reps = 3;
    int relayReps = 2;
    int peerReps = 1;
    double peerLimit = 60;
    QStringList tools{QStringLiteral("postbag"), QStringLiteral("msmtp"),
                      QStringLiteral("smtplib")};
    quint32 seed = 23;
};

SendOptions parseSendOptions(const QStringList& args)
{
    QCommandLineParser p;
    auto opt = [&](const char* name, const char* help) {
        p.addOption(
            QCommandLineOption(QLatin1String(name), QLatin1String(help), QStringLiteral("V")));
    };
    p.addOption(QCommandLineOption(QStringLiteral("quick"),
                                   QStringLiteral("10 messages, loopback, one run (ctest).")));
    opt("messages", "Messages in the outbox.");
    opt("rtts", "Round-trip times in ms, comma-separated (0 = loopback).");
    opt("reps", "Runs per contender on loopback.");
    opt("relay-reps", "Runs of postbag through a relay.");
    opt("peer-reps", "Runs of msmtp and smtplib through a relay.");
    opt("peer-limit", "Seconds after which a peer's run through a relay is extrapolated.");
    opt("tools", "Contenders, comma-separated (postbag,msmtp,smtplib).");
    opt("seed", "Seed of the message generator.");
    p.process(args);
    SendOptions o;
    if (p.isSet(QStringLiteral("quick"))) {
        o.messages = 10;
        o.rtts = {0};
        o.reps = 1;
    }
    auto number = [&](const char* name, auto& field) {
        if (p.isSet(QLatin1String(name)))
            field = decltype(field + 0)(p.value(QLatin1String(name)).toDouble());
    };
    number("messages", o.messages);
    number("reps", o.reps);
    number("relay-reps", o.relayReps);
    number("peer-reps", o.peerReps);
    number("peer-limit", o.peerLimit);
    number("seed", o.seed);
    if (p.isSet(QStringLiteral("rtts"))) {
        o.rtts.clear();
        for (const QString& s : p.value(QStringLiteral("rtts")).split(u',', Qt::SkipEmptyParts))
            o.rtts.append(s.toInt());
    }
    if (p.isSet(QStringLiteral("tools")))
        o.tools = p.value(QStringLiteral("tools")).split(u',');
    return o;
}

void progress(const QString& text)
{
    std::fprintf(stderr, "[%s] %s\n",
                 qPrintable(QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss"))),
                 qPrintable(text));
    std::fflush(stderr);
}

QString userOf(const QString& address)
{
    return address.section(u'@', 0, 0);
}

// Waits until the Maildirs hold what the first `accepted` messages were sent to, checks that
// nothing arrived twice, and empties them for the next run. Empty when the count is exact.
QString checkDeliveries(testing::PostfixServer& postfix, testing::DovecotServer& dovecot,
                        const SendMessages& messages, int accepted)
{
    QHash<QString, int> expected;
    for (const QString& r : sendBenchRecipients())
        expected[userOf(r)] = 0;
    for (int i = 0; i < accepted; ++i) {
        for (const QString& r : messages.messages[i].recipients)
            ++expected[userOf(r)];
    }
    QString error;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        (void)postfix.waitForMessages(it.key(), it.value(), 120000);
        const qsizetype found = dovecot.messageFilesOnServer(it.key()).size();
        if (found != it.value() && error.isEmpty())
            error = QStringLiteral("%1 of %2 messages delivered to %3")
                        .arg(found)
                        .arg(it.value())
                        .arg(it.key());
        if (!dovecot.removeAll(it.key()) && error.isEmpty())
            error = QStringLiteral("cannot empty the Maildir of %1").arg(it.key());
    }
    return error;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const SendOptions opt = parseSendOptions(app.arguments());
    if (::geteuid() != 0) {
        std::fprintf(stderr, "bench_send needs root: Postfix's master only starts as root\n");
        return kSkipped;
    }

    QTemporaryDir scratch;
    testing::DovecotServer dovecot;
    for (const QString& address : QStringList{sendBenchSender()} + sendBenchRecipients()) {
        if (!dovecot.addUser(userOf(address), kPassword)) {
            std::fprintf(stderr, "cannot add %s: %s\n", qPrintable(address),
                         qPrintable(dovecot.errorString()));
            return 1;
        }
    }
    testing::PostfixServer postfix(dovecot);
    if (!scratch.isValid() || !dovecot.start() || !postfix.start()) {
        std::fprintf(stderr, "cannot start Dovecot and Postfix: %s %s\n",
                     qPrintable(dovecot.errorString()), qPrintable(postfix.errorString()));
        return 1;
    }

    progress(QStringLiteral("building %1 messages").arg(opt.messages));
    QString error;
    const SendMessages messages =
        buildSendMessages(opt.messages, opt.seed, scratch.filePath(QStringLiteral("eml")), &error);
    if (messages.messages.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    SendServer server;
    server.host = postfix.host();
    server.user = userOf(sendBenchSender());
    server.password = kPassword;
    server.certificatePath = postfix.certificate().certificatePath();
    server.pinSha256 = postfix.certificate().sha256();
    SendContenders contenders(server, messages, scratch.path(),
                              QStringLiteral(POSTBAG_SOURCE_DIR "/bench/send_smtplib.py"));
    auto enabled = [&](SendTool tool) {
        return contenders.available(tool) && opt.tools.contains(QLatin1String(sendToolName(tool)));
    };

    // Postfix starts its smtpd, cleanup and virtual processes on first use: not something to time.
    if (enabled(SendTool::Postbag)) {
        progress(QStringLiteral("warming up"));
        const SendRun warm = contenders.run(SendTool::Postbag, postfix.submissionPort(), 3600);
        const QString delivered = checkDeliveries(postfix, dovecot, messages, warm.accepted);
        if (!warm.ok() || !delivered.isEmpty()) {
            std::fprintf(stderr, "warm-up failed: %s%s\n", qPrintable(warm.error),
                         qPrintable(delivered));
            return 1;
        }
    }

    RelayHost relays;
    QList<SendRow> rows;
    for (int rtt : opt.rtts) {
        const quint16 port =
            rtt > 0 ? relays.add(postfix.submissionPort(), rtt) : postfix.submissionPort();
        SendRow row{rtt, {}};
        auto reps = [&](SendTool tool) {
            if (rtt == 0)
                return opt.reps;
            return tool == SendTool::Postbag ? opt.relayReps : opt.peerReps;
        };
        const double limit = rtt > 0 ? opt.peerLimit : 3600;
        for (int rep = 0; rep < std::max({opt.reps, opt.relayReps, opt.peerReps}); ++rep) {
            for (SendTool tool : kSendTools) {
                SendCell& cell = row.cells[tool];
                cell.skipped = !enabled(tool);
                if (cell.skipped || rep >= reps(tool) || !cell.error.isEmpty())
                    continue;
                SendRun run = contenders.run(tool, port, limit);
                const QString delivered = checkDeliveries(postfix, dovecot, messages, run.accepted);
                if (run.ok() && !delivered.isEmpty())
                    run.error = delivered;
                cell.add(run);
                if (run.ok())
                    ++cell.deliveredRuns;
                progress(
                    QStringLiteral("%1 ms %2 run %3: %4")
                        .arg(rtt)
                        .arg(QLatin1String(sendToolName(tool)))
                        .arg(rep + 1)
                        .arg(run.ok()
                                 ? QStringLiteral("%1 s%2")
                                       .arg(run.seconds, 0, 'f', 3)
                                       .arg(run.estimated
                                                ? QStringLiteral(" (~, %1 sent)").arg(run.accepted)
                                                : QString())
                                 : run.error.simplified().left(300)));
            }
        }
        rows.append(row);
    }

    std::printf("Sending benchmark: %d queued messages (%.2f MB, %d with an attachment, %d "
                "deliveries), seed %u,\nsubmitted to a private Postfix on 127.0.0.1 with STARTTLS "
                "(certificate pinned by postbag, trusted\nfrom a file by the peers) and AUTH "
                "PLAIN; relays for RTT > 0 in the benchmark process.\n"
                "postbag: OutboxSender from queued rows to all sent, one connection, pipelined "
                "(in process).\n"
                "msmtp: one process per message (msmtp -C RC -a default RCPT... < FILE), start-up "
                "included.\n"
                "smtplib: one connection, sendmail() per message, timed by the script from "
                "connect to QUIT.\n"
                "Runs: %d per contender on loopback; through a relay %d for postbag, %d for the "
                "peers,\nstopped after %.0f s and extrapolated (~).\n",
                int(messages.messages.size()), double(messages.bytes) / 1e6,
                messages.withAttachment, messages.deliveries, opt.seed, opt.reps, opt.relayReps,
                opt.peerReps, opt.peerLimit);
    SendReport::print(rows, int(messages.messages.size()));
    for (const SendRow& r : rows) {
        for (const auto& [tool, cell] : r.cells) {
            if (!cell.error.isEmpty())
                return 1;
        }
    }
    return 0;
}
