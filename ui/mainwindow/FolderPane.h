// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QTreeView>
#include <optional>

namespace postbag::ui {

// Folder names with their unread count, bold while there is unread mail ("Inbox (3)").
// Guarantees: reads only the model's roles; the count never replaces the name.
class FolderDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

// The folder pane: the FolderModel tree, a drop target for messages dragged from the list, and
// the place the folder context menu opens. Why a subclass: the drop must be decided by the pane
// (which folder is under the cursor) while core/models stays free of drag-and-drop.
// Guarantees: only drops carrying MessageMime ids onto a real folder (not the Unified Inbox or
// "Local Folders" headings) are accepted; Ctrl (or a copy drag) copies, anything else moves; when
// the tree is rebuilt (a folder or an account added or removed) the current folder and the
// collapsed branches stay as they were, and no change of folder is announced for it.
class FolderPane : public QTreeView
{
    Q_OBJECT

public:
    explicit FolderPane(QWidget* parent = nullptr);

    [[nodiscard]] qint64 currentFolderId() const; // 0 for the virtual nodes
    [[nodiscard]] qint64 folderIdAt(const QPoint& pos) const;
    void setModel(QAbstractItemModel* model) override;

Q_SIGNALS:
    void messagesDropped(const QList<qint64>& ids, qint64 folderId, bool copy);
    void contextMenuRequestedAt(const QModelIndex& index, const QPoint& globalPos);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    // A node's identity across rebuilds of the tree.
    struct NodeKey
    {
        int kind = 0;
        qint64 folderId = 0;
        qint64 accountId = 0;
        bool operator==(const NodeKey&) const = default;
    };

    [[nodiscard]] bool acceptable(QDropEvent* event) const;
    // Ctrl (or a copy the drag proposes) copies, except onto the Trash.
    [[nodiscard]] bool copies(const QDropEvent* event, bool proposedCopies) const;
    [[nodiscard]] static NodeKey keyOf(const QModelIndex& index);
    [[nodiscard]] QModelIndex find(const NodeKey& key, const QModelIndex& parent = {}) const;
    void collectCollapsed(const QModelIndex& parent);
    void rememberState();
    void restoreState();

    std::optional<NodeKey> m_current;
    QList<NodeKey> m_collapsed;
};

} // namespace postbag::ui
