// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/SyncActions.h"

#include "core/store/AccountStore.h"

#include <QAction>
#include <QMenu>

namespace postbag::ui {

SyncActions::SyncActions(store::Database& db, QWidget* parent) : QObject(parent), m_db(db)
{
    //: Action: download new mail of every account
    getAllAction = new QAction(QIcon::fromTheme(QStringLiteral("mail-receive")), tr("&Get Messages"), this);
    getAllAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    getAllAction->setToolTip(tr("Get new messages for all accounts (F5)"));
    connect(getAllAction, &QAction::triggered, this, &SyncActions::syncAllRequested);
    //: Menu: download new mail of one account, chosen in the submenu
    accountMenu = new QMenu(tr("Get Messages &For"), parent);
    connect(accountMenu, &QMenu::aboutToShow, this, &SyncActions::fillAccountMenu);
}

void SyncActions::fillAccountMenu()
{
    accountMenu->clear();
    auto accounts = store::AccountStore(m_db).list();
    if (!accounts || accounts->isEmpty()) {
        //: Placeholder in the "Get Messages For" menu
        accountMenu->addAction(tr("No accounts"))->setEnabled(false);
        return;
    }
    for (const store::Account& a : accounts.value()) {
        const qint64 id = a.id;
        connect(accountMenu->addAction(a.name), &QAction::triggered, this,
                [this, id] { Q_EMIT syncAccountRequested(id); });
    }
}

} // namespace postbag::ui
