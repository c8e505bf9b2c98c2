// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/FolderPane.h"

#include "core/models/ModelRoles.h"
#include "ui/mainwindow/MessageMime.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QSignalBlocker>

namespace postbag::ui {

void FolderDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const qint64 unread = index.data(models::UnreadCountRole).toLongLong();
    const auto kind = models::FolderNodeKind(index.data(models::KindRole).toInt());
    if (kind == models::FolderNodeKind::UnifiedInbox || kind == models::FolderNodeKind::LocalFolders) {
        option->font.setWeight(QFont::DemiBold);
    }
    if (unread > 0) {
        option->font.setBold(true);
        //: Folder pane: %1 folder name, %2 number of unread messages in it
        option->text = tr("%1 (%2)").arg(option->text).arg(unread);
    }
}

FolderPane::FolderPane(QWidget* parent) : QTreeView(parent)
{
    setHeaderHidden(true);
    setItemDelegate(new FolderDelegate(this));
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformRowHeights(true);
    //: Accessible name of the folder tree
    setAccessibleName(tr("Folders"));
}

qint64 FolderPane::currentFolderId() const
{
    return currentIndex().data(models::FolderIdRole).toLongLong();
}

void FolderPane::setModel(QAbstractItemModel* model)
{
    if (this->model() != nullptr) {
        this->model()->disconnect(this);
    }
    QTreeView::setModel(model);
    if (model != nullptr) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &FolderPane::rememberState);
        connect(model, &QAbstractItemModel::modelReset, this, &FolderPane::restoreState);
    }
}

FolderPane::NodeKey FolderPane::keyOf(const QModelIndex& index)
{
    return {index.data(models::KindRole).toInt(), index.data(models::FolderIdRole).toLongLong(),
            index.data(models::AccountIdRole).toLongLong()};
}

QModelIndex FolderPane::find(const NodeKey& key, const QModelIndex& parent) const
{
    for (int row = 0; row < model()->rowCount(parent); ++row) {
        const QModelIndex child = model()->index(row, 0, parent);
        if (keyOf(child) == key) {
            return child;
        }
        if (const QModelIndex found = find(key, child); found.isValid()) {
            return found;
        }
    }
    return {};
}

void FolderPane::collectCollapsed(const QModelIndex& parent)
{
    for (int row = 0; row < model()->rowCount(parent); ++row) {
        const QModelIndex child = model()->index(row, 0, parent);
        if (model()->hasChildren(child)) {
            if (!isExpanded(child)) {
                m_collapsed.append(keyOf(child));
            }
            collectCollapsed(child);
        }
    }
}

void FolderPane::rememberState()
{
    m_current.reset();
    if (currentIndex().isValid()) {
        m_current = keyOf(currentIndex());
    }
    m_collapsed.clear();
    collectCollapsed({});
}

void FolderPane::restoreState()
{
    expandAll();
    for (const NodeKey& key : std::as_const(m_collapsed)) {
        collapse(find(key));
    }
    if (!m_current) {
        return;
    }
    if (const QModelIndex index = find(*m_current); index.isValid()) {
        // The same folder as before: the window shows it already, so nothing is announced.
        const QSignalBlocker block(selectionModel());
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        viewport()->update();
    } else {
        setCurrentIndex(model()->index(0, 0)); // it is gone (its account was removed)
    }
}

qint64 FolderPane::folderIdAt(const QPoint& pos) const
{
    return indexAt(pos).data(models::FolderIdRole).toLongLong();
}

bool FolderPane::acceptable(QDropEvent* event) const
{
    return !MessageMime::decode(event->mimeData()).isEmpty() &&
           folderIdAt(event->position().toPoint()) > 0;
}

void FolderPane::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(MessageMime::kFormat)) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

bool FolderPane::copies(const QDropEvent* event, bool proposedCopies) const
{
    // Nothing is copied into the Trash: a copy there would be a deletion that deleted nothing.
    const QModelIndex target = indexAt(event->position().toPoint());
    if (models::FolderNodeKind(target.data(models::KindRole).toInt()) ==
        models::FolderNodeKind::Trash) {
        return false;
    }
    return event->modifiers().testFlag(Qt::ControlModifier) || proposedCopies;
}

void FolderPane::dragMoveEvent(QDragMoveEvent* event)
{
    if (acceptable(event)) {
        const bool copy = copies(event, false);
        event->setDropAction(copy ? Qt::CopyAction : Qt::MoveAction);
        event->accept(visualRect(indexAt(event->position().toPoint())));
    } else {
        event->ignore();
    }
}

void FolderPane::dropEvent(QDropEvent* event)
{
    if (!acceptable(event)) {
        event->ignore();
        return;
    }
    const bool copy = copies(event, event->dropAction() == Qt::CopyAction);
    event->setDropAction(copy ? Qt::CopyAction : Qt::MoveAction);
    event->accept();
    Q_EMIT messagesDropped(MessageMime::decode(event->mimeData()),
                           folderIdAt(event->position().toPoint()), copy);
}

void FolderPane::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex index = event->reason() == QContextMenuEvent::Mouse
                                  ? indexAt(event->pos())
                                  : currentIndex();
    Q_EMIT contextMenuRequestedAt(index, event->globalPos());
}

} // namespace postbag::ui
