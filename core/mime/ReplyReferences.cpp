// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/ReplyReferences.h"

#include <QSet>

namespace postbag::mime {

namespace {

// The ASCII specials and controls that cannot stand in a dot-atom or a domain literal's text.
bool forbiddenInId(QChar c)
{
    if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
        return true;
    return QStringView(u"<>()\",;:\\").contains(c);
}

} // namespace

ReplyReferences::Parent ReplyReferences::Parent::of(const MessageSummary& parent)
{
    Parent p{parent.messageId, parent.references, {}};
    if (!parent.inReplyTo.isEmpty())
        p.inReplyTo.append(parent.inReplyTo);
    return p;
}

bool ReplyReferences::isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
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
