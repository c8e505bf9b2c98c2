// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/text/ErrorText.h"

namespace postbag::store {
class Database;
}

namespace postbag::ui {

// The account's name, server and port for ErrorText, read from the store (GUI connection, a
// read). Why: a sync error must say which server and port failed, and the window only knows the
// account's id. Guarantees: an unknown or unreadable account gives its id as the name and no
// server, never an error of its own; `accountId` 0 gives an empty context.
[[nodiscard]] ErrorContext accountErrorContext(store::Database& db, qint64 accountId);

} // namespace postbag::ui
