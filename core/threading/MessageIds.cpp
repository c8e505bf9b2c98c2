// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/threading/MessageIds.h"

namespace postbag::threading {

namespace {

// The ASCII specials and controls that cannot stand in a dot-atom or a domain literal's text.
bool forbiddenInId(QChar c)
{
    if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
        return true;
    return QStringView(u"<>()\",;:\\").contains(c);
}

} // namespace

bool MessageIds::isValid(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxLength)
        return false;
    const qsizetype at = id.lastIndexOf(u'@');
    if (at <= 0 || at == id.size() - 1)
        return false;
    for (QChar c : id) {
        if (forbiddenInId(c))
            return false;
    }
    const QStringView left = id.first(at);
    const QStringView right = id.mid(at + 1);
    const auto bracketFree = [](QStringView s) { return !s.contains(u'[') && !s.contains(u']'); };
    if (!bracketFree(left))
        return false;
    if (right.startsWith(u'[') && right.endsWith(u']') && right.size() > 2)
        return bracketFree(right.mid(1, right.size() - 2)); // a domain literal
    return bracketFree(right);
}

} // namespace postbag::threading
