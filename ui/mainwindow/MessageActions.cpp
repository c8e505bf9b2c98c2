// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MessageActions.h"

#include "core/localedit/LocalWriter.h"
#include "core/models/FolderModel.h"
#include "core/models/ModelRoles.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageStore.h"
#include "ui/mainwindow/Confirm.h"
#include "ui/mainwindow/MessageListView.h"
#include "ui/mainwindow/MoveCommand.h"
#include "ui/reader/MessageView.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QUndoStack>

namespace postbag::ui {

MessageActions::MessageActions(store::Database& db, localedit::LocalWriter& writer,
                               MessageListView* list, MessageView* reader,
                               models::FolderModel* folders, QObject* parent)
    : QObject(parent), m_db(db), m_writer(writer), m_list(list), m_reader(reader),
      m_folders(folders), m_undo(new QUndoStack(this))
{
    //: Action: move the selected messages to Trash
    deleteAction = make(tr("&Delete"), QKeySequence::Delete,
                        [this] { deleteMessages(m_list->selectedMessageIds()); });
    deleteAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    //: Action: delete the selected messages without moving them to Trash (asks first)
    deletePermanentlyAction =
        make(tr("Delete &Permanently…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
             [this] { deletePermanently(m_list->selectedMessageIds()); });
    archiveAction = make(tr("&Archive"), QKeySequence(Qt::Key_A), [this] {
        auto archive = store::FolderStore(m_db).archive();
        if (!archive) {
            Q_EMIT failed(archive.error());
            return;
        }
        //: Undo menu text: "Undo Archive"
        file(m_list->selectedMessageIds(), archive.value(), false, tr("Archive"));
    });
    archiveAction->setIcon(QIcon::fromTheme(QStringLiteral("mail-archive")));
    //: Action: toggle between read and unread (Thunderbird's M)
    toggleReadAction = make(tr("&Toggle Read"), QKeySequence(Qt::Key_M), [this] {
        const QList<qint64> ids = m_list->selectedMessageIds();
        setRead(ids, m_list->currentIndex().data(models::UnreadRole).toBool());
    });
    markReadAction =
        make(tr("Mark as &Read"), {}, [this] { setRead(m_list->selectedMessageIds(), true); });
    markUnreadAction = make(tr("Mark as &Unread"), QKeySequence(Qt::SHIFT | Qt::Key_U),
                            [this] { setRead(m_list->selectedMessageIds(), false); });
    markReadAction->setIcon(QIcon::fromTheme(QStringLiteral("mail-mark-read")));
    //: Action: flag (star) the selected messages, or remove the flag
    toggleFlagAction = make(tr("&Flag"), QKeySequence(Qt::Key_S), [this] {
        setFlag(!m_list->currentIndex().data(models::FlaggedRole).toBool());
    });
    toggleFlagAction->setIcon(QIcon(QStringLiteral(":/icons/flag.svg")));
    selectAllAction =
        make(tr("Select &All"), QKeySequence::SelectAll, [this] { m_list->selectAll(); });
    //: Action: go to the next unread message (Thunderbird's N)
    nextUnreadAction = make(tr("&Next Unread Message"), QKeySequence(Qt::Key_N),
                            [this] { m_list->selectNextUnread(); });
    saveAttachmentsAction = make(tr("Save All &Attachments…"), {}, [this] { saveAttachments(); });
    undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    //: Menu: move the selected messages to a folder
    moveMenu = new QMenu(tr("&Move To"));
    //: Menu: copy the selected messages to a folder
    copyMenu = new QMenu(tr("&Copy To"));
    moveMenu->setParent(m_list, Qt::Popup);
    copyMenu->setParent(m_list, Qt::Popup);
    connect(moveMenu, &QMenu::aboutToShow, this, [this] { fillFolderMenu(moveMenu, false); });
    connect(copyMenu, &QMenu::aboutToShow, this, [this] { fillFolderMenu(copyMenu, true); });
    m_chooseFolder = [this] {
        return QFileDialog::getExistingDirectory(m_list->window(), tr("Save Attachments To"));
    };
    m_confirm = [this](const QString& question) {
        return confirmDestructive(m_list->window(), question);
    };
    updateEnabled();
}

QAction* MessageActions::make(const QString& text, const QKeySequence& key,
                              std::function<void()> run)
{
    auto* action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, std::move(run));
    return action;
}

void MessageActions::updateEnabled()
{
    const bool any = !m_list->selectedMessageIds().isEmpty();
    for (QAction* a : {deleteAction, deletePermanentlyAction, archiveAction, toggleReadAction,
                       markReadAction, markUnreadAction, toggleFlagAction}) {
        a->setEnabled(any);
    }
    moveMenu->setEnabled(any);
    copyMenu->setEnabled(any);
    saveAttachmentsAction->setEnabled(m_list->currentMessageId() > 0 &&
                                      !m_reader->attachments().isEmpty());
}

QHash<qint64, qint64> MessageActions::originsOf(const QList<qint64>& ids) const
{
    QHash<qint64, qint64> origins;
    store::MessageStore messages(m_db);
    for (const qint64 id : ids) {
        if (auto s = messages.summary(id)) {
            origins.insert(id, s->folderId);
        }
    }
    return origins;
}

qint64 MessageActions::trashId() const
{
    const auto trash = store::FolderStore(m_db).trash();
    return trash ? trash.value() : 0;
}

void MessageActions::file(const QList<qint64>& ids, qint64 target, bool toTrash,
                          const QString& text)
{
    QHash<qint64, qint64> origins = originsOf(ids);
    if (toTrash || target == trashId()) {
        // Already in the Trash: filing does not move them, so undoing must not move them out.
        origins.removeIf([trash = trashId()](const auto& it) { return it.value() == trash; });
    }
    if (origins.isEmpty()) {
        return;
    }
    m_undo->push(new MoveCommand(
        m_writer, toTrash ? MoveCommand::Kind::Trash : MoveCommand::Kind::Move, std::move(origins),
        target, text, [this] { Q_EMIT changed(); }, [this](const Error& e) { Q_EMIT failed(e); }));
}

void MessageActions::deleteMessages(const QList<qint64>& ids)
{
    // Deleting what is already in the Trash deletes it for good (after asking), as in Thunderbird.
    const qint64 trash = trashId();
    QList<qint64> trashed;
    const QHash<qint64, qint64> origins = originsOf(ids);
    for (auto it = origins.begin(); it != origins.end(); ++it) {
        if (it.value() == trash) {
            trashed.append(it.key());
        }
    }
    if (!trashed.isEmpty() && !confirmPermanentDelete(int(trashed.size()))) {
        return;
    }
    if (!trashed.isEmpty()) {
        removeForGood(trashed);
    }
    //: Undo menu text: "Undo Delete"
    file(ids, 0, true, tr("Delete"));
}

void MessageActions::deletePermanently(const QList<qint64>& ids)
{
    if (ids.isEmpty() || !confirmPermanentDelete(int(ids.size()))) {
        return;
    }
    removeForGood(ids);
}

bool MessageActions::confirmPermanentDelete(int count)
{
    //: Question before deleting messages without keeping them in Trash
    return m_confirm(
        tr("Permanently delete %n message(s)? This cannot be undone.", nullptr, count));
}

void MessageActions::removeForGood(const QList<qint64>& ids)
{
    // Earlier moves and deletes may name these messages; undoing them could no longer work.
    m_undo->clear();
    m_writer.deletePermanently(ids, reporter());
}

void MessageActions::moveMessages(const QList<qint64>& ids, qint64 folderId)
{
    //: Undo menu text: "Undo Move"
    file(ids, folderId, false, tr("Move"));
}

void MessageActions::copyMessages(const QList<qint64>& ids, qint64 folderId)
{
    if (ids.isEmpty()) {
        return;
    }
    m_writer.copy(ids, folderId, reporter());
}

std::function<void(const Status&)> MessageActions::reporter()
{
    return [this](const Status& status) {
        if (!status) {
            Q_EMIT failed(status.error());
        }
        Q_EMIT changed();
    };
}

void MessageActions::setRead(const QList<qint64>& ids, bool read)
{
    if (ids.isEmpty()) {
        return;
    }
    const store::Flags seen(store::Flag::Seen);
    read ? m_writer.setFlags(ids, seen, {}, reporter())
         : m_writer.setFlags(ids, {}, seen, reporter());
}

void MessageActions::setFlag(bool on)
{
    const QList<qint64> ids = m_list->selectedMessageIds();
    if (ids.isEmpty()) {
        return;
    }
    const store::Flags flagged(store::Flag::Flagged);
    on ? m_writer.setFlags(ids, flagged, {}, reporter())
       : m_writer.setFlags(ids, {}, flagged, reporter());
}

void MessageActions::saveAttachments()
{
    const QString folder = m_chooseFolder ? m_chooseFolder() : QString();
    if (folder.isEmpty()) {
        return;
    }
    auto saved = m_reader->saveAllAttachments(folder);
    if (!saved) {
        Q_EMIT failed(saved.error());
        return;
    }
    Q_EMIT attachmentsSaved(saved.value());
}

void MessageActions::fillFolderMenu(QMenu* menu, bool copy)
{
    menu->clear();
    std::function<void(const QModelIndex&, int)> walk = [&](const QModelIndex& parent, int depth) {
        for (int r = 0; r < m_folders->rowCount(parent); ++r) {
            const QModelIndex i = m_folders->index(r, 0, parent);
            const qint64 id = i.data(models::FolderIdRole).toLongLong();
            QAction* a = menu->addAction(QString(QString(depth * 2, u' ') + i.data().toString()));
            // A copy in the Trash would be a deleted message that was never deleted anywhere.
            const bool trash = models::FolderNodeKind(i.data(models::KindRole).toInt()) ==
                               models::FolderNodeKind::Trash;
            a->setEnabled(id > 0 && !(copy && trash));
            connect(a, &QAction::triggered, this, [this, id, copy] {
                const QList<qint64> ids = m_list->selectedMessageIds();
                copy ? copyMessages(ids, id) : moveMessages(ids, id);
            });
            walk(i, depth + 1);
        }
    };
    walk({}, 0);
}

} // namespace postbag::ui
