// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MessageListView.h"

#include "core/models/MessageListModel.h"
#include "core/models/ModelRoles.h"
#include "ui/mainwindow/MessageDelegate.h"
#include "ui/mainwindow/MessageMime.h"

#include <QDrag>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>

namespace postbag::ui {

using models::MessageListModel;

MessageListView::MessageListView(QWidget* parent)
    : QTreeView(parent), m_delegate(new MessageDelegate(this))
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
    setSortingEnabled(true);
    setItemDelegate(m_delegate);
    setIconSize(QSize(16, 16));
    //: Accessible name of the message list
    setAccessibleName(tr("Messages"));
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(true);
}

void MessageListView::setMessageModel(MessageListModel* model)
{
    m_model = model;
    setModel(model);
    QHeaderView* h = header();
    h->setSectionResizeMode(MessageListModel::FlagColumn, QHeaderView::Fixed);
    h->setSectionResizeMode(MessageListModel::AttachmentColumn, QHeaderView::Fixed);
    h->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(MessageListModel::SenderColumn, QHeaderView::Interactive);
    h->setSectionResizeMode(MessageListModel::DateColumn, QHeaderView::Interactive);
    h->setSectionResizeMode(MessageListModel::SizeColumn, QHeaderView::Interactive);
    h->resizeSection(MessageListModel::FlagColumn, 26);
    h->resizeSection(MessageListModel::AttachmentColumn, 26);
    h->resizeSection(MessageListModel::SenderColumn, 220);
    // Wide enough for the longest short date and size of the current locale, in bold (unread).
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const QLocale locale;
    const int pad = 3 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 16;
    h->resizeSection(MessageListModel::DateColumn,
                     fm.horizontalAdvance(locale.toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)),
                                                          QLocale::ShortFormat)) + pad);
    h->resizeSection(MessageListModel::SizeColumn,
                     fm.horizontalAdvance(locale.formattedDataSize(999 * 1024 + 1000)) + pad);
    h->setSortIndicator(MessageListModel::DateColumn, Qt::DescendingOrder);
}

void MessageListView::setSearchMode(bool search)
{
    m_delegate->setShowSnippets(search);
    setSortingEnabled(!search); // search results keep relevance order
    doItemsLayout();
}

QList<qint64> MessageListView::selectedMessageIds() const
{
    QList<qint64> ids;
    if (!selectionModel()) {
        return ids;
    }
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : rows) {
        ids.append(row.data(models::MessageIdRole).toLongLong());
    }
    if (ids.isEmpty() && currentMessageId() > 0) {
        ids.append(currentMessageId());
    }
    return ids;
}

qint64 MessageListView::currentMessageId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(models::MessageIdRole).toLongLong() : 0;
}

bool MessageListView::selectNextUnread()
{
    if (!m_model) {
        return false;
    }
    int row = currentIndex().isValid() ? currentIndex().row() + 1 : 0;
    for (;;) {
        for (; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, MessageListModel::SubjectColumn);
            if (index.data(models::UnreadRole).toBool()) {
                setCurrentIndex(index);
                scrollTo(index);
                return true;
            }
        }
        if (!m_model->canFetchMore({})) {
            return false;
        }
        const int before = m_model->rowCount();
        m_model->fetchMore({});
        if (m_model->rowCount() <= before) {
            return false; // nothing more came: never spin
        }
    }
}

bool MessageListView::selectMessage(qint64 messageId)
{
    const int row = m_model ? m_model->rowOfMessage(messageId) : -1;
    if (row < 0) {
        return false;
    }
    setCurrentIndex(m_model->index(row, MessageListModel::SubjectColumn));
    return true;
}

void MessageListView::startDrag(Qt::DropActions supportedActions)
{
    const QList<qint64> ids = selectedMessageIds();
    if (ids.isEmpty()) {
        return;
    }
    auto* drag = new QDrag(this);
    drag->setMimeData(MessageMime::encode(ids));
    drag->exec(supportedActions | Qt::CopyAction | Qt::MoveAction, Qt::MoveAction);
}

void MessageListView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTreeView::currentChanged(current, previous);
    const qint64 id = current.isValid() ? current.data(models::MessageIdRole).toLongLong() : 0;
    const qint64 before = previous.isValid() ? previous.data(models::MessageIdRole).toLongLong() : 0;
    if (id != before || !current.isValid()) {
        Q_EMIT currentMessageChanged(id);
    }
}

} // namespace postbag::ui
