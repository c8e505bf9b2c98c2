// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MoveCommand.h"

#include "core/localedit/LocalWriter.h"

namespace postbag::ui {

MoveCommand::MoveCommand(localedit::LocalWriter& writer, Kind kind, QHash<qint64, qint64> origins,
                         qint64 target, const QString& text, Done done, Failed failed)
    : QUndoCommand(text), m_writer(writer), m_kind(kind), m_origins(std::move(origins)),
      m_target(target), m_done(std::move(done)), m_failed(std::move(failed))
{
}

std::function<void(const Status&)> MoveCommand::reporter() const
{
    return [done = m_done, failed = m_failed](const Status& status) {
        if (!status) {
            failed(status.error());
        }
        done();
    };
}

void MoveCommand::redo()
{
    const auto report = reporter();
    const QList<qint64> ids = m_origins.keys();
    if (m_kind == Kind::Trash) {
        m_writer.moveToTrash(ids, report);
    } else {
        m_writer.move(ids, m_target, report);
    }
}

void MoveCommand::undo()
{
    const auto report = reporter();
    if (m_kind == Kind::Trash) {
        m_writer.restore(m_origins.keys(), report);
    } else {
        m_writer.moveEach(m_origins, report);
    }
}

} // namespace postbag::ui
