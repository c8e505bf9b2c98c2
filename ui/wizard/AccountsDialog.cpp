// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/AccountsDialog.h"

#include "core/account/AccountRepository.h"
#include "core/localedit/LocalWriter.h"
#include "ui/text/ErrorText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace postbag::ui {

AccountsDialog::AccountsDialog(store::Database& db, localedit::LocalWriter& writer, QWidget* parent)
    : QDialog(parent), m_db(db), m_writer(writer)
{
    setWindowTitle(tr("Accounts"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Accounts"));
    left->addWidget(m_list, 1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    left->addWidget(m_problem);
    layout->addLayout(left, 1);
    auto* column = new QVBoxLayout;
    auto* add = new QPushButton(tr("&Add Account…"), this);
    m_edit = new QPushButton(tr("&Settings…"), this);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, Qt::Vertical, this);
    for (QWidget* w : {static_cast<QWidget*>(add), static_cast<QWidget*>(m_edit),
                       static_cast<QWidget*>(m_up), static_cast<QWidget*>(m_down)})
        column->addWidget(w);
    column->addStretch(1);
    column->addWidget(close);
    layout->addLayout(column);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            Q_EMIT editRequested(id);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (const qint64 id = selectedId())
            Q_EMIT editRequested(id);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(480, 300);
}

void AccountsDialog::reload()
{
    const qint64 keep = selectedId();
    m_list->clear();
    auto accounts = account::AccountRepository(m_db).list();
    if (accounts) {
        for (const account::AccountSettings& a : accounts.value()) {
            //: Accounts list entry: %1 account name, %2 user, %3 server
            auto* item =
                new QListWidgetItem(tr("%1 — %2 on %3").arg(a.name, a.username, a.host), m_list);
            item->setData(Qt::UserRole, a.id);
            if (a.id == keep)
                m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

qint64 AccountsDialog::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void AccountsDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_edit->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

void AccountsDialog::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    ids.swapItemsAt(row, to);
    // Shown at once, so that the next move starts from this order; written in order with the
    // window's other edits.
    m_list->insertItem(to, m_list->takeItem(row));
    m_list->setCurrentRow(to);
    m_problem->clear();
    m_writer.reorderAccounts(ids, [self = QPointer(this)](const Status& stored) {
        if (!self)
            return;
        if (!stored) {
            self->m_problem->setText(ErrorText::describe(stored.error()).oneLine());
            return self->reload();
        }
        Q_EMIT self->orderChanged();
    });
}

QString AccountsDialog::problemText() const
{
    return m_problem->text();
}

} // namespace postbag::ui
