// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace postbag::sync {
class SyncManager;
}

namespace postbag::ui {

class MainWindow;

// Connects the window to the sync engine, both ways: the window's requests (get mail, cancel,
// retry) become SyncManager calls, and the manager's signals (delivered on the GUI thread)
// become the window's onSync* slots, which reload the models. Why a separate class: it is the
// only piece of the GUI that knows SyncManager, so the window is built and tested without a
// worker thread. Guarantees: every connection dies with either object.
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(sync::SyncManager& manager, MainWindow& window);
};

} // namespace postbag::ui
