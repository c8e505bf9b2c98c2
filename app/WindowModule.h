// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one symbol the window module exports. Why a module: the widgets, their fonts, images and
// X11/Wayland libraries are more than half of what the dynamic loader would otherwise map and
// relocate at every start, and a `postbag sync` run from cron or a script never shows a window.
// The command line starts without them; the window loads them when it is asked for.
#define POSTBAG_WINDOW_ENTRY "postbag_window_main"

extern "C" {
// Creates the QApplication, opens the window and runs the event loop; returns the exit code.
using PostbagWindowMain = int (*)(int* argc, char** argv);
}
