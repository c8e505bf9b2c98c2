// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace postbag::ui {

// The question before something cannot be undone (delete for good, empty Trash, delete a
// folder). Guarantees: No is the default, so Enter or Escape never destroys anything.
[[nodiscard]] bool confirmDestructive(QWidget* parent, const QString& question);

} // namespace postbag::ui
