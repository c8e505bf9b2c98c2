// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/FolderActions.h"

#include "core/localedit/LocalWriter.h"
#include "core/models/ModelRoles.h"
#include "ui/mainwindow/Confirm.h"
#include "ui/mainwindow/FolderPane.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>

namespace postbag::ui {

using models::FolderNodeKind;

FolderActions::FolderActions(localedit::LocalWriter& writer, FolderPane* pane, QObject* parent)
    : QObject(parent), m_writer(writer), m_pane(pane)
{
    newFolderAction =
        new QAction(QIcon::fromTheme(QStringLiteral("folder-new")), tr("&New Folder…"), this);
    renameFolderAction = new QAction(tr("&Rename Folder…"), this);
    renameFolderAction->setShortcut(QKeySequence(Qt::Key_F2));
    renameFolderAction->setShortcutContext(Qt::WidgetShortcut);
    m_pane->addAction(renameFolderAction);
    deleteFolderAction = new QAction(tr("&Delete Folder"), this);
    //: Action: permanently delete every message in Trash
    emptyTrashAction =
        new QAction(QIcon::fromTheme(QStringLiteral("trash-empty")), tr("&Empty Trash"), this);
    connect(newFolderAction, &QAction::triggered, this, &FolderActions::newFolder);
    connect(renameFolderAction, &QAction::triggered, this, &FolderActions::renameFolder);
    connect(deleteFolderAction, &QAction::triggered, this, &FolderActions::deleteFolder);
    connect(emptyTrashAction, &QAction::triggered, this, &FolderActions::emptyTrash);
    m_prompt = [this](const QString& title, const QString& initial) {
        //: Label of the folder name prompt
        return QInputDialog::getText(m_pane->window(), title, tr("Folder name:"), QLineEdit::Normal,
                                     initial);
    };
    m_confirm = [this](const QString& question) {
        return confirmDestructive(m_pane->window(), question);
    };
    updateEnabled();
}

bool FolderActions::currentIsUserFolder() const
{
    return FolderNodeKind(m_pane->currentIndex().data(models::KindRole).toInt()) ==
               FolderNodeKind::User &&
           m_pane->currentFolderId() > 0;
}

void FolderActions::updateEnabled()
{
    renameFolderAction->setEnabled(currentIsUserFolder());
    deleteFolderAction->setEnabled(currentIsUserFolder());
}

void FolderActions::showContextMenu(const QPoint& globalPos)
{
    updateEnabled();
    QMenu menu(m_pane);
    menu.addAction(newFolderAction);
    menu.addAction(renameFolderAction);
    menu.addAction(deleteFolderAction);
    menu.addSeparator();
    menu.addAction(emptyTrashAction);
    menu.exec(globalPos);
}

void FolderActions::report(const Status& status)
{
    if (!status) {
        Q_EMIT failed(status.error());
    }
    Q_EMIT changed();
}

std::function<void(const Status&)> FolderActions::reporter()
{
    return [this](const Status& status) { report(status); };
}

std::function<void(const Status&)> FolderActions::destructiveReporter()
{
    return [this](const Status& status) {
        if (status) {
            Q_EMIT undoHistoryInvalidated();
        }
        report(status);
    };
}

void FolderActions::newFolder()
{
    //: Title of the prompt for a new folder's name
    const QString name = m_prompt(tr("New Folder"), QString()).trimmed();
    if (name.isEmpty()) {
        return;
    }
    // Under the selected folder; the virtual headings mean "top level, local".
    const qint64 parent = m_pane->currentFolderId();
    m_writer.createFolder(parent, name, reporter());
}

void FolderActions::renameFolder()
{
    if (!currentIsUserFolder()) {
        return;
    }
    const QString old = m_pane->currentIndex().data(Qt::EditRole).toString();
    const QString name = m_prompt(tr("Rename Folder"), old).trimmed();
    if (name.isEmpty() || name == old) {
        return;
    }
    m_writer.renameFolder(m_pane->currentFolderId(), name, reporter());
}

void FolderActions::deleteFolder()
{
    if (!currentIsUserFolder()) {
        return;
    }
    const QString name = m_pane->currentIndex().data(Qt::EditRole).toString();
    //: Confirmation; %1 is a folder name
    if (!m_confirm(tr("Delete the folder “%1” and its subfolders? Their messages go to Trash.")
                       .arg(name))) {
        return;
    }
    const qint64 id = m_pane->currentFolderId();
    // Leave the folder before it goes, so the list never shows a folder that no longer exists.
    m_pane->setCurrentIndex(m_pane->currentIndex().parent());
    m_writer.removeFolder(id, destructiveReporter());
}

void FolderActions::emptyTrash()
{
    if (!m_confirm(tr("Permanently delete every message in Trash?"))) {
        return;
    }
    m_writer.emptyTrash(destructiveReporter());
}

} // namespace postbag::ui
