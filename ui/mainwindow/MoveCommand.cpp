// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MoveCommand.h"

#include "core/store/MessageStore.h"

namespace postbag::ui {

MoveCommand::MoveCommand(store::Database& db, Kind kind, QHash<qint64, qint64> origins,
                         qint64 target, const QString& text, Done done, Failed failed)
    : QUndoCommand(text), m_db(db), m_kind(kind), m_origins(std::move(origins)), m_target(target),
      m_done(std::move(done)), m_failed(std::move(failed))
{
}

void MoveCommand::redo()
{
    store::MessageStore messages(m_db);
    const QList<qint64> ids = m_origins.keys();
    const Status status = m_kind == Kind::Trash ? messages.moveToTrash(ids)
                                                : messages.move(ids, m_target);
    if (!status) {
        m_failed(status.error());
    }
    m_done();
}

Status MoveCommand::moveBack()
{
    store::MessageStore messages(m_db);
    if (m_kind == Kind::Trash) {
        return messages.restore(m_origins.keys());
    }
    QHash<qint64, QList<qint64>> byFolder;
    for (auto it = m_origins.cbegin(); it != m_origins.cend(); ++it) {
        byFolder[it.value()].append(it.key());
    }
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        if (const Status s = messages.move(it.value(), it.key()); !s) {
            return s;
        }
    }
    return Ok{};
}

void MoveCommand::undo()
{
    if (const Status s = moveBack(); !s) {
        m_failed(s.error());
    }
    m_done();
}

} // namespace postbag::ui
