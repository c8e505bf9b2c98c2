// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace postbag::app {

// The desktop side of the composition root: opens the profile (or, with --demo, a throwaway one
// fed by the built-in POP3 server), builds the sync engine on its worker thread and the window,
// wires them with SyncController and runs the event loop. Why here: app/ is the only place that
// knows every concrete part (SslTransport, keyring, password command, demo server).
class WindowApp
{
public:
    [[nodiscard]] static int run(QApplication& app);
};

} // namespace postbag::app
