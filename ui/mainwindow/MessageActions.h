// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QUndoStack;

namespace postbag::store {
class Database;
}
namespace postbag::models {
class FolderModel;
}
namespace postbag::localedit {
class LocalWriter;
}

namespace postbag::ui {

class MessageListView;
class MessageView;

// What can be done to the selected messages: delete to Trash (undoable) or for good (after
// asking), archive, move and copy (menus and drops), mark read/unread, flag, select all, next
// unread, save attachments. Why a separate class: the window only lays out; the actions, their
// shortcuts (Thunderbird's: Del, Shift+Del, A, M, S, N, Ctrl+A, Ctrl+Z) and their store calls live
// here. Guarantees: the GUI's connection is only read; every change is one store transaction
// queued to the LocalWriter (off the GUI thread), and when it completes failed() (on error) then
// changed() follow; moves and deletes to Trash go through the undo stack, a permanent delete
// clears it; an empty selection disables the actions; failures reach failed(), never a dialog.
class MessageActions : public QObject
{
    Q_OBJECT

public:
    MessageActions(store::Database& db, localedit::LocalWriter& writer, MessageListView* list,
                   MessageView* reader, models::FolderModel* folders, QObject* parent);

    QAction* deleteAction;
    QAction* deletePermanentlyAction;
    QAction* archiveAction;
    QAction* toggleReadAction;
    QAction* markReadAction;
    QAction* markUnreadAction;
    QAction* toggleFlagAction;
    QAction* selectAllAction;
    QAction* nextUnreadAction;
    QAction* saveAttachmentsAction;
    QAction* undoAction;
    QAction* redoAction;
    QMenu* moveMenu;
    QMenu* copyMenu;

    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }
    void setFolderChooser(std::function<QString()> chooser) { m_chooseFolder = std::move(chooser); }
    // Asks before anything is deleted for good; tests answer without a dialog.
    void setConfirmer(std::function<bool(const QString&)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // The same operations the menus and drops use.
    // To Trash (undoable); messages already in the Trash are deleted for good after asking.
    void deleteMessages(const QList<qint64>& ids);
    void deletePermanently(const QList<qint64>& ids);
    void moveMessages(const QList<qint64>& ids, qint64 folderId);
    void copyMessages(const QList<qint64>& ids, qint64 folderId);
    void setRead(const QList<qint64>& ids, bool read);
    void saveAttachments();

public Q_SLOTS:
    void updateEnabled();

Q_SIGNALS:
    void changed();
    void failed(const postbag::Error& error);
    void attachmentsSaved(const QStringList& paths);

private:
    void file(const QList<qint64>& ids, qint64 target, bool toTrash, const QString& text);
    void setFlag(bool on);
    // Turns a write's result into failed()/changed().
    [[nodiscard]] std::function<void(const Status&)> reporter();
    void fillFolderMenu(QMenu* menu, bool copy);
    [[nodiscard]] QHash<qint64, qint64> originsOf(const QList<qint64>& ids) const;
    [[nodiscard]] qint64 trashId() const;
    [[nodiscard]] bool confirmPermanentDelete(int count);
    void removeForGood(const QList<qint64>& ids);
    QAction* make(const QString& text, const QKeySequence& key, std::function<void()> run);

    store::Database& m_db;
    localedit::LocalWriter& m_writer;
    MessageListView* m_list;
    MessageView* m_reader;
    models::FolderModel* m_folders;
    QUndoStack* m_undo;
    std::function<QString()> m_chooseFolder;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace postbag::ui
