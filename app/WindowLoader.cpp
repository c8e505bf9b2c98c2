// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WindowLoader.h"

#include "app/ModuleLoader.h"
#include "app/WindowModule.h"

#include <cstdio>

namespace postbag::app {

int WindowLoader::run(int& argc, char** argv)
{
    const ModuleLoader::Entry entry =
        ModuleLoader::resolve(QStringLiteral(POSTBAG_WINDOW_MODULE), POSTBAG_WINDOW_ENTRY);
    if (entry.function)
        return reinterpret_cast<PostbagWindowMain>(entry.function)(&argc, argv);
    std::fprintf(stderr,
                 "postbag: cannot open the window: %s\n"
                 "The command line works without it: postbag --help\n",
                 qPrintable(entry.problem));
    return 1;
}

} // namespace postbag::app
