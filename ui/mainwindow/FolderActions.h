// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;

namespace postbag::localedit {
class LocalWriter;
}

namespace postbag::ui {

class FolderPane;

// Folder management from the menu and the folder pane's context menu: new, rename, delete,
// empty Trash. Why separate: the window stays layout only. Guarantees: special folders (Inbox,
// Archive, Trash, the virtual headings) cannot be renamed or deleted from here; deleting a folder
// moves its mail to Trash (FolderStore::remove) after a confirmation; every change is written by
// the LocalWriter (off the GUI thread) and completes with failed() (on error) then changed(); the
// name prompt and the confirmation are injectable so tests run without dialogs.
class FolderActions : public QObject
{
    Q_OBJECT

public:
    using Prompt = std::function<QString(const QString& title, const QString& initial)>;
    using Confirm = std::function<bool(const QString& question)>;

    FolderActions(localedit::LocalWriter& writer, FolderPane* pane, QObject* parent);

    QAction* newFolderAction;
    QAction* renameFolderAction;
    QAction* deleteFolderAction;
    QAction* emptyTrashAction;

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void showContextMenu(const QPoint& globalPos);

public Q_SLOTS:
    void updateEnabled();

Q_SIGNALS:
    void changed();
    void failed(const postbag::Error& error);
    // A folder or Trash's mail is gone for good: earlier moves and deletes can no longer be undone
    // (their folders or messages no longer exist, and new ones may reuse their ids).
    void undoHistoryInvalidated();

private:
    void newFolder();
    void renameFolder();
    void deleteFolder();
    void emptyTrash();
    void report(const Status& status);
    [[nodiscard]] std::function<void(const Status&)> reporter();
    // reporter(), and undoHistoryInvalidated() once the change is written.
    [[nodiscard]] std::function<void(const Status&)> destructiveReporter();
    [[nodiscard]] bool currentIsUserFolder() const;

    localedit::LocalWriter& m_writer;
    FolderPane* m_pane;
    Prompt m_prompt;
    Confirm m_confirm;
};

} // namespace postbag::ui
