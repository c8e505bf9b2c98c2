// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WindowModule.h"

#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/WindowApp.h"

#include <QApplication>

extern "C" Q_DECL_EXPORT int postbag_window_main(int* argc, char** argv)
{
    using namespace postbag::app;
    QApplication app(*argc, argv);
    AppIdentity::apply();
    Translations::install(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Postbag"));
    // Lets Wayland compositors and docks match the window to the installed .desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral(POSTBAG_APP_ID));
    return WindowApp::run(app);
}
