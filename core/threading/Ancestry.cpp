// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/threading/Ancestry.h"

#include "core/threading/MessageIds.h"

#include <QSet>

namespace postbag::threading {

Ancestry Ancestry::of(const QString& messageId, const QStringList& references,
                      const QString& inReplyTo)
{
    Ancestry out;
    const QString self = messageId.trimmed();
    if (MessageIds::isValid(self)) {
        out.self = self;
    }
    QSet<QString> seen{out.self};
    const auto take = [&](const QStringList& ids) {
        for (const QString& raw : ids) {
            QString id = raw.trimmed();
            if (MessageIds::isValid(id) && !seen.contains(id)) {
                seen.insert(id);
                out.chain.append(std::move(id));
            }
        }
    };
    take(references);
    if (out.chain.isEmpty()) {
        take({inReplyTo});
    }
    if (out.chain.size() > MaxChain) { // keep the root and the nearest ancestors
        out.chain.remove(1, out.chain.size() - MaxChain);
    }
    return out;
}

} // namespace postbag::threading
