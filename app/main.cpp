// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: a command-line invocation runs without a display (QCoreApplication and
// CommandLine); anything else opens the window (QApplication and WindowApp).
#include "app/CommandLine.h"
#include "app/Translations.h"
#include "app/WindowApp.h"

#include <QApplication>

namespace {

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("postbag"));
    QCoreApplication::setOrganizationName(QStringLiteral("Postbag"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTBAG_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    if (postbag::app::CommandLine::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        setNames();
        postbag::app::Translations::install(app);
        return postbag::app::CommandLine::run(app);
    }
    QApplication app(argc, argv);
    setNames();
    postbag::app::Translations::install(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Postbag"));
    // Lets Wayland compositors and docks match the window to the installed .desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral(POSTBAG_APP_ID));
    return postbag::app::WindowApp::run(app);
}
