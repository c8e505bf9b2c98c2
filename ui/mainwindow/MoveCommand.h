// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>
#include <functional>

namespace postbag::localedit {
class LocalWriter;
}

namespace postbag::ui {

// One undoable filing of messages: to Trash (delete), to Archive or to a folder. Why: deleting
// or moving the wrong message must be one Ctrl+Z away. Guarantees: redo and undo are queued to
// the LocalWriter (off the GUI thread) in the order they are triggered, so an undo right after a
// delete lands after it; undo puts every message back in the folder it was in before (Trash is
// left through MessageStore::restore, so the store's Trash bookkeeping stays right); each step is
// one transaction, and a failure reaches `failed` before `done`.
class MoveCommand : public QUndoCommand
{
public:
    enum class Kind
    {
        Trash,
        Move
    };
    using Failed = std::function<void(const Error&)>;
    using Done = std::function<void()>;

    // `origins`: message id -> folder it is in now.
    MoveCommand(localedit::LocalWriter& writer, Kind kind, QHash<qint64, qint64> origins,
                qint64 target, const QString& text, Done done, Failed failed);

    void redo() override;
    void undo() override;

private:
    // Reports a step's result; copies the callbacks because the undo stack may drop this
    // command before the write completes.
    [[nodiscard]] std::function<void(const Status&)> reporter() const;

    localedit::LocalWriter& m_writer;
    Kind m_kind;
    QHash<qint64, qint64> m_origins;
    qint64 m_target;
    Done m_done;
    Failed m_failed;
};

} // namespace postbag::ui
