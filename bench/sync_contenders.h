// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync_child.h"

#include <QString>

namespace postbag::bench {

enum class Tool
{
    Floor,
    Postbag,
    Fetchmail,
    Getmail
};
inline constexpr Tool kTools[] = {Tool::Floor, Tool::Postbag, Tool::Fetchmail, Tool::Getmail};
[[nodiscard]] const char* toolName(Tool tool);

// One mailbox on the POP3 server, reached directly or through a relay.
struct Mailbox
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    bool tls = false; // implicit TLS (995-style); plain means no STLS either
    QString pinSha256Hex;
    QString certificatePath; // PEM, for the peers that verify against a file
    QString user;
    QString password;
    int messages = 0; // what the server holds: every run must deliver exactly this many
};

// One timed run and what it delivered, checked by counting the messages that actually arrived.
struct Outcome
{
    ChildRun run;
    int arrived = -1;
    QString error; // empty when the run succeeded and delivered everything
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    // Wall time, or for a run stopped at its time limit, elapsed × messages / arrived.
    [[nodiscard]] double seconds(int messages) const;
    [[nodiscard]] bool estimated() const { return run.timedOut; }
};

// Runs each contender against a mailbox, every run from a fresh state in a scratch directory:
// `postbag sync` (new profile with the account added, leave on server), fetchmail (-a -k, into a
// BSMTP file), getmail6 (Maildir, read_all, delete = false) and the protocol floor client.
// Set-up (profile, rc files) is not timed; everything the tool does to download is.
class Contenders
{
public:
    Contenders(QString selfPath, QString postbagPath, QString scratchDir);

    [[nodiscard]] bool available(Tool tool) const;
    // A full download. A run that exceeds `timeoutSeconds` is stopped; then what arrived so far
    // is counted and the outcome is an estimate (or an error when nothing arrived).
    [[nodiscard]] Outcome download(Tool tool, const Mailbox& box, double timeoutSeconds);

    // The nothing-new check (postbag and fetchmail): a first download into a state directory
    // that is kept, then timed checks that must fetch nothing.
    [[nodiscard]] QString prepareNothingNew(Tool tool, const Mailbox& box, const QString& stateDir);
    [[nodiscard]] Outcome checkNothingNew(Tool tool, const Mailbox& box, const QString& stateDir);

private:
    [[nodiscard]] QString setUp(Tool tool, const Mailbox& box, const QString& dir, bool keepOnly);
    [[nodiscard]] QStringList command(Tool tool, const Mailbox& box, const QString& dir,
                                      bool all) const;
    [[nodiscard]] int countArrived(Tool tool, const QString& dir) const;
    [[nodiscard]] Outcome runTimed(Tool tool, const Mailbox& box, const QString& dir, bool all,
                                   double timeoutSeconds, int expected);

    QString m_self;
    QString m_postbag;
    QString m_fetchmail;
    QString m_getmail;
    QString m_scratch;
};

} // namespace postbag::bench
