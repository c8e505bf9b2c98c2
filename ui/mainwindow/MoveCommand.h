// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>
#include <functional>

namespace postbag::store {
class Database;
}

namespace postbag::ui {

// One undoable filing of messages: to Trash (delete), to Archive or to a folder. Why: deleting
// or moving the wrong message must be one Ctrl+Z away. Guarantees: undo puts every message back
// in the folder it was in before (Trash is left through MessageStore::restore, so the store's
// Trash bookkeeping stays right); a failure is reported through `failed` and leaves the store
// as the failing call left it (each store call is one transaction).
class MoveCommand : public QUndoCommand
{
public:
    enum class Kind { Trash, Move };
    using Failed = std::function<void(const Error&)>;
    using Done = std::function<void()>;

    // `origins`: message id -> folder it is in now.
    MoveCommand(store::Database& db, Kind kind, QHash<qint64, qint64> origins, qint64 target,
                const QString& text, Done done, Failed failed);

    void redo() override;
    void undo() override;

private:
    [[nodiscard]] Status moveBack();

    store::Database& m_db;
    Kind m_kind;
    QHash<qint64, qint64> m_origins;
    qint64 m_target;
    Done m_done;
    Failed m_failed;
};

} // namespace postbag::ui
