// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace postbag::store {
class Database;
}

namespace postbag::ui {

// The list of accounts in their order (the folder pane and the Unified Inbox follow it), with
// Add, Settings, Remove and Move up/down. Adding and editing are requested by signal so that the
// controller opens the same wizard and settings dialog as the menus do.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(store::Database& db, QWidget* parent = nullptr);

    void reload();
    void move(int delta); // moves the selected account up (-1) or down (+1) and saves the order
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void addRequested();
    void editRequested(qint64 accountId);
    void orderChanged();

private:
    [[nodiscard]] qint64 selectedId() const;
    void updateButtons();

    store::Database& m_db;
    QListWidget* m_list = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

} // namespace postbag::ui
