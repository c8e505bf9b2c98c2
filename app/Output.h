// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QJsonValue>
#include <QTextStream>

namespace postbag::app {

// Exit codes of `postbag`, stable for scripts (documented in README.md).
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,    // the command failed for another reason
    ExitUsage = 2,      // bad arguments
    ExitAuth = 3,       // wrong password, no usable login method, no password available
    ExitConnection = 4, // host, port, TLS or certificate problem
    ExitTemporary = 5,  // the server is busy or asks to wait; try later
    ExitStorage = 6,    // the local store could not be written (disk full, ...)
    ExitQueued = 7,     // send: the message is in the outbox, not yet sent (server unreachable)
    ExitUncertain = 8,  // send: it may have been delivered; never resent without `outbox retry`
};

// Where commands print: text for people, or JSON for scripts; errors always to stderr in words
// made by ui/text from the error code.
class Output
{
public:
    explicit Output(bool json) : m_json(json), m_out(stdout), m_err(stderr) {}
    [[nodiscard]] bool json() const { return m_json; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    void printJson(const QJsonValue& value);
    // Prints the error and returns the exit code that belongs to it; `about` (an account name)
    // goes before the words when given. What it prints passes through field(): the words may
    // quote a server.
    int fail(const Error& error, const QString& host = {}, int port = 0, const QString& about = {});
    int usage(const QString& message);
    // Flushes standard output. A write that failed (a full disk, a closed pipe) is reported and
    // turns a success into ExitFailure: a script must not take cut-off output for a result.
    [[nodiscard]] int finish(int code);

    // Text from mail (subjects, names, bodies, folder names from imported files) or from a
    // server (its replies, certificate names, CAPA IMPLEMENTATION) for a terminal:
    // control characters could move the cursor, retitle the window or forge rows, so they become
    // U+FFFD. field() also turns line breaks and tabs into spaces (one row, tab-separated
    // columns); text() keeps them.
    [[nodiscard]] static QString field(const QString& s);
    [[nodiscard]] static QString text(const QString& s);

    [[nodiscard]] static int exitCodeFor(const Error& error);

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace postbag::app
