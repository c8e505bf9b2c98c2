// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace postbag::app {

// Finds and starts the window module (see WindowModule.h) next to the running binary: in the
// build tree beside it, once installed in <prefix>/lib/postbag. Guarantees: a missing or broken
// module is reported on stderr with the places searched and the loader's reason, exit code 1;
// the command line never depends on it.
class WindowLoader
{
public:
    [[nodiscard]] static int run(int& argc, char** argv);
    // Where the module is looked for, first match wins.
    [[nodiscard]] static QStringList candidates(const QString& binaryDir);
};

} // namespace postbag::app
