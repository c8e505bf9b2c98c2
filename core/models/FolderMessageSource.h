// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/MessageSource.h"

namespace postbag::store {
class Database;
}

namespace postbag::models {

// The messages of one folder, in the store's own page order (MessageStore::page). Guarantees:
// each fetch is one indexed SQL page; total() is the folder's counter, not a COUNT(*).
class FolderMessageSource final : public MessageSource
{
public:
    FolderMessageSource(store::Database& db, qint64 folderId) : m_db(db), m_folderId(folderId) {}

    [[nodiscard]] Result<QList<MessageRow>> fetch(int offset, int limit) override;
    [[nodiscard]] Result<std::optional<qint64>> total() override;
    [[nodiscard]] bool spansAccounts() const override { return false; }

private:
    store::Database& m_db;
    qint64 m_folderId;
};

} // namespace postbag::models
