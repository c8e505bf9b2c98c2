// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace postbag::store {
class Database;
}
namespace postbag::localedit {
class LocalWriter;
}

namespace postbag::ui {

// The list of accounts in their order (the folder pane and the Unified Inbox follow it), with
// Add, Settings, Remove and Move up/down. Adding and editing are requested by signal so that the
// controller opens the same wizard and settings dialog as the menus do. A new order shows at once
// and is written on the window's writer thread; one it cannot write is said, and the list goes
// back to the stored order.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(store::Database& db, localedit::LocalWriter& writer, QWidget* parent = nullptr);

    void reload();
    void move(int delta); // moves the selected account up (-1) or down (+1) and saves the order
    QListWidget* list() const { return m_list; }
    [[nodiscard]] QString problemText() const;

Q_SIGNALS:
    void addRequested();
    void editRequested(qint64 accountId);
    void orderChanged(); // once the new order is stored

private:
    [[nodiscard]] qint64 selectedId() const;
    void updateButtons();

    store::Database& m_db;
    localedit::LocalWriter& m_writer;
    QListWidget* m_list = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

} // namespace postbag::ui
