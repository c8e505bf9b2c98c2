// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace postbag::store {
class Database;
}

namespace postbag::ui {

// "Get Messages" for all accounts (F5, Ctrl+Shift+T) or one (a menu of the accounts). Why
// requests instead of calls: the window never talks to the sync engine directly; SyncController
// turns these requests into SyncManager calls, so the window can be built and tested without a
// worker thread. Guarantees: the account menu is read from the store each time it opens.
class SyncActions : public QObject
{
    Q_OBJECT

public:
    SyncActions(store::Database& db, QWidget* parent);

    QAction* getAllAction;
    QMenu* accountMenu;

Q_SIGNALS:
    void syncAllRequested();
    void syncAccountRequested(qint64 accountId);

private:
    void fillAccountMenu();

    store::Database& m_db;
};

} // namespace postbag::ui
