// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Output.h"
#include "core/account/AccountSettings.h"
#include "core/account/OutgoingServer.h"

#include <QCommandLineParser>
#include <optional>

namespace postbag::app {

// The options that describe an account on the command line, for `account add` and `account edit`
// (and the outgoing ones for `account test`). Why one place: edit takes every option of add, with
// the same meaning and the same checks. Guarantees: only options the user set change anything; a
// bad value is a usage error naming the option, printed, and leaves the settings as they were
// given; a port follows a new security mode unless the old port was not that mode's default.
class AccountOptions
{
public:
    static void addTo(QCommandLineParser& parser);
    // The --smtp-* options of addTo(), with `test`'s help texts when `toCheck`.
    static void addOutgoingTo(QCommandLineParser& parser, bool toCheck = false);

    // Applies the POP3 options set in `parser` onto `settings`; ExitOk or the printed usage code.
    [[nodiscard]] static int apply(const QCommandLineParser& parser, Output& output,
                                   account::AccountSettings& settings);
    // Applies the --smtp-* options onto `server`, creating it (needs --smtp-host) when there is
    // none; leaves it untouched when no such option is set.
    [[nodiscard]] static int applyOutgoing(const QCommandLineParser& parser, Output& output,
                                           std::optional<account::OutgoingServer>& server);
};

} // namespace postbag::app
