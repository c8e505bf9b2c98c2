// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/MessageRecord.h"

namespace postbag::intake {

QString displayList(const QList<mime::Address>& addresses)
{
    QStringList parts;
    parts.reserve(addresses.size());
    for (const mime::Address& a : addresses) {
        if (a.name.isEmpty())
            parts.append(a.address);
        else if (a.address.isEmpty())
            parts.append(a.name);
        else
            parts.append(a.name + QStringLiteral(" <") + a.address + u'>');
    }
    return parts.join(QStringLiteral(", "));
}

store::NewMessage toNewMessage(const mime::ParsedMessage& parsed, QByteArray raw, const Origin& origin)
{
    store::NewMessage m;
    m.accountId = origin.accountId;
    m.folderId = origin.folderId;
    m.uidl = origin.uidl;
    m.raw = std::move(raw);
    m.headersOnly = origin.headersOnly;
    m.subject = parsed.subject;
    if (!parsed.from.isEmpty()) {
        m.fromName = parsed.from.first().name;
        m.fromAddress = parsed.from.first().address;
    }
    m.toText = displayList(parsed.to);
    m.ccText = displayList(parsed.cc);
    for (const auto* list : {&parsed.to, &parsed.cc}) {
        for (const mime::Address& a : *list) {
            if (!a.address.isEmpty())
                m.recipientAddresses.append(a.address);
            if (!a.name.isEmpty())
                m.recipientAddresses.append(a.name);
        }
    }
    m.receivedAt = origin.receivedAt.isValid() ? origin.receivedAt : QDateTime::currentDateTimeUtc();
    m.date = parsed.date.isValid() ? parsed.date : m.receivedAt;
    m.messageId = parsed.messageId;
    m.inReplyTo = parsed.inReplyTo;
    m.references = parsed.references.join(u' ');
    m.listId = parsed.listId;
    m.bodyText = parsed.searchableText();
    for (const mime::Attachment& a : parsed.attachments) {
        store::AttachmentInfo info;
        info.fileName = a.fileName;
        info.mimeType = a.mimeType;
        info.size = a.size;
        info.contentId = a.contentId;
        info.partPath = QString::fromLatin1(a.partPath);
        m.attachments.append(info);
    }
    return m;
}

} // namespace postbag::intake
