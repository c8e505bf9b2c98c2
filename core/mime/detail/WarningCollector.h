// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mime/ParsedMessage.h"

#include <QList>
#include <QString>

namespace postbag::mime::detail {

// Collects the warnings of one parse. Guarantees a bounded, duplicate-free list even when hostile
// input triggers the same problem a hundred thousand times (each code+detail is kept once, and at
// most MaxWarnings are kept; details are cut to MaxDetailChars).
class WarningCollector
{
public:
    static constexpr int MaxWarnings = 64;
    static constexpr qsizetype MaxDetailChars = 160;

    void add(Warning code, QString detail = {})
    {
        if (detail.size() > MaxDetailChars) {
            detail.truncate(MaxDetailChars);
            detail.append(u'\x2026');
        }
        ParseWarning w{code, std::move(detail)};
        if (m_list.size() >= MaxWarnings || m_list.contains(w))
            return;
        m_list.append(std::move(w));
    }
    [[nodiscard]] QList<ParseWarning> take() { return std::exchange(m_list, {}); }

private:
    QList<ParseWarning> m_list;
};

} // namespace postbag::mime::detail
