// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/ReplyReferences.h"

#include "core/threading/MessageIds.h"

#include <QSet>

namespace postbag::mime {

ReplyReferences::Parent ReplyReferences::Parent::of(const MessageSummary& parent)
{
    Parent p{parent.messageId, parent.references, {}};
    if (!parent.inReplyTo.isEmpty())
        p.inReplyTo.append(parent.inReplyTo);
    return p;
}

bool ReplyReferences::isValidId(QStringView id)
{
    return threading::MessageIds::isValid(id);
}

ReplyReferences ReplyReferences::of(const Parent& parent)
{
    ReplyReferences out;
    const QString parentId = parent.messageId.trimmed();
    const bool hasParentId = isValidId(parentId);
    if (hasParentId)
        out.inReplyTo = parentId;

    QStringList chain;
    if (!parent.references.isEmpty())
        chain = parent.references;
    else if (parent.inReplyTo.size() == 1)
        chain = parent.inReplyTo; // §3.6.4: only when it names a single message
    QStringList ids;
    QSet<QString> seen{parentId};
    for (const QString& raw : std::as_const(chain)) {
        QString id = raw.trimmed();
        if (isValidId(id) && !seen.contains(id)) {
            seen.insert(id);
            ids.append(std::move(id));
        }
    }
    if (hasParentId)
        ids.append(parentId);
    if (ids.size() > MaxReferences) // keep the thread's root and the newest
        ids.remove(1, ids.size() - MaxReferences);
    out.references = ids;
    return out;
}

} // namespace postbag::mime
