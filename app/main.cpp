// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: a command-line invocation runs without a display (QCoreApplication and
// CommandLine); anything else opens the window, which lives in a module loaded only then.
#include "app/AppIdentity.h"
#include "app/CommandLine.h"
#include "app/Translations.h"
#include "app/WindowLoader.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    if (!postbag::app::CommandLine::isCommand(arguments))
        return postbag::app::WindowLoader::run(argc, argv);
    QCoreApplication app(argc, argv);
    postbag::app::AppIdentity::apply();
    postbag::app::Translations::install(app);
    return postbag::app::CommandLine::run(app);
}
