// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QString>

namespace postbag::ui {

// Where an error happened, so the text can name it: the account, its server and port.
struct ErrorContext
{
    QString account; // the account's name; empty: not about an account
    QString host;
    int port = 0;
};

// What the user reads when something fails: what happened and what to try. Why one place: core
// reports codes, and every surface (window, wizard, command line) must say the same thing.
// Guarantees: the network texts name the server and port when they are known ("Could not connect
// to pop.example.com on port 995: …"), and the advice says what to check (the port, a firewall,
// the security setting, the password's case).
struct ErrorText
{
    QString what;   // one sentence: what happened (prefixed with the account's name when given)
    QString advice; // one or two sentences: what to try; may be empty

    [[nodiscard]] static ErrorText describe(const Error& error, const ErrorContext& context);
    // `host`/`port` make the advice concrete ("check that pop.example.org accepts port 995").
    [[nodiscard]] static ErrorText describe(const Error& error, const QString& host = {},
                                            int port = 0)
    {
        return describe(error, ErrorContext{QString(), host, port});
    }
    [[nodiscard]] QString oneLine() const { return advice.isEmpty() ? what : what + u' ' + advice; }

private:
    // Members so that lupdate files their strings under ErrorText, where tr() looks them up.
    // "Could not connect to <host> on port <port>" with as much as is known.
    [[nodiscard]] static QString couldNotConnect(const QString& host, int port);
    // An import or export file's problem (mailbox::FileProblem); empty `what` for other errors.
    [[nodiscard]] static ErrorText fileProblem(const Error& error);
    [[nodiscard]] static QString portAdvice(int port);
};

} // namespace postbag::ui
