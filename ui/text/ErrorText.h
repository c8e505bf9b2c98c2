// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QString>

namespace postbag::ui {

// What the user reads when something fails: what happened and what to try. Why one place: core
// reports codes, and every surface (window, wizard, command line) must say the same thing.
struct ErrorText
{
    QString what;   // one sentence: what happened
    QString advice; // one or two sentences: what to try; may be empty

    // `host`/`port` make the advice concrete ("check that pop.example.org accepts port 995").
    [[nodiscard]] static ErrorText describe(const Error& error, const QString& host = {}, int port = 0);
    [[nodiscard]] QString oneLine() const { return advice.isEmpty() ? what : what + u' ' + advice; }
};

} // namespace postbag::ui
