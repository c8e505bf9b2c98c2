// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace postbag::app {

// Starts the window module (see WindowModule.h). Guarantees: a missing or broken module is
// reported on stderr with the places searched and the loader's reason, exit code 1; the command
// line never depends on it.
class WindowLoader
{
public:
    [[nodiscard]] static int run(int& argc, char** argv);
};

} // namespace postbag::app
