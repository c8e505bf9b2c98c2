// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/FolderMessageSource.h"

#include "core/store/MessageStore.h"

namespace postbag::models {

Result<QList<MessageRow>> FolderMessageSource::fetch(int offset, int limit)
{
    auto page = store::MessageStore(m_db).page(m_folderId, m_key, m_order, offset, limit);
    if (!page) {
        return page.error();
    }
    QList<MessageRow> rows;
    rows.reserve(page->size());
    for (store::MessageSummary& s : page.value()) {
        rows.append(MessageRow{std::move(s), {}});
    }
    return rows;
}

Result<std::optional<qint64>> FolderMessageSource::total()
{
    auto counts = store::MessageStore(m_db).counts(m_folderId);
    if (!counts) {
        return counts.error();
    }
    return std::optional<qint64>(counts->total);
}

} // namespace postbag::models
