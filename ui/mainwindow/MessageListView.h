// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace postbag::models {
class MessageListModel;
}

namespace postbag::ui {

class MessageDelegate;

// The message list: a flat, sortable table over MessageListModel that drags its selection as
// message ids (MessageMime) and finds the next unread message. Why a subclass: QTreeView would
// ask the model for mime data, and core/models stays free of drag-and-drop and GUI types.
// Guarantees: rows are never measured one by one (uniform row heights, paging through the
// model's fetchMore), so a 100,000-message folder scrolls smoothly; a drag carries only ids.
class MessageListView : public QTreeView
{
    Q_OBJECT

public:
    explicit MessageListView(QWidget* parent = nullptr);

    void setMessageModel(models::MessageListModel* model);
    [[nodiscard]] models::MessageListModel* messageModel() const { return m_model; }
    [[nodiscard]] MessageDelegate* delegate() const { return m_delegate; }
    void setSearchMode(bool search);

    [[nodiscard]] QList<qint64> selectedMessageIds() const;
    [[nodiscard]] qint64 currentMessageId() const;
    // Selects the first unread message after the current one, loading pages as needed; returns
    // false (and changes nothing) when there is none.
    bool selectNextUnread();
    // Makes the row of `messageId` current if it is loaded.
    bool selectMessage(qint64 messageId);

Q_SIGNALS:
    void currentMessageChanged(qint64 messageId); // 0: none

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    models::MessageListModel* m_model = nullptr;
    MessageDelegate* m_delegate;
};

} // namespace postbag::ui
