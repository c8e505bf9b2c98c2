// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace postbag::app {

struct CliContext;

// The `postbag` command line: parses arguments, runs one command and returns its exit code.
// Usable with no display; the forms in README.md are stable for scripts.
class CommandLine
{
public:
    // Whether the arguments ask for a command-line command (rather than the window).
    [[nodiscard]] static bool isCommand(const QStringList& arguments);
    [[nodiscard]] static int run(QCoreApplication& app);

private:
    [[nodiscard]] static int dispatch(CliContext& ctx, const QString& command,
                                      const QStringList& args);
};

} // namespace postbag::app
